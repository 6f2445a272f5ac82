/** Sorts "The Bahamas" under B, as readers look for it. Shared by the list (build) and the map's search (browser). */
export function sortName(name: string): string {
  return name.replace(/^The /, '');
}

/** Compares two named things by their sort names, in English order. */
export function byName(a: { name: string }, b: { name: string }): number {
  return sortName(a.name).localeCompare(sortName(b.name), 'en');
}
