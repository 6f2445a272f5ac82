// The inquiry form with JavaScript on: validated in the page, sent with fetch,
// delivered once through the real Resend SDK to the local stub.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inquiryFrom } from '../../playwright.config';
import { holdScripts } from '../support/held-scripts';
import { expectValuesKept, fillInquiry, openForm, person, stub, tick } from '../support/inquiry';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A reference as the page shows it. */
const REFERENCE = /INQ-[0-9A-Z]{4}-[0-9A-Z]{4}/;

test.beforeEach(async ({ page }) => {
  await stub.reset();
  // The page's clocks (Date and performance.now()) are the test's to move.
  await page.clock.install();
});

/** Opens the form; a person then takes more than its minimum fill time (a minute on the page's clock). */
async function open(page: Page, { linger = true } = {}) {
  await openForm(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Send a partnership inquiry' })).toBeVisible();
  if (linger) await page.clock.fastForward('01:00');
}

test('an inquiry is delivered once, with the reference shown in place', async ({ page }) => {
  const p = person();
  await open(page);
  await fillInquiry(page, p);
  await page.getByRole('button', { name: 'Send inquiry' }).click();

  const success = page.getByRole('heading', { name: 'Your inquiry has been sent' });
  await expect(success).toBeVisible();
  const text = await page.locator('[data-inquiry-notice]').innerText();
  const reference = REFERENCE.exec(text)?.[0];
  expect(reference).toBeTruthy();
  await expect(page.locator('[data-inquiry-notice]')).toBeFocused();

  const emails = await stub.emailsFor(p.agencyName);
  expect(emails).toHaveLength(1);
  const [email] = emails;
  expect(email?.body).toMatchObject({
    from: inquiryFrom,
    to: ['INLCAPPoliceTeam@state.gov'],
    reply_to: p.email,
    subject: `Partnership inquiry: ${p.agencyName}, Springfield, IL (${reference})`,
  });
  expect(email?.idempotencyKey).toMatch(/^inquiry-[0-9a-f-]{36}-[0-9a-f]{16}$/);
  expect(String(email?.body['text'])).toContain('We train 40 recruits a year.\nWe would like to help.');
  // The draft is gone once delivery is confirmed.
  expect(await page.evaluate(() => localStorage.getItem('inl-inquiry-draft-v1'))).toBeNull();
});

test('a double click sends one email, and focus stays on the button while it sends', async ({ page }) => {
  await stub.control({ delayMs: 800 });
  const p = person();
  await open(page);
  await fillInquiry(page, p);
  const button = page.getByRole('button', { name: 'Send inquiry' });
  await button.focus();
  await button.dblclick();
  await expect(page.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Sending…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('Resend failing twice and then succeeding still delivers exactly one email', async ({ page }) => {
  await stub.control({ fail: 2, status: 500 });
  const p = person();
  await open(page);
  await fillInquiry(page, p);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  const state = await stub.state();
  expect(state.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('when Resend keeps failing, the person sees why, keeps every value, gets a mailto link, and can try again', async ({
  page,
}) => {
  await stub.control({ fail: 'always', status: 503 });
  const p = person();
  await open(page);
  await fillInquiry(page, p);
  await page.getByRole('button', { name: 'Send inquiry' }).click();

  await expect(page.getByRole('heading', { name: 'Your inquiry could not be sent' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Nothing you typed has been lost.')).toBeVisible();
  const mailto = page.getByRole('link', { name: 'Email your inquiry to INLCAPPoliceTeam@state.gov' });
  const href = (await mailto.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:INLCAPPoliceTeam@state.gov?subject=')).toBe(true);
  expect(decodeURIComponent(href)).toContain(p.agencyName);
  await expectValuesKept(page, p);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(0);

  await stub.control({});
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('validation errors: a summary that takes focus and links to each field, values kept', async ({ page }) => {
  await open(page);
  await page.getByLabel('Agency name').fill('Springfield PD');
  await page.getByLabel('Work email').fill('not an email');
  await page.getByRole('button', { name: 'Send inquiry' }).click();

  const summary = page.locator('[data-inquiry-summary]');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const links = summary.getByRole('link');
  await expect(links).toHaveText([
    'Select your agency type',
    'Enter your agency’s city',
    'Select your agency’s state or territory',
    'Enter your name',
    'Enter your title or rank',
    'Enter an email address in the correct format, like name@agency.gov',
    'Select at least one area of expertise',
    'Select at least one way your agency would like to take part',
  ]);
  const email = page.getByLabel('Work email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Enter an email address in the correct format/);
  await expect(page.getByLabel('Agency name')).toHaveValue('Springfield PD');
  await expect(page.getByLabel('Agency name')).not.toHaveAttribute('aria-invalid', 'true');

  await links.filter({ hasText: 'correct format' }).click();
  await expect(email).toBeFocused();
  expect((await stub.state()).requests).toHaveLength(0);
});

test('a draft is kept on this device and restored on return', async ({ page }) => {
  await open(page);
  await page.getByLabel('Agency name').fill('Shelbyville Sheriff’s Office');
  await tick(page, 'Areas of expertise', 'Crowd control');
  await page.getByLabel('Message (optional)').fill('Draft text');
  await page.reload();
  await expect(page.getByText('We restored the inquiry you started on this device.')).toBeVisible();
  await expect(page.getByLabel('Agency name')).toHaveValue('Shelbyville Sheriff’s Office');
  await expect(page.getByRole('checkbox', { name: 'Crowd control' })).toBeChecked();
  await expect(page.getByLabel('Message (optional)')).toHaveValue('Draft text');
  await page.getByRole('button', { name: 'Clear the form' }).click();
  await expect(page.getByLabel('Agency name')).toHaveValue('');
  await expect(page.getByLabel('Agency name')).toBeFocused();
});

// The form's script starts after the page has painted (ADR 0010), so a quick reader may
// type first: what they typed stays, and an older draft does not replace it.
test('what a person types before the form’s script runs is kept, not replaced by an earlier draft', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Agency name').fill('An agency from an earlier visit');
  await page.getByLabel('Message (optional)').fill('Older draft text');
  const release = await holdScripts(page);
  await page.reload();
  await page.getByLabel('Agency name').fill('Springfield Police Department');
  release();
  await expect(page.locator('inquiry-form:defined')).toBeAttached();
  await expect(page.getByText('We restored the inquiry you started on this device.')).toHaveCount(0);
  await expect(page.getByLabel('Agency name')).toHaveValue('Springfield Police Department');
  await expect(page.getByLabel('Message (optional)')).toHaveValue('');
  // And what they typed is now the draft.
  await page.reload();
  await expect(page.getByText('We restored the inquiry you started on this device.')).toBeVisible();
  await expect(page.getByLabel('Agency name')).toHaveValue('Springfield Police Department');
});

test('the message counter counts down and flags text over the limit', async ({ page }) => {
  await open(page);
  const message = page.getByLabel('Message (optional)');
  await expect(page.getByText('5,000 characters left')).toBeVisible();
  await message.fill('Hello');
  await expect(page.getByText('4,995 characters left')).toBeVisible();
  await message.fill('x'.repeat(5003));
  await expect(page.getByText('3 characters over limit')).toBeVisible();
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(
    page.locator('[data-inquiry-summary]').getByRole('link', { name: 'Message must be 5,000 characters or fewer' }),
  ).toBeVisible();
});

test('the form and its error state pass axe (WCAG 2.2 AA) and work by keyboard alone', async ({ page }) => {
  await open(page);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  // The honeypot is out of the tab order: from the message, Tab reaches the privacy link next.
  await page.getByLabel('Message (optional)').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Read the full Privacy Act statement' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send inquiry' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-inquiry-summary]')).toBeFocused();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});

test('the error page the function renders for a plain form post passes axe', async ({ page }) => {
  await open(page);
  await page.getByLabel('Agency name').fill('Springfield PD');
  // HTMLFormElement.submit() skips the script's submit handler: the post a browser without JavaScript makes.
  await page.locator('form#inquiry-form').evaluate((form) => (form as HTMLFormElement).submit());
  await page.waitForURL('**/api/inquiry');
  await expect(page.locator('[data-inquiry-summary]')).toBeFocused();
  await expect(page.getByLabel('Agency name')).toHaveValue('Springfield PD');
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});

test('at phone width the form fits and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});
