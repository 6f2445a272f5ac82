// The content editor at /admin/, in a real browser: it starts from the site's own files
// only (no CDN script, font or locale file), under its own policy with no violation, shows
// GitHub sign-in, and passes axe there. It is no page for readers: noindex, and no public
// page leads to it or loads its bundle.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PATH } from '../../src/features/admin/shared/apart';
import { adminDirectives, serializeCsp } from '../../src/security/headers';
import { pagePaths } from '../support/site';
import { WCAG_TAGS } from '../support/wcag';

/** Every request the page makes, and every policy violation it reports, from the first byte on. */
function watch(page: Page) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { requests, violations };
}

// Sveltia isolates the backend's name with Unicode bidi marks: "Sign In with \u2068GitHub\u2069".
const signIn = (page: Page) => page.getByRole('button', { name: /^Sign In with \u2068?GitHub\u2069?$/ });

test.describe('the content editor', () => {
  test('starts from the site’s own files only, under its own policy, and offers GitHub sign-in', async ({
    page,
    baseURL,
  }) => {
    const { requests, violations } = watch(page);
    const response = await page.goto(ADMIN_PATH);
    expect(response?.status()).toBe(200);
    await expect(signIn(page)).toBeVisible({ timeout: 30_000 });
    // The fonts and the rest of the start load after the first screen: wait for them.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);

    // A blob: URL's origin is the page that made it; a data: URL never reaches a network.
    const foreign = requests.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== new URL(baseURL!).origin,
    );
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    // The editor's own fonts, from the site: the bundle's CDN addresses were rewritten.
    expect(requests.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(0);

    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(serializeCsp(adminDirectives));
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect(headers['x-robots-tag']).toBe('noindex, nofollow');
    // The page's own (Sveltia adds a second, "noindex", once it runs).
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', 'noindex, nofollow');
  });

  test('its sign-in screen has no axe violation', async ({ page }) => {
    await page.goto(ADMIN_PATH);
    await expect(signIn(page)).toBeVisible({ timeout: 30_000 });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('no public page links to it or loads its files', async ({ page }) => {
    const { requests } = watch(page);
    for (const path of pagePaths().filter((path) => !path.startsWith(ADMIN_PATH))) {
      await page.goto(path);
      await expect(page.locator(`a[href^="${ADMIN_PATH}"]`), path).toHaveCount(0);
    }
    expect(requests.filter((url) => new URL(url).pathname.startsWith(ADMIN_PATH))).toEqual([]);
  });
});
