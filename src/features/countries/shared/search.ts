/**
 * The map's search: finds places by name, older name or alias, ignoring case,
 * accents and punctuation ("cote" finds Côte d’Ivoire, "Myanmar" finds Burma), by
 * region ("Caribbean" finds the Caribbean countries), and, when nothing matches as
 * typed, by a name a letter or two away ("Colmbia" finds Colombia). It also decides
 * what Show opens: the place named exactly, else the only match, else nothing, so a
 * reader who typed "Sudan" gets Sudan and one who typed "Gu" chooses from the list.
 * Pure, so the unit tests reach it without a browser.
 */
import { editDistance } from '../../../lib/edit-distance';
import { fold } from '../../../lib/fold';
import type { Place } from './map-data';
import { byName } from './sort-name';

// Shared with the site search's "Did you mean"; exported here too, where the map's tests find it.
export { editDistance };

/** Lower case, no accents or punctuation: "Côte d’Ivoire" becomes "cote d ivoire". */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A place found, and the other name it was found by (undefined when found by its own name). */
export interface SearchHit {
  place: Place;
  via: string | undefined;
}

/** What a search found, and what Show opens. */
export interface SearchResult {
  /** Every match: the exact one first, then names before regions, each in name order. */
  hits: SearchHit[];
  /**
   * The place Show opens: the one whose name or other name is exactly what was typed,
   * else the only match; undefined when several match and the reader must choose.
   */
  chosen: Place | undefined;
  /** True when nothing matched as typed and the hits are near misses (a name within an edit or two). */
  near: boolean;
}

/**
 * A name: the place's own, another name, or an academy's city (typed whole, each picks
 * out one place). A region: a sub-region or bureau, which picks out a group and is
 * never an exact match.
 */
type TermKind = 'name' | 'region';

interface Term {
  term: string;
  key: string;
  kind: TermKind;
}

export interface SearchIndex {
  entries: { place: Place; terms: Term[] }[];
}

/** How well a place matched, best first: the ranks order the hits. */
const EXACT = 0;
const NAME = 1;
const REGION = 2;

/**
 * A region matches from this many letters typed: one or two letters would list most
 * countries ("a" begins a word of Northern Africa, Eastern Asia…) while a name is typed.
 */
const REGION_MIN_LETTERS = 4;

/**
 * The names a place is found by (a country's names and aliases; an academy's name,
 * "ILEA <city>", its city and its aliases), and the regions it belongs to (a country's
 * M49 sub-region and State Department bureau).
 */
function termsOf(place: Place): { term: string; kind: TermKind }[] {
  const names =
    place.kind === 'country'
      ? [place.name, place.brochureName, ...place.aliases]
      : [place.name, `ILEA ${place.city}`, place.city, ...place.aliases];
  const regions = place.kind === 'country' ? [place.subRegion, place.region] : [];
  return [
    ...[...new Set(names)].map((term) => ({ term, kind: 'name' as const })),
    ...regions.flatMap((term) => (term ? [{ term, kind: 'region' as const }] : [])),
  ];
}

/** Builds the index once; results come in name order. */
export function buildSearchIndex(places: readonly Place[]): SearchIndex {
  return {
    entries: [...places].sort(byName).map((place) => ({
      place,
      terms: termsOf(place).map(({ term, kind }) => ({ term, kind, key: normalize(term) })),
    })),
  };
}

/** The start of the key, or of any word in it, is the query. */
function startsWord(key: string, q: string): boolean {
  return key.startsWith(q) || key.includes(` ${q}`);
}

/** How a term matches the query as typed: a rank, or undefined. */
function rankOf({ key, kind }: Term, q: string): number | undefined {
  if (kind === 'name') {
    if (key === q) return EXACT;
    return startsWord(key, q) ? NAME : undefined;
  }
  return q.length >= REGION_MIN_LETTERS && startsWord(key, q) ? REGION : undefined;
}

/** The best match among a place's terms: its rank and the term (first in term order among equals). */
function bestMatch(terms: readonly Term[], q: string): { rank: number; term: Term } | undefined {
  let best: { rank: number; term: Term } | undefined;
  for (const term of terms) {
    const rank = rankOf(term, q);
    if (rank !== undefined && (!best || rank < best.rank)) best = { rank, term };
  }
  return best;
}

const hitOf = (place: Place, term: Term): SearchHit => ({
  place,
  via: term.term === place.name ? undefined : term.term,
});

/**
 * The hit for a place's best match. When its own name matches too, no other name is
 * shown: "Macedonia" lists North Macedonia, not "North Macedonia (Macedonia)".
 */
function rankedHit(place: Place, terms: readonly Term[], q: string): { rank: number; hit: SearchHit } | undefined {
  const best = bestMatch(terms, q);
  if (!best) return undefined;
  const own = terms.find(({ term }) => term === place.name);
  const byOwnName = own !== undefined && rankOf(own, q) !== undefined;
  return { rank: best.rank, hit: hitOf(place, byOwnName ? own : best.term) };
}

/** Places whose name, other name or region matches what was typed, or failing that, near misses. */
export function search(index: SearchIndex, query: string): SearchResult {
  const q = normalize(query);
  if (!q) return { hits: [], chosen: undefined, near: false };
  const ranked: { rank: number; hit: SearchHit }[] = [];
  for (const { place, terms } of index.entries) {
    const found = rankedHit(place, terms, q);
    if (found) ranked.push(found);
  }
  if (ranked.length === 0) {
    const hits = nearMisses(index, q);
    return { hits, chosen: hits.length === 1 ? hits[0]?.place : undefined, near: hits.length > 0 };
  }
  // A stable sort: within a rank, the index's name order holds.
  ranked.sort((a, b) => a.rank - b.rank);
  const hits = ranked.map(({ hit }) => hit);
  const exact = ranked.filter(({ rank }) => rank === EXACT);
  // Two places with the same exact name would be a guess: the reader chooses then.
  const chosen = exact.length === 1 ? exact[0]?.hit.place : hits.length === 1 ? hits[0]?.place : undefined;
  return { hits, chosen, near: false };
}

/**
 * Edits a near miss may be from a name, by the length of what was typed: none under
 * five letters (too many short names lie one edit apart), one up to eight ("Colmbia"),
 * two from nine ("Carribean").
 */
export function editsAllowed(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/**
 * The places with a name (or a word of it) or region closest to the query, within
 * `editsAllowed`: only the closest count, so "Colmbia" finds Colombia alone.
 */
function nearMisses(index: SearchIndex, q: string): SearchHit[] {
  let best = editsAllowed(q.length);
  if (best === 0) return [];
  let hits: SearchHit[] = [];
  for (const { place, terms } of index.entries) {
    // Closer than the best so far, or as close: one edit more is the limit.
    let placeBest = best + 1;
    let found: Term | undefined;
    for (const term of terms) {
      for (const candidate of [term.key, ...term.key.split(' ')]) {
        const d = editDistance(q, candidate, placeBest);
        if (d < placeBest) {
          placeBest = d;
          found = term;
        }
      }
    }
    if (!found) continue;
    if (placeBest < best) hits = [];
    best = placeBest;
    hits.push(hitOf(place, found));
  }
  return hits;
}
