import { expect, test } from '@playwright/test';
import { layoutShift } from '../support/layout-shift';

test('the page shell has the official banner, navigation and a skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Official website of the United States government' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const width of [1280, 390]) {
  test(`nothing moves when the web font replaces the fallback face, at ${width} px`, async ({ page }) => {
    // On a slow connection the page paints in the fallback face before Public Sans
    // arrives. Hold the font files until that first paint, then let them through:
    // the swap must not push the page about (a header that re-wrapped did, by 0.44).
    await page.setViewportSize({ width, height: 800 });
    const held: (() => Promise<void>)[] = [];
    let released = false;
    await page.route('**/*.woff2', (route) => {
      if (released) void route.continue();
      else held.push(() => route.continue());
    });
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    expect(held.length).toBeGreaterThan(0);
    released = true;
    await Promise.all(held.map((release) => release()));
    await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
    const shift = await layoutShift(page);
    expect(shift).toBeLessThan(0.05);
  });
}
