/**
 * What the site search makes of a reader's question, apart from Pagefind: which words to
 * search with (common words dropped, the content's synonyms added), how the results of
 * those searches are put in one order, and which word to offer for a misspelling
 * ("Did you mean sheriff?"). Pure, so unit tests reach it without a browser; the search
 * page's script (src/features/search/components/SearchResults.astro) runs it around Pagefind's API, and
 * the build's vocabulary step (scripts/search-words.mjs) reads words with `wordsOf`, so
 * the page and the index file split text the same way.
 *
 * Imports carry their `.ts` extension: the build runs this file in Node as is.
 */
import { editDistance } from '../../../lib/edit-distance.ts';
import { fold } from '../../../lib/fold.ts';

/** A synonym as the search page receives it (content/search-synonyms.json, SearchSynonymSchema). */
export interface Synonym {
  /** Words or phrases a reader may type. */
  words: readonly string[];
  /** What the site's own text says instead. */
  searchFor: string;
  /** When given, only these pages are found through the synonym. */
  pages?: readonly string[] | undefined;
}

/**
 * Words too common to pick out a page. Pagefind matches each word of a query, and as a
 * prefix, so "a" in "how long is a deployment" found every "a", "an", "and" and "as" on
 * the site and highlighted them. English function words, and the question words a reader
 * starts with.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be been before being but by can could did do does doing ' +
    'for from had has have having he her here hers him his how i if in into is it its just me more most my ' +
    'no nor not of off on once only or other our ours out over own same she should so some such than that the ' +
    'their theirs them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours'
  ).split(' '),
);

/**
 * Words that, after "how", make a question rather than name a subject: "how long",
 * "how much", "how many", "how often". The site has no page on length, so "long" would
 * only find "along" or nothing.
 */
const QUESTION_AFTER_HOW: ReadonlySet<string> = new Set(['long', 'much', 'many', 'often', 'soon']);

/**
 * The words of a text as search compares them: lower case, without accents, split at
 * anything but a letter or digit; a possessive "’s" goes ("sheriff’s" is "sheriff").
 */
export function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/['’‘]s(?![\p{L}\p{N}])/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A reader's word is a synonym's word, or its plural ("assignments", "deployments"). */
const sameWord = (typed: string, listed: string) => typed === listed || typed === `${listed}s`;

/** Where a phrase's words stand, one after another, among the query's words. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, i) => sameWord(words[start + i] ?? '', word))) return true;
  }
  return false;
}

/** One search to run with Pagefind. */
export interface PlannedSearch {
  /** The words sent to Pagefind. */
  query: string;
  /** The synonym it comes from, or undefined for the reader's own words. */
  synonym?: Synonym | undefined;
}

/** What a reader's question becomes. */
export interface SearchPlan {
  /** The reader's words that carry meaning; all the words when every one is common. */
  terms: string[];
  /** The reader's own words first, then one search for each synonym the question names. */
  searches: PlannedSearch[];
}

/** The reader's words without the common ones (all of them when nothing else is left). */
export function meaningfulWords(words: readonly string[]): string[] {
  const kept = words.filter(
    (word, i) => !STOP_WORDS.has(word) && !(words[i - 1] === 'how' && QUESTION_AFTER_HOW.has(word)),
  );
  // A question of common words only ("who", "where") is searched as typed rather than not at all.
  return kept.length > 0 ? kept : [...words];
}

/** The searches that answer a question: "how long is a deployment" → "deployment", then "commitment". */
export function planSearch(query: string, synonyms: readonly Synonym[]): SearchPlan {
  const words = wordsOf(query);
  const terms = meaningfulWords(words);
  const searches: PlannedSearch[] = terms.length > 0 ? [{ query: terms.join(' ') }] : [];
  for (const synonym of synonyms) {
    if (synonym.words.some((phrase) => containsPhrase(words, wordsOf(phrase)))) {
      searches.push({ query: synonym.searchFor, synonym });
    }
  }
  return { terms, searches };
}

/** What this page uses of Pagefind's result data (pagefind.js, `result.data()`). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the part starts at; absent for the text before a page's first heading with an id. */
  anchor?: { element: string; id: string } | undefined;
  /** Each matched word: how much its place counts (a heading more than a paragraph), and where it is. */
  weighted_locations?: { weight: number; location: number }[] | undefined;
  locations?: number[] | undefined;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string | undefined };
  /** The page's parts, one per heading with an id (an FAQ question, a section). */
  sub_results?: PagefindSubResult[] | undefined;
}

/** A part of a page (a heading with an id and the text under it) that a search matched. */
export interface FoundPart {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
  /** The sum of its matched words' weights: a word in its heading counts more. */
  weight: number;
  /** Where it starts on its page, to keep page order among parts that weigh the same. */
  position: number;
}

