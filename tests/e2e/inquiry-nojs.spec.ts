// The inquiry form with JavaScript off: a plain form post, answered by the
// function with a redirect to the thanks page or the form re-rendered.
import { expect, test } from '@playwright/test';
import { inquiryFrom } from '../../playwright.config';
import { expectValuesKept, fillInquiry, person, stub } from '../support/inquiry';

test.use({ javaScriptEnabled: false });

test.beforeEach(async () => {
  await stub.reset();
});

test('without JavaScript an inquiry is delivered once and the thanks page shows its reference', async ({ page }) => {
  const p = person();
  await page.goto('/inquiry/');
  await fillInquiry(page, p);
  await page.getByRole('button', { name: 'Send inquiry' }).click();

  // The thanks page is an address anyone can open with any reference: it says what the
  // reference is, and the email below is what shows the inquiry was sent.
  await expect(page.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
  const reference = await page.locator('[data-inquiry-reference]').innerText();
  expect(reference).toMatch(/^INQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.getByText(`If you sent an inquiry, its reference number is ${reference}.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  // The thanks page is the site's own address, and the function serving it keeps the site's policy.
  await expect(page).toHaveURL(`/inquiry/thanks/?ref=${reference}`);
  const thanks = await page.request.get(page.url());
  expect(thanks.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(thanks.headers()['cache-control']).toBe('no-store');

  const emails = await stub.emailsFor(p.agencyName);
  expect(emails).toHaveLength(1);
  expect(emails[0]?.body).toMatchObject({
    from: inquiryFrom,
    to: ['INLCAPPoliceTeam@state.gov'],
    reply_to: p.email,
    subject: `Partnership inquiry: ${p.agencyName}, Springfield, IL (${reference})`,
  });
  // No submission id without JavaScript: the key is a hash of the inquiry.
  expect(emails[0]?.idempotencyKey).toMatch(/^inquiry-h-[0-9a-f]{32}$/);

  // Back, and the same form sent again (a person unsure it went): same reference, no second email.
  await page.goBack();
  await expect(page.getByLabel('Agency name')).toHaveValue(p.agencyName);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.locator('[data-inquiry-reference]')).toHaveText(reference);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('without JavaScript, errors come back as an accessible page with every value kept', async ({ page }) => {
  const p = person({ email: 'pat at springfield', message: 'Line one\nLine <two> & "three"' });
  await page.goto('/inquiry/');
  await fillInquiry(page, p);
  await page.getByLabel('City').fill('');
  await page.getByRole('button', { name: 'Send inquiry' }).click();

  await expect(page).toHaveTitle(/^Error: Send a partnership inquiry/);
  const summary = page.locator('[data-inquiry-summary]');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your agency’s city',
    'Enter an email address in the correct format, like name@agency.gov',
  ]);
  const email = page.getByLabel('Work email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(
    /Enter an email address in the correct format.*INL\/CAP will reply to this address/,
  );
  await expect(page.getByLabel('City')).toHaveAccessibleDescription('Enter your agency’s city');
  await expectValuesKept(page, { ...p, city: '' });
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(0);
  // axe needs JavaScript, so inquiry.spec.ts checks this same re-rendered page with it on.

  // Corrected and sent again, from the re-rendered page.
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('Work email').fill('pat.doe@springfield.example');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
});

test('without JavaScript, a delivery failure keeps every value and offers a mailto link', async ({ page }) => {
  await stub.control({ fail: 'always', status: 500 });
  const p = person();
  await page.goto('/inquiry/');
  await fillInquiry(page, p);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/inquiry'));
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  expect((await answer).status()).toBe(502);

  await expect(page.getByRole('heading', { name: 'Your inquiry could not be sent' })).toBeVisible();
  const href = await page
    .getByRole('link', { name: 'Email your inquiry to INLCAPPoliceTeam@state.gov' })
    .getAttribute('href');
  expect(href).toMatch(/^mailto:INLCAPPoliceTeam@state\.gov\?subject=Partnership%20inquiry/);
  await expectValuesKept(page, p);
  expect(await stub.emailsFor(p.agencyName)).toHaveLength(0);
});

test('without JavaScript, a phone number with its extension is accepted and reaches the email as typed', async ({
  page,
}) => {
  const p = person({ phone: '217 555 0100 #12' });
  await page.goto('/inquiry/');
  await fillInquiry(page, p);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
  const [email] = await stub.emailsFor(p.agencyName);
  expect(String(email?.body['text'])).toContain('Phone: 217 555 0100 #12\n');
  expect(String(email?.body['html'])).toContain('>217 555 0100 #12</td>');
});
