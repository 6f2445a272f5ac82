// The site search's reading of a question (src/features/search/shared/query.ts): the words it
// searches with, the order of the results, and "Did you mean". The Pagefind figures
// below (scores, word weights) are those Pagefind 1.6 gave for this site's pages.
import { describe, expect, it } from 'vitest';
import synonymsJson from '../../content/search-synonyms.json' with { type: 'json' };
import {
  foundPage,
  planSearch,
  rankResults,
  suggest,
  suggestionEdits,
  vocabularyOf,
  wordsOf,
  type FoundPage,
  type PlannedSearch,
  type Synonym,
} from '../../src/features/search/shared/query';
import { SearchSynonymListSchema, SearchSynonymSchema } from '../../src/schemas/search-synonym';

const synonyms: Synonym[] = synonymsJson.map((entry) => SearchSynonymSchema.parse(entry));

/** A page as Pagefind found it: its score, and its parts with the weights of their matched words. */
function page(url: string, score: number, parts: [anchor: string, weights: number[], at: number][]): FoundPage {
  return foundPage(
    {
      url,
      excerpt: `excerpt of ${url}`,
      meta: { title: url },
      sub_results: parts.map(([anchor, weights, at]) => ({
        title: anchor,
        url: `${url}#${anchor}`,
        excerpt: `excerpt of ${anchor}`,
        anchor: { element: 'h2', id: anchor },
        weighted_locations: weights.map((weight, i) => ({ weight, location: at + i })),
        locations: weights.map((_, i) => at + i),
      })),
    },
    score,
  );
}

describe('the words a question is searched with', () => {
  it('splits text as the index does: lower case, no accents, no possessive “’s”', () => {
    expect(wordsOf('Sheriff’s Department, Côte d’Ivoire')).toEqual(['sheriff', 'department', 'cote', 'd', 'ivoire']);
    expect(wordsOf("county sheriffs' offices")).toEqual(['county', 'sheriffs', 'offices']);
  });

  it('drops common words and the “long” of “how long”, so they pick no page', () => {
    const plan = planSearch('how long is a deployment', []);
    expect(plan.terms).toEqual(['deployment']);
    expect(plan.searches).toEqual([{ query: 'deployment' }]);
    // "long" elsewhere is a word like any other.
    expect(planSearch('long-term partners', []).terms).toEqual(['long', 'term', 'partners']);
  });

  it('searches a question of common words only as typed rather than not at all', () => {
    expect(planSearch('who are you', []).terms).toEqual(['who', 'are', 'you']);
    expect(planSearch('  ', []).searches).toEqual([]);
  });

  it('adds the content’s synonyms: deployment, assignment and time away lead to commitment', () => {
    for (const question of ['how long is a deployment', 'Assignments', 'time away from the department']) {
      const targets = planSearch(question, synonyms).searches.flatMap(({ synonym, query }) => (synonym ? [query] : []));
      expect(targets, question).toEqual(['commitment']);
    }
    // A phrase matches only whole and in order: "away" alone is not "time away".
    expect(planSearch('away from home', synonyms).searches).toEqual([{ query: 'away home' }]);
  });

  it('leads “Caribbean” to the Western Hemisphere and “sheriff’s department” to the county sheriffs', () => {
    expect(planSearch('Caribbean', synonyms).searches.map(({ query }) => query)).toEqual([
      'caribbean',
      'Western Hemisphere',
    ]);
    for (const question of ['sheriff’s department', "sheriff's department", 'sheriffs department']) {
      expect(planSearch(question, synonyms).searches.map(({ query }) => query)).toEqual([
        wordsOf(question).join(' '),
        'county sheriffs',
      ]);
    }
  });
});