/** A page a search found. */
export interface FoundPage {
  url: string;
  title: string;
  excerpt: string;
  /** Pagefind's score for the page in this search. */
  score: number;
  /** Its parts that have a heading to link to, in page order. */
  parts: FoundPart[];
}

/** One search's results, as Pagefind ranked them. */
export interface SearchRun {
  search: PlannedSearch;
  found: FoundPage[];
}

/** A page found by Pagefind, in the shape the ranking reads. */
export function foundPage(data: PagefindResultData, score: number): FoundPage {
  const parts = (data.sub_results ?? [])
    .filter((part) => part.anchor)
    .map((part) => ({
      url: part.url,
      title: part.title,
      excerpt: part.excerpt,
      weight: (part.weighted_locations ?? []).reduce((sum, { weight }) => sum + weight, 0),
      position: Math.min(...(part.locations ?? []), Number.MAX_SAFE_INTEGER),
    }));
  return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, score, parts };
}

/** A page is one a synonym may lead to: any page, or one of those it names. */
const allowedBy = (search: PlannedSearch, url: string) =>
  !search.synonym?.pages || search.synonym.pages.some((page) => new URL(url, 'https://site.invalid').pathname === page);

/**
 * The results of every search of a plan as one list. A page's score is the sum of its
 * scores in each search, so a page that answers both the reader's words and a synonym of
 * them ("deployment": the FAQ has "pre-deployment" and the answer on commitment) comes
 * before a page that has only one. Its parts are merged the same way, heaviest first:
 * the part whose heading has the word leads. Each page and part keeps the excerpt of the
 * search in which it scored most, so highlights mark only the words searched for.
 */
export function rankResults(runs: readonly SearchRun[]): FoundPage[] {
  const pages = new Map<string, { page: FoundPage; best: number; order: number }>();
  const parts = new Map<string, Map<string, { part: FoundPart; best: number }>>();
  let order = 0;
  for (const { search, found } of runs) {
    for (const page of found) {
      if (!allowedBy(search, page.url)) continue;
      const seen = pages.get(page.url);
      if (!seen) {
        pages.set(page.url, { page: { ...page, parts: [] }, best: page.score, order: order++ });
      } else {
        seen.page.score += page.score;
        if (page.score > seen.best) {
          seen.best = page.score;
          seen.page.excerpt = page.excerpt;
        }
      }
      const pageParts = parts.get(page.url) ?? new Map<string, { part: FoundPart; best: number }>();
      parts.set(page.url, pageParts);
      for (const part of page.parts) {
        const known = pageParts.get(part.url);
        if (!known) {
          pageParts.set(part.url, { part: { ...part }, best: part.weight });
        } else {
          known.part.weight += part.weight;
          known.part.position = Math.min(known.part.position, part.position);
          if (part.weight > known.best) {
            known.best = part.weight;
            known.part.excerpt = part.excerpt;
          }
        }
      }
    }
  }
  return [...pages.values()]
    .sort((a, b) => b.page.score - a.page.score || a.order - b.order)
    .map(({ page }) => ({
      ...page,
      parts: [...(parts.get(page.url)?.values() ?? [])]
        .map(({ part }) => part)
        .sort((a, b) => b.weight - a.weight || a.position - b.position),
    }));
}

/**
 * Edits a misspelling may be from a word of the index, by its length: none under four
 * letters (most short words are a letter from another), one up to six, two from seven
 * ("sherrif" is two from "sheriff"). More generous than the map's finder
 * (`editsAllowed` there): the index holds a few hundred words of prose, not a hundred
 * place names a letter apart.
 */
export function suggestionEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * "Did you mean": the query with each word that is on no page, nor a synonym's word,
 * replaced by the closest word that is, within `suggestionEdits`; undefined when no word
 * needs it or none is close. `vocabulary` is the index's words, most frequent first, so
 * among words as close the commoner wins.
 */
export function suggest(
  query: string,
  vocabulary: readonly string[],
  synonyms: readonly Synonym[],
): string | undefined {
  const known = [...vocabulary, ...synonyms.flatMap((synonym) => synonym.words.flatMap(wordsOf))];
  const knownSet = new Set(known);
  const words = wordsOf(query);
  const corrected = words.map((word) => {
    const limit = suggestionEdits(word.length);
    // A word Pagefind finds as typed, or as the start of a longer one, needs no help.
    if (limit === 0 || STOP_WORDS.has(word) || knownSet.has(word) || known.some((k) => k.startsWith(word))) {
      return word;
    }
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of known) {
      const distance = editDistance(word, candidate, bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best ?? word;
  });
  return corrected.some((word, i) => word !== words[i]) ? corrected.join(' ') : undefined;
}

/**
 * The words of the index, for "Did you mean": every word of four letters or more that is
 * not a common word or a number, most frequent first (then alphabetical, so the file is
 * the same for the same pages).
 */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length < 4 || STOP_WORDS.has(word) || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
