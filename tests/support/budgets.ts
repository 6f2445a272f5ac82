/**
 * The weight and score budgets every page is held to (issue 5), shared by the build
 * test (tests/build/budgets.test.ts), the end-to-end test of real transfers
 * (tests/e2e/budgets.spec.ts) and `npm run bench`.
 */

/** One kibibyte: budgets are in KB of 1,024 bytes, as Lighthouse and DevTools count. */
export const KB = 1024;

/** What one page may cost a visitor, gzip-compressed. */
export interface Budget {
  /** Everything the page loads: HTML, CSS, JavaScript, fonts, images and data. */
  total: number;
  /** Its JavaScript alone, or no separate limit. */
  js?: number;
}

/** The countries page carries the map (Leaflet and the country shapes). */
const MAP_PAGES = new Set(['/countries/']);

/** The budget of the page at a URL path. */
export function budgetFor(path: string): Budget {
  return MAP_PAGES.has(path) ? { total: 200 * KB } : { total: 80 * KB, js: 10 * KB };
}

/** Lowest Lighthouse score accepted in any category (100 is the aim). */
export const MIN_LIGHTHOUSE_SCORE = 95;
