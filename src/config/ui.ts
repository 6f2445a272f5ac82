/**
 * Interface words of the content pages: labels, buttons, messages. Program facts
 * and page prose live in content/; the page shell's words in ./site.ts.
 */
export const ui = {
  inquiry: {
    heading: 'Interested in partnering with INL?',
    intro: 'Partnership inquiries go to INL/CAP. Send one through the inquiry form, or email INL/CAP directly.',
    button: 'Send an inquiry',
  },
  home: {
    figuresHeading: 'The program in numbers',
    onThisPage: 'On this page',
    partnersLink: 'Partner types and their work',
    faqLink: 'Questions agencies ask',
  },
  partners: {
    typesHeading: 'Who INL’s police partners are',
    activitiesHeading: 'What partners do',
    providedByInl: 'Given by INL/CAP to partners',
    examplesHeading: 'For example',
  },
  faq: {
    filterLabel: 'Filter questions',
    filterHint: 'Type a word; only the questions whose question or answer contains it stay listed.',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    topics: 'More on the partners page:',
    /** Announced as the filter narrows the list. */
    showing: (shown: number, total: number) =>
      shown === total ? `Showing all ${total} questions.` : `Showing ${shown} of ${total} questions.`,
    noMatch: (query: string) => `No question matches “${query}”.`,
  },
  search: {
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
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not on this site. Search, or choose from every page of the site.',
    lead: 'We could not find that page. It may have moved, or the address may be mistyped.',
    searchLabel: 'Search this site',
    allPages: 'Every page of this site',
  },
  lastReviewed: 'Last reviewed',
} as const;
