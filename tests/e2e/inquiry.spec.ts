// The inquiry form with JavaScript on: validated in the page, sent with fetch,
// delivered once through the real Resend SDK to the local stub.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inquiryFrom } from '../../playwright.config';
import { holdScripts } from '../support/held-scripts';
import type { InquiryResponse } from '../../src/features/inquiry/shared/schema';
import { expectReferenceWhole, expectValuesKept, fillInquiry, openForm, person, stub, tick } from '../support/inquiry';

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

/** Opens the form and fills it in as a new person (with `details` changed), who is returned. */
async function openFilled(page: Page, details: Parameters<typeof person>[0] = {}) {
  const p = person(details);
  await open(page);
  await fillInquiry(page, p);
  return p;
}

test('an inquiry is delivered once, with the reference shown in place', async ({ page }) => {
  const p = await openFilled(page);
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
  expect(await page.evaluate(() => sessionStorage.getItem('inl-inquiry-draft-v1'))).toBeNull();
});

test('a double click sends one email, and focus stays on the button while it sends', async ({ page }) => {
  await stub.control({ delayMs: 800 });
  const p = await openFilled(page);
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
  const p = await openFilled(page);
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
  const p = await openFilled(page);
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

test('a draft is kept in this tab and restored on a reload', async ({ page }) => {
  await open(page);
  await page.getByLabel('Agency name').fill('Shelbyville Sheriff’s Office');
  await tick(page, 'Areas of expertise', 'Crowd control');
  await page.getByLabel('Message (optional)').fill('Draft text');
  await page.reload();
  await expect(page.getByText('We restored the inquiry you started in this tab.')).toBeVisible();
  await expect(page.getByText('It is kept in this browser tab only')).toBeVisible();
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
  await expect(page.getByText('We restored the inquiry you started in this tab.')).toHaveCount(0);
  await expect(page.getByLabel('Agency name')).toHaveValue('Springfield Police Department');
  await expect(page.getByLabel('Message (optional)')).toHaveValue('');
  // And what they typed is now the draft.
  await page.reload();
  await expect(page.getByText('We restored the inquiry you started in this tab.')).toBeVisible();
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

// A shared computer: the next person at the station must not find the last one's
// name, email and message. The draft lives as long as the tab, no longer.
test.describe('the draft on a shared computer', () => {
  const restored = (page: Page) => page.getByText('We restored the inquiry you started in this tab.');

  test('survives a reload, a slip of the Back button and a failed send, and no other tab sees it', async ({
    page,
    context,
  }) => {
    const p = await openFilled(page);

    // Back by mistake, then forward again.
    await page.getByRole('link', { name: 'Read the full Privacy Act statement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Privacy/ })).toBeVisible();
    await page.goBack();
    await expect(page.locator('inquiry-form:defined')).toBeAttached();
    await expectValuesKept(page, p);

    // A failed send, then a reload.
    await stub.control({ fail: 'always', status: 503 });
    await page.clock.fastForward('01:00');
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect(page.getByRole('heading', { name: 'Your inquiry could not be sent' })).toBeVisible({
      timeout: 20_000,
    });
    await page.reload();
    await expect(restored(page)).toBeVisible();
    await expectValuesKept(page, p);

    // The next person opens the form in a tab of their own, in the same browser.
    const next = await context.newPage();
    await openForm(next);
    await expect(next.getByLabel('Agency name')).toHaveValue('');
    await expect(next.getByLabel('Work email')).toHaveValue('');
    await expect(restored(next)).toHaveCount(0);
    expect(await next.evaluate(() => localStorage.length)).toBe(0);
  });

  test('a draft an earlier version kept on the device is deleted, never shown', async ({ page }) => {
    await page.addInitScript(() => {
      // The shape earlier versions kept in localStorage, with no expiry.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', 'yes');
        localStorage.setItem(
          'inl-inquiry-draft-v1',
          JSON.stringify({
            values: { agencyName: 'Someone else’s agency', name: 'Someone Else', email: 'else@agency.example' },
            submissionId: '00000000-0000-4000-8000-000000000000',
          }),
        );
      }
    });
    await open(page);
    await expect(page.getByLabel('Agency name')).toHaveValue('');
    await expect(page.getByLabel('Your name')).toHaveValue('');
    await expect(restored(page)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('inl-inquiry-draft-v1'))).toBeNull();
  });
});

// An inquiry whose answer never came back may have arrived. Saying it "could not be
// sent", with an email link, invites a duplicate; the honest answer is that we could
// not confirm it, and a retry that cannot send twice (ADR 0004: the same submission id
// and values make the same key, which the function recognises).
test.describe('an answer that never came back', () => {
  const unconfirmed = (page: Page) =>
    page.getByRole('heading', { name: 'We could not confirm that your inquiry arrived' });
  const stillUnconfirmed = (page: Page) =>
    page.getByRole('heading', { name: 'We still could not confirm that your inquiry arrived' });
  const emailLink = (page: Page) =>
    page.getByRole('link', { name: 'Email your inquiry to INLCAPPoliceTeam@state.gov' });

  /** Lets the next `times` inquiries reach the function, then loses their answers; returns the answers it read. */
  async function loseAnswers(page: Page, times: number): Promise<InquiryResponse[]> {
    const lost: InquiryResponse[] = [];
    await page.route(
      '**/api/inquiry',
      async (route) => {
        const response = await route.fetch();
        lost.push((await response.json()) as InquiryResponse);
        await route.abort('failed');
      },
      { times },
    );
    return lost;
  }

  test('after a lost answer, Try again shows the reference and sends nothing twice; no email is offered', async ({
    page,
  }) => {
    const p = await openFilled(page);
    const lost = await loseAnswers(page, 1);
    await page.getByRole('button', { name: 'Send inquiry' }).click();

    await expect(unconfirmed(page)).toBeVisible();
    await expect(page.locator('[data-inquiry-notice]')).toBeFocused();
    await expect(page.getByText('Press Try again: it will not be sent twice.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your inquiry could not be sent' })).toHaveCount(0);
    await expect(emailLink(page)).toHaveCount(0);
    await expectValuesKept(page, p);
    // It did arrive: the function sent it, and only its answer was lost.
    expect(lost).toHaveLength(1);
    const first = lost[0]!;
    expect(first.ok).toBe(true);
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
    await expect(page.locator('[data-inquiry-notice]')).toContainText(first.ok ? first.reference : 'none');
    // The retry was recognised: one email, and Resend was not even asked again.
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
    const asked = (await stub.state()).requests.filter((r) => String(r.body['subject']).includes(p.agencyName));
    expect(asked).toHaveLength(1);
  });

  test('when the retry is lost too, email is offered, with a note that the earlier attempt may have arrived', async ({
    page,
  }) => {
    const p = await openFilled(page);
    await loseAnswers(page, 2);
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect(unconfirmed(page)).toBeVisible();
    await page.getByRole('button', { name: 'Try again' }).click();

    await expect(stillUnconfirmed(page)).toBeVisible();
    await expect(page.locator('[data-inquiry-notice]')).toBeFocused();
    await expect(page.getByText('say that you also tried to send it with this form')).toBeVisible();
    const href = (await emailLink(page).getAttribute('href')) ?? '';
    const body = decodeURIComponent(href.split('&body=')[1] ?? '');
    expect(body).toMatch(/^I also tried to send this inquiry with the form on the website/);
    expect(body).toContain(`Agency name: ${p.agencyName}`);
    await expectValuesKept(page, p);

    // A third press, with the answers back, still sends nothing twice.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
  });

  test('offline, the notice is whole (its icon needs no network); a retry that fails too offers email; online again, one email', async ({
    page,
    context,
  }) => {
    const p = await openFilled(page);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.resourceType()} ${request.url()}`));
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect(unconfirmed(page)).toBeVisible();
    await expect(emailLink(page)).toHaveCount(0);
    // A form check in the same state draws the error summary, which must be whole too.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(stillUnconfirmed(page)).toBeVisible();
    await expect(emailLink(page)).toBeVisible();
    await page.getByLabel('City').fill('');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('[data-inquiry-summary]')).toBeFocused();
    // Every request that failed was an inquiry: nothing the notices draw needed the network.
    expect(failed.filter((f) => !f.endsWith('/api/inquiry'))).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);

    await context.setOffline(false);
    await page.getByLabel('City').fill(p.city);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
    expect(await stub.emailsFor(p.agencyName)).toHaveLength(1);
  });
});

test.describe('the success message', () => {
  /** Sends an inquiry; the success notice and the reference it shows. */
  async function sendOne(page: Page) {
    await open(page);
    await fillInquiry(page, person());
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    const success = page.locator('[data-inquiry-notice]');
    await expect(success.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
    return { success, reference: REFERENCE.exec(await success.innerText())?.[0] ?? 'none' };
  }

  test('says what happens next, in the very words of the thanks page', async ({ page }) => {
    const { success, reference } = await sendOne(page);
    await expect(success.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    const steps = await success.getByRole('listitem').allInnerTexts();
    expect(steps.length).toBeGreaterThan(0);

    await page.goto(`/inquiry/thanks/?ref=${reference}`);
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText(steps);
  });

  test('never breaks the reference across lines, and keeps it on the screen at 320 px with a large font', async ({
    page,
  }) => {
    const { success, reference } = await sendOne(page);
    await expectReferenceWhole(page, success, reference);
  });
});

test('a phone number with its extension is accepted in every common form and reaches the email as typed', async ({
  page,
}) => {
  const p = await openFilled(page, { phone: '217-555-0100 ext. 12' });
  // Refused before, with a message that asked for "x".
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  const [email] = await stub.emailsFor(p.agencyName);
  expect(String(email?.body['text'])).toContain('Phone: 217-555-0100 ext. 12\n');
  expect(String(email?.body['html'])).toContain('>217-555-0100 ext. 12</td>');

  // The form's own check agrees with the function on the other forms, and names them when one is wrong.
  await openForm(page);
  const phone = page.getByLabel('Phone (optional)');
  for (const typed of ['555-0100 ext 12', '555-0100 x12', '555-0100 #12', '555-0100 ext. twelve']) {
    await phone.fill(typed);
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    const refused = page
      .locator('[data-inquiry-summary]')
      .getByRole('link', { name: /^Enter a phone number using only digits/ });
    if (typed.endsWith('twelve')) await expect(refused).toHaveText(/after ext, x or #/);
    else await expect(refused).toHaveCount(0);
  }
});
