/**
 * Interface words of /search/ and its results (src/features/search/components/SearchResults.astro).
 * In a file of their own because the results' script imports them (see ../../faq/shared/words.ts).
 */
export const searchUi = {
  title: 'Search',
  description: 'Search every page of the INL Police Partnerships website.',
  label: 'Search this site',
  button: 'Search',
  needsJs: 'Searching needs JavaScript, which is off or did not load. Every page of the site is listed below.',
  allPages: 'All pages',
  resultsHeading: 'Results',
  searching: 'Searching…',
  results: (count: number, query: string) =>
    count === 1 ? `1 result for “${query}”.` : `${count} results for “${query}”.`,
  noResults: (query: string) => `No results for “${query}”. Try another word, or choose from all pages below.`,
  failed: 'Search could not load. Choose from all pages below.',
  /** After the status when a word looks misspelt: "Did you mean <a>sheriff</a>?". */
  didYouMean: { before: 'Did you mean ', after: '?' },
};
