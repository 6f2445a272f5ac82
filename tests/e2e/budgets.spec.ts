// The byte budgets (tests/support/budgets.ts) as a visitor's browser pays them: every
// page loaded in Chromium at phone size, until it has settled (the map drawn on
// /countries/), every response summed by kind, gzip-compressed as a CDN sends it
// (tests/support/transfers.ts, the same code `npm run bench` measures with). The static
// estimate in tests/build/budgets.test.ts cannot see what a script fetches at run
// time (the map's shapes, Pagefind's index); this can. Bytes only: a byte count is the
// same on every run, a timing is not.
import { expect, test } from '@playwright/test';
import { budgetFor, KB } from '../support/budgets';
import { readerPagePaths } from '../support/site';
import { openSettled, recordTransfers } from '../support/transfers';
import { PHONE_BY_TOUCH } from '../support/viewports';

/** Longest a page may take to settle; a page that never does fails rather than hangs. */
const SETTLE_MS = 30_000;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

test.use(PHONE_BY_TOUCH);

for (const path of readerPagePaths()) {
  test(`${path} transfers no more than its budget`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const transfers = recordTransfers(page, origin);
    await openSettled(page, origin, path, SETTLE_MS);
    const weight = await transfers();
    const budget = budgetFor(path);

    const detail = weight.resources
      .toSorted((a, b) => b.bytes - a.bytes)
      .map((resource) => `${resource.url} (${resource.kind}) ${kb(resource.bytes)}`)
      .join('\n  ');
    // The page itself was measured: an empty sum would pass any budget.
    expect(weight.byKind.html, `the HTML of ${path} was measured`).toBeGreaterThan(0);
    expect(weight.foreign, 'requests to other origins').toEqual([]);
    expect(
      weight.total,
      `${path}: ${kb(weight.total)} in all, budget ${kb(budget.total)}:\n  ${detail}`,
    ).toBeLessThanOrEqual(budget.total);
    expect(
      weight.byKind.css,
      `${path}: ${kb(weight.byKind.css)} of CSS, budget ${kb(budget.css)}:\n  ${detail}`,
    ).toBeLessThanOrEqual(budget.css);
    if (budget.js !== undefined) {
      expect(
        weight.byKind.js,
        `${path}: ${kb(weight.byKind.js)} of JavaScript, budget ${kb(budget.js)}:\n  ${detail}`,
      ).toBeLessThanOrEqual(budget.js);
    }
  });
}
