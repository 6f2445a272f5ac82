// The form never tells a person "sent" for an inquiry that was
// not sent. A fill faster than a person reads gets an honest notice, the form
// stays filled, and the next press goes through; a browser whose clock is wrong
// is judged like any other, because only the fill time it measured itself counts.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expectValuesKept, fillInquiry, openForm, person, stub } from '../support/inquiry';

const REFERENCE = /INQ-[0-9A-Z]{4}-[0-9A-Z]{4}/;
const send = (page: Page) => page.getByRole('button', { name: 'Send inquiry' }).click();

test.beforeEach(async () => {
  await stub.reset();
});

test('a fill and send within a second shows no reference and sends nothing; a second press later sends one email', async ({
  page,
}) => {
  // The page's clock stands still while the form is opened, filled and sent: no time passes for it.
  const start = new Date('2026-11-28T10:00:00Z');
  await page.clock.install({ time: start });
  // The installed clock runs until paused: pause a minute ahead, so that a slow machine
  // between these two calls cannot put the pause in the clock's past (Playwright refuses that).
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  await openForm(page);
  const p = person();
  await fillInquiry(page, p);
  await send(page);

  const notice = page.getByRole('heading', { name: 'Please check your answers' });
  await expect(notice).toBeVisible();
  await expect(page.locator('[data-inquiry-notice]')).toBeFocused();
  await expect(page.getByText(REFERENCE)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toHaveCount(0);
  await expectValuesKept(page, p);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(0);

  // The person checks the answers for a few seconds, then presses Send again.
  await page.clock.fastForward('00:05');
  await send(page);
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  await expect(page.locator('[data-inquiry-notice]')).toContainText(REFERENCE);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('a browser whose clock runs two minutes ahead still delivers its inquiry', async ({ page }) => {
  await page.clock.install({ time: new Date(Date.now() + 120_000) });
  await openForm(page);
  const p = person();
  await fillInquiry(page, p);
  await page.clock.fastForward('00:30');
  await send(page);
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a too-fast post comes back as the form page with the notice, every value kept, nothing sent', async ({
    page,
  }) => {
    // A browser without JavaScript sends no fill time; this stands in for a post that says 400 ms.
    await page.route('**/api/inquiry', (route) =>
      route.continue({ postData: `${route.request().postData() ?? ''}&fillMs=400` }),
    );
    await page.goto('/inquiry/');
    const p = person();
    await fillInquiry(page, p);
    await send(page);
    await expect(page.getByRole('heading', { name: 'Please check your answers' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Send a partnership inquiry' })).toBeVisible();
    await expectValuesKept(page, p);
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(0);

    // Pressed again (without the stand-in timing), it goes through once.
    await page.unrouteAll();
    await send(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
  });
});

test('the thanks page ignores via=log where the log transport is not running', async ({ page }) => {
  // This server has a Resend key: its inquiries are emailed, never logged.
  await page.goto('/inquiry/thanks/?ref=INQ-7KQ2-M4XA&via=log');
  await expect(page.getByText('INQ-7KQ2-M4XA')).toBeVisible();
  await expect(page.getByText('written to the server log')).toBeHidden();
});

test('no secret is in the arguments of the server process, where any local user could read it', () => {
  const secret = 're_test_e2e'; // RESEND_API_KEY of the test server (playwright.config.ts)
  const port = new URL(baseURL).port;
  const commands = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      } catch {
        return ''; // The process ended while we looked.
      }
    });
  // This run's server: wrangler pages dev on the test port, its launcher and its CLI
  // (other checkouts may run servers of their own).
  const server = commands.filter((c) => c.includes('pages dev') && c.includes(`--port ${port}`));
  expect(server.length).toBeGreaterThan(0);
  expect(server.filter((c) => c.includes(secret))).toEqual([]);
});
