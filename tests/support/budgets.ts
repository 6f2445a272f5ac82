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

/**
 * The inquiry page runs the inquiry's zod schema in the browser, the very one the
 * function checks with (issue 9), so its script may be larger than other pages'.
 */
const INQUIRY_PAGE = '/inquiry/';

/** The budget of the page at a URL path. */
export function budgetFor(path: string): Budget {
  if (MAP_PAGES.has(path)) return { total: 200 * KB };
  return { total: 80 * KB, js: (path === INQUIRY_PAGE ? 14 : 10) * KB };
}

/** Lowest Lighthouse score accepted in any category (100 is the aim). */
export const MIN_LIGHTHOUSE_SCORE = 95;