describe('the order of the results', () => {
  const commitment = synonyms.find(({ searchFor }) => searchFor === 'commitment');
  const own: PlannedSearch = { query: 'deployment' };
  const viaSynonym: PlannedSearch = { query: 'commitment', synonym: commitment };
  // "deployment": the partners page's activities and the FAQ's preparation answer
  // ("pre-deployment"). "commitment": the accessibility statement's commitment, and the FAQ's.
  const deploymentRun = {
    search: own,
    found: [
      page('/partners/', 3.24, [['activities', [2.5, 0.5], 321]]),
      page('/faq/', 2.02, [['preparation-question', [0.5, 0.5], 304]]),
    ],
  };
  const commitmentRun = (search: PlannedSearch) => ({
    search,
    found: [
      page('/accessibility/', 4.79, [['our-commitment', [6, 1], 3]]),
      page('/faq/', 4.54, [['commitment-question', [6, 1, 1], 26]]),
    ],
  });

  it('puts the FAQ answer on commitment first for “how long is a deployment”', () => {
    const ranked = rankResults([deploymentRun, commitmentRun(viaSynonym)]);
    expect(ranked.map(({ url }) => url)).toEqual(['/faq/', '/partners/']);
    expect(ranked[0]?.parts.map(({ url }) => url)).toEqual(['/faq/#commitment-question', '/faq/#preparation-question']);
    // Each part keeps the excerpt of the search that found it, so it marks that search's words.
    expect(ranked[0]?.parts[0]?.excerpt).toBe('excerpt of commitment-question');
  });

  it('sums a page’s scores: a page that answers the words and their synonym beats one that answers either', () => {
    const ranked = rankResults([
      deploymentRun,
      commitmentRun({ query: 'commitment', synonym: { words: [], searchFor: 'commitment' } }),
    ]);
    // FAQ 2.02 + 4.54, then the accessibility statement 4.79, then partners 3.24.
    expect(ranked.map(({ url }) => url)).toEqual(['/faq/', '/accessibility/', '/partners/']);
    expect(ranked[0]?.score).toBeCloseTo(6.56);
  });

  it('keeps a synonym to the pages it names: “commitment” on the accessibility statement is another sense', () => {
    expect(rankResults([commitmentRun(viaSynonym)]).map(({ url }) => url)).toEqual(['/faq/']);
  });

  it('keeps Pagefind’s order for a single search, and page order among parts that weigh the same', () => {
    const ranked = rankResults([
      {
        search: own,
        found: [
          page('/a/', 2, [
            ['second', [1], 20],
            ['first', [1], 10],
          ]),
          page('/b/', 2, []),
        ],
      },
    ]);
    expect(ranked.map(({ url }) => url)).toEqual(['/a/', '/b/']);
    expect(ranked[0]?.parts.map(({ title }) => title)).toEqual(['first', 'second']);
  });

  it('links only to parts that start at a heading with an id', () => {
    const found = foundPage(
      {
        url: '/faq/',
        excerpt: '',
        meta: {},
        sub_results: [
          { title: 'Frequently asked questions', url: '/faq/', excerpt: '' },
          { title: 'Q?', url: '/faq/#q', excerpt: '', anchor: { element: 'h3', id: 'q' } },
        ],
      },
      1,
    );
    expect(found.title).toBe('/faq/');
    expect(found.parts.map(({ url }) => url)).toEqual(['/faq/#q']);
  });
});

describe('“Did you mean”', () => {
  const vocabulary = vocabularyOf([
    'County sheriffs’ offices. Municipal police departments, sheriff’s offices, state police agencies.',
    'INL/CAP administers a pre-deployment training program. Partners commit as much of their time.',
  ]);

  it('reads the index’s words, most frequent first, without common words, short words or numbers', () => {
    expect(vocabulary.slice(0, 2)).toEqual(['offices', 'police']);
    expect(vocabulary).toContain('sheriff');
    expect(vocabulary).toContain('deployment');
    expect(vocabulary).not.toContain('as');
    expect(vocabulary).not.toContain('inl');
    expect(vocabularyOf(['In 2026, 20 MOUs'])).toEqual(['mous']);
  });

  it('offers “sheriff” for “sherrif”, two edits away', () => {
    expect(suggest('sherrif', vocabulary, synonyms)).toBe('sheriff');
    expect(suggest('Sherrif department', vocabulary, synonyms)).toBe('sheriff department');
  });

  it('offers a synonym’s word, though no page has it: “Carribean”', () => {
    expect(suggest('Carribean', vocabulary, synonyms)).toBe('caribbean');
  });

  it('offers nothing for words search finds, whole or as a beginning, nor for common words', () => {
    expect(suggest('how long is a deployment', vocabulary, synonyms)).toBeUndefined();
    expect(suggest('sheriffs', vocabulary, synonyms)).toBeUndefined();
    expect(suggest('depart', vocabulary, synonyms)).toBeUndefined();
    expect(suggest('Caribbean', vocabulary, synonyms)).toBeUndefined();
  });

  it('offers nothing when no word is close enough', () => {
    expect(suggest('zzyzxq', vocabulary, synonyms)).toBeUndefined();
    // Three letters: too many words are one edit from another.
    expect(suggest('cop', vocabulary, synonyms)).toBeUndefined();
    expect([3, 4, 6, 7, 12].map(suggestionEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('the synonym list’s schema', () => {
  const messages = (result: { error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('accepts the content as it is', () => {
    expect(SearchSynonymListSchema.safeParse(synonymsJson.map((data) => ({ data }))).success).toBe(true);
  });

  it('tells an editor what is wrong', () => {
    const base = { id: 'x', words: ['deployment'], searchFor: 'commitment' };
    expect(messages(SearchSynonymSchema.safeParse({ ...base, words: ['the'] }))[0]).toMatch(
      /"the" is made only of common words, which search ignores/,
    );
    expect(messages(SearchSynonymSchema.safeParse({ ...base, words: [] }))[0]).toBe(
      'List at least one word a reader may type.',
    );
    expect(messages(SearchSynonymSchema.safeParse({ ...base, searchFor: 'Deployment' }))[0]).toMatch(
      /"searchFor" must differ/,
    );
    expect(messages(SearchSynonymSchema.safeParse({ ...base, pages: ['faq'] }))[0]).toMatch(
      /starting and ending with "\/", e.g. "\/faq\/"/,
    );
    const twice = SearchSynonymListSchema.safeParse([
      { data: base },
      { data: { id: 'y', words: ['Deployments', 'deployment'], searchFor: 'training' } },
    ]);
    expect(messages(twice)).toContain('"deployment" is listed under both "x" and "y": keep it in one entry.');
  });
});
