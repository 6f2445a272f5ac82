import { fold } from '../../../lib/fold';

/** Sorts "The Bahamas" under B, as readers look for it. Shared by the list (build) and the map's search (browser). */
export function sortName(name: string): string {
  return name.replace(/^The /, '');
}

/** A sort name with accents dropped and in lower case: "Côte d’Ivoire" sorts as "cote d’ivoire". */
const sortKey = (name: string) => fold(sortName(name));

/**
 * Compares two named things by their sort names, in English order. Not `localeCompare`:
 * its first call on a page loads the browser's collation rules, a long part of the map's
 * start (ADR 0019 has the profile). For the site's names the two orders agree, and
 * a unit test (tests/unit/countries.test.ts) says so for every country and academy.
 */
export function byName(a: { name: string }, b: { name: string }): number {
  const x = sortKey(a.name);
  const y = sortKey(b.name);
  return x < y ? -1 : x > y ? 1 : 0;
}
