// Without JavaScript, a form sent with errors leaves the browser at /api/inquiry. Enter
// in the address bar there is a GET: the person lands on the form, never on raw JSON.
// Through the real function in workerd, as deployed.
import { expect, test } from '@playwright/test';
import { fillInquiry, person } from '../support/inquiry';

test.use({ javaScriptEnabled: false });

test('Enter in the address bar at /api/inquiry after a form with errors goes back to the form', async ({ page }) => {
  await page.goto('/inquiry/');
  await fillInquiry(page, person());
  await page.getByLabel('City').fill('');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page).toHaveTitle(/^Error: Send a partnership inquiry/);
  await expect(page).toHaveURL('/api/inquiry');

  // A navigation to the same address, as Enter in the address bar makes it.
  await page.goto(page.url());
  await expect(page).toHaveURL('/inquiry/');
  await expect(page.getByRole('heading', { level: 1, name: 'Send a partnership inquiry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send inquiry' })).toBeVisible();
});

test('any other GET of /api/inquiry is a 405 that names POST', async ({ request }) => {
  const response = await request.get('/api/inquiry', { headers: { Accept: 'application/json' }, maxRedirects: 0 });
  expect(response.status()).toBe(405);
  expect(response.headers()['allow']).toBe('POST');
  expect(await response.json()).toEqual({
    ok: false,
    error: 'method_not_allowed',
    message: 'Use POST to send an inquiry.',
  });
  // A browser's GET is the 303 itself, not a page served at /api/inquiry.
  const browser = await request.get('/api/inquiry', { headers: { Accept: 'text/html' }, maxRedirects: 0 });
  expect(browser.status()).toBe(303);
  expect(browser.headers()['location']).toBe('/inquiry/');
});
