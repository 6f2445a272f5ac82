// Every page looks as it did: a full-page screenshot at phone and laptop width, compared
// with the baseline committed beside this file. The build removes unused CSS (ADR 0008),
// and this is what catches a rule it should have kept. The baselines are made by the
// pinned Chromium only; to update them on purpose, see CONTRIBUTING ("Screenshot baselines").
import { expect, test } from '@playwright/test';
import { readerPagePaths } from '../support/site';
import { openSettled } from '../support/transfers';
import { READER_VIEWPORTS } from '../support/viewports';

/** A file name for a URL path: `/` is home, `/inquiry/thanks/` is inquiry-thanks. */
const nameFor = (path: string) => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';

for (const viewport of READER_VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const path of readerPagePaths()) {
      test(`${path} looks as its baseline`, async ({ page }) => {
        // Settled: network idle, and the map drawn on /countries/, as the budgets measure it.
        await openSettled(page, '', path, 30_000);
        await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
        await expect(page).toHaveScreenshot(`${nameFor(path)}-${viewport.width}.png`, {
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
      });
    }
  });
}

// The inquiry form's errors are a state no built page shows until someone sends: drawn by
// the form's script, and without JavaScript by the function. The purge keeps their rules
// through a safelist (src/integrations/purge-css.ts); these screenshots are what would
// catch it dropping one.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`the inquiry form’s errors, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const viewport of READER_VIEWPORTS) {
      test(`at ${viewport.width} px, after a send with nothing filled in`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto('/inquiry/');
        await page.getByRole('button', { name: 'Send inquiry' }).click();
        const summary = page.locator('[data-inquiry-summary]');
        await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
        await expect(summary).toBeFocused();
        await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
        const state = javaScriptEnabled ? 'js' : 'no-js';
        await expect(page).toHaveScreenshot(`inquiry-errors-${state}-${viewport.width}.png`, {
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
      });
    }
  });
}
