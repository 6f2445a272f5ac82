/**
 * The weight and score budgets every page is held to, shared by the build
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
  /** Its CSS alone (each page links one stylesheet with only the rules it uses, ADR 0008). */
  css: number;
}

/** The countries page carries the map (Leaflet and the country shapes). */
const MAP_PAGES = new Set(['/countries/']);

/**
 * The inquiry page runs the inquiry's zod schema in the browser, the very one the
 * function checks with (one schema on both sides), so its script may be larger than other pages'.
 */
const INQUIRY_PAGE = '/inquiry/';

/**
 * The budget of the page at a URL path: 45 KB in all with 8 KB of CSS, and 130 KB for
 * the map's page, scrolled to its map (which loads only when needed, docs/adr/0002).
 * /inquiry/ has the content pages' 45 KB, with room for the form's script, which runs
 * the function's own schema. What each page weighs today is `npm run bench`'s output;
 * the figures the budgets were set from are in ADR 0019.
 */
export function budgetFor(path: string): Budget {
  if (MAP_PAGES.has(path)) return { total: 130 * KB, css: 8 * KB };
  if (path === INQUIRY_PAGE) return { total: 45 * KB, js: 14 * KB, css: 8 * KB };
  return { total: 45 * KB, js: 10 * KB, css: 8 * KB };
}

/** Longest median largest contentful paint `npm run bench` accepts on a page (Lighthouse, mobile). */
export const MAX_LCP_MS = 1200;

/** Lowest Lighthouse score accepted in any category (100 is the aim). */
export const MIN_LIGHTHOUSE_SCORE = 95;
