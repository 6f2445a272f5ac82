// axe on every page of the built site (the sitemap and any page it leaves out), plus the
// 404 page, at desktop and at phone width; a new page is checked without editing this file.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagePaths } from '../support/site';
import { WCAG_TAGS } from '../support/wcag';
import { PHONE_BY_TOUCH } from '../support/viewports';

/** An address no page has: Pages answers it with 404.html and status 404. */
const NOT_FOUND_PATH = '/no-such-page/';

const viewports = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
  { name: 'phone', use: PHONE_BY_TOUCH },
];

for (const { name, use } of viewports) {
  test.describe(`WCAG 2.2 AA at ${name} width`, () => {
    test.use(use);

    for (const path of [...pagePaths(), NOT_FOUND_PATH]) {
      test(`${path} has no axe violation`, async ({ page }) => {
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = violations.map(
          (violation) =>
            `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.nodes
              .map((node) => node.target.join(' '))
              .join('\n    ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
