// JavaScript on, but the page's own scripts cannot be fetched (a dropped connection, a
// blocked file): the loader marks the page (src/integrations/page-script-loader.ts), and
// each part that needs a script reads as it does with JavaScript off, instead of waiting
// for one.
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.route('**/_astro/*.js', (route) => route.abort('failed'));
});

test('the FAQ drops its filter and buttons, leaving no gap, and every question stays', async ({ page }) => {
  await page.goto('/faq/');
  await expect(page.locator(':root[data-scripts-failed]')).toHaveCount(1);
  // Not merely unseen: gone from the layout, as without JavaScript.
  expect(await page.getByLabel('Filter questions').boundingBox()).toBeNull();
  await expect(page.getByRole('button', { name: 'Expand all' })).toHaveCount(0);
  await expect(page.getByRole('main').locator('details')).toHaveCount(9);
});

test('search says it needs JavaScript and lists every page', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Searching needs JavaScript, which is off or did not load.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'FAQ', exact: true })).toBeVisible();
});

test('the countries page leaves out the map and shows the list', async ({ page }) => {
  await page.goto('/countries/');
  await expect(page.locator(':root[data-scripts-failed]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Explore the map' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Kenya', exact: true })).toBeVisible();
});
