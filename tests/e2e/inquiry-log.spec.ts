// `npm start` without RESEND_API_KEY: a new user tries the whole flow with no
// account, and each inquiry is written once to the server's log.
import { expect, test } from '@playwright/test';
import { fillInquiry, openForm, person } from '../support/inquiry';
import { useMailLogServer } from '../support/mail-log-server';

const server = useMailLogServer('inquiry-log');
const logURL = server.origin;

/** How many times the log shows an inquiry email for this agency. */
const logged = (agency: string) => server.emails().filter((block) => block.includes(agency)).length;

test('without a key, inquiries sent with JavaScript on and off each reach the server log once', async ({ browser }) => {
  expect(server.output).toContain('RESEND_API_KEY is not set: inquiry emails are written to this log, not sent.');

  // JavaScript on.
  const withJs = await browser.newContext({ baseURL: logURL });
  const page = await withJs.newPage();
  await page.clock.install();
  const first = person();
  await openForm(page);
  await fillInquiry(page, first);
  // A person takes more than the form's minimum fill time, on the page's own clock.
  await page.clock.fastForward('01:00');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  await expect(page.getByText('so the inquiry was written to the server log instead of being emailed')).toBeVisible();
  const reference =
    /INQ-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await page.locator('[data-inquiry-notice]').innerText())?.[0] ?? 'none';
  await expect.poll(() => logged(first.agencyName)).toBe(1);
  const block = server.emails().find((b) => b.includes(first.agencyName)) ?? '';
  expect(block).toContain('To: INLCAPPoliceTeam@state.gov');
  expect(block).toContain(`Reply-To: ${first.email}`);
  expect(block).toContain(`Subject: Partnership inquiry: ${first.agencyName}, Springfield, IL (${reference})`);
  await withJs.close();

  // JavaScript off, sent twice.
  const noJs = await browser.newContext({ baseURL: logURL, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  const second = person();
  await plain.goto('/inquiry/');
  await fillInquiry(plain, second);
  await plain.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(plain.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
  await expect(plain.locator('[data-inquiry-reference]')).toHaveText(/^INQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(plain.getByText('so the inquiry was written to the server log instead of being emailed')).toBeVisible();
  await plain.goBack();
  await plain.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(plain.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
  await noJs.close();

  await expect.poll(() => logged(second.agencyName)).toBe(1);
  expect(logged(first.agencyName)).toBe(1);
});
