// The country list as files others can reuse, fetched as a reader would: from the
// links on /countries/, with JavaScript off (the list is the page then), from the
// server that runs in production's runtime. The build test (tests/build/
// country-list-files.test.ts) checks the files' contents against the content; this
// checks what a browser gets: the CSV saved under its download name as text/csv, the
// JSON shown as JSON.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../support/csv';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, the CSV link saves the list as a spreadsheet file', async ({ page }) => {
  await page.goto('/countries/');
  const link = page.getByRole('link', { name: 'Country list as CSV (for spreadsheets)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('inl-assisted-countries.csv');
  const text = await readFile(await download.path(), 'utf8');
  // UTF-8 with its signature, so a spreadsheet reads "Côte d’Ivoire" as written.
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1));
  expect(rows[0]).toEqual(['Name', 'Region', 'Sub-region', 'Other names', 'Link']);
  const kenya = rows.find((row) => row[0] === 'Kenya');
  expect(kenya?.slice(0, 3)).toEqual(['Kenya', 'Africa', 'Eastern Africa']);
  expect(new URL(kenya![4]!).hash).toBe('#kenya');
  // As many rows as the page lists countries (the academies are not countries).
  await expect(page.locator('li[data-country]')).toHaveCount(rows.length - 1);
});

test('the CSV is served as text/csv in UTF-8, as an attachment with its name', async ({ request }) => {
  const response = await request.get('/countries/assisted-countries.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/csv\b/);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="inl-assisted-countries.csv"');
});

test('with JavaScript off, the JSON link opens the list with its source and date', async ({ page }) => {
  await page.goto('/countries/');
  const response = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/countries/assisted-countries.json')),
    page.getByRole('link', { name: 'Country list as JSON' }).click(),
  ]).then(([r]) => r);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json\b/);
  const document = (await response.json()) as { source: string; lastChanged: string; countries: { name: string }[] };
  expect(document.source).toContain('INL Police Partnerships brochure');
  expect(document.lastChanged).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(document.countries.map((c) => c.name)).toContain('Ukraine');
});
