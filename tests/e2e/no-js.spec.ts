// Every page of the built site (sitemap first) works with JavaScript off: its heading and
// its content are in the HTML the server sends, not added by a script.
import { expect, test } from '@playwright/test';
import { readerPagePaths } from '../support/site';

test.use({ javaScriptEnabled: false });

for (const path of readerPagePaths()) {
  test(`${path} shows its heading and content with JavaScript off`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main).toBeVisible();
    const heading = main.getByRole('heading', { level: 1 });
    await expect(heading).toHaveCount(1);
    await expect(heading).toBeVisible();
    // More than a heading: at least a sentence of visible text follows it.
    const headingText = (await heading.innerText()).trim();
    const mainText = (await main.innerText()).replace(/\s+/g, ' ').trim();
    expect(mainText.length - headingText.length, `${path} main content: "${mainText.slice(0, 200)}"`).toBeGreaterThan(
      60,
    );
    // The primary navigation and the site search work without a script.
    await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
  });
}
