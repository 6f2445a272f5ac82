/**
 * The map's search: finds places by name, older name or alias, ignoring case,
 * accents and punctuation ("cote" finds Côte d’Ivoire, "Myanmar" finds Burma).
 * Pure, so the unit tests reach it without a browser.
 */
import { fold } from '../../lib/fold';
import type { Place } from './map-data';
import { byName } from './sort-name';

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

export interface SearchIndex {
  entries: { place: Place; terms: { term: string; key: string }[] }[];
}

/** The names a place is found by: a country's names and aliases; an academy's name, "ILEA <city>" and its city. */
function termsOf(place: Place): string[] {
  return place.kind === 'country'
    ? [place.name, place.brochureName, ...place.aliases]
    : [place.name, `ILEA ${place.city}`, place.city];
}

/** Builds the index once; results come in name order. */
export function buildSearchIndex(places: readonly Place[]): SearchIndex {
  return {
    entries: [...places].sort(byName).map((place) => ({
      place,
      terms: [...new Set(termsOf(place))].map((term) => ({ term, key: normalize(term) })),
    })),
  };
}

/** Places with a name, or a word of a name, that starts with the query. */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const { place, terms } of index.entries) {
    const hit = terms.find(({ key }) => key.startsWith(q) || key.includes(` ${q}`));
    if (hit) hits.push({ place, via: hit.term === place.name ? undefined : hit.term });
  }
  return hits;
}
