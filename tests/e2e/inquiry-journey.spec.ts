// What readers meet around the form: presets from the partners
// page, the "Other" expertise description, errors that go as soon as they are
// fixed, and a thanks page that claims nothing it cannot know.
import { expect, test, type Page } from '@playwright/test';
import { expectReferenceWhole, fillInquiry, openForm, person, stub, tick } from '../support/inquiry';

const agencyType = (page: Page) => page.getByLabel('Agency type').locator('option:checked');

test.beforeEach(async ({ page }) => {
  await stub.reset();
  await page.clock.install();
});

test.describe('inquiry presets by agency type', () => {
  test('the link on a partner type chooses its agency type in the form', async ({ page }) => {
    await page.goto('/partners/');
    await page.getByRole('link', { name: 'Send an inquiry as a sheriff’s office' }).click();
    await expect(page).toHaveURL('/inquiry/?agencyType=sheriff');
    await expect(agencyType(page)).toHaveText('Sheriff’s office');
  });

  test('a partner type that spans several agency types presets none and says which to choose', async ({ page }) => {
    await page.goto('/partners/');
    const link = page.getByRole('link', {
      name: 'Send an inquiry (choose “State police or highway patrol” or “Other state or federal law enforcement agency” as the agency type)',
    });
    await expect(link).toHaveAttribute('href', '/inquiry/');
  });

  test('every partner type has its link', async ({ page }) => {
    await page.goto('/partners/');
    const cards = page.getByRole('region', { name: 'Who INL’s police partners are' }).getByRole('listitem');
    await expect(cards).toHaveCount(5);
    for (const card of await cards.all())
      await expect(card.getByRole('link', { name: /^Send an inquiry/ })).toHaveCount(1);
  });

  // The reader followed the link just now: its agency type is their latest choice, and
  // wins over the one in a draft restored from earlier in the tab. The rest of the draft stays.
  test('an unknown value is ignored, and a preset link wins over a restored draft’s agency type', async ({ page }) => {
    await openForm(page, '/inquiry/?agencyType=cartel');
    await expect(agencyType(page)).toHaveText('- Select -');
    await page.getByLabel('Agency type').selectOption({ label: 'Forensic laboratory' });
    await page.getByLabel('Agency name').fill('Shelbyville Sheriff’s Office');
    await openForm(page, '/inquiry/?agencyType=sheriff');
    await expect(page.getByRole('heading', { name: 'We restored the inquiry you started in this tab.' })).toBeVisible();
    await expect(page.getByLabel('Agency name')).toHaveValue('Shelbyville Sheriff’s Office');
    await expect(agencyType(page)).toHaveText('Sheriff’s office');
    // And the draft now holds it: a reload without the link keeps the sheriff's office.
    await openForm(page, '/inquiry/');
    await expect(agencyType(page)).toHaveText('Sheriff’s office');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the preset link still opens the form', async ({ page }) => {
      await page.goto('/partners/');
      await page.getByRole('link', { name: 'Send an inquiry as a forensic laboratory' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Send a partnership inquiry' })).toBeVisible();
      await expect(page.getByLabel('Agency type')).toBeEnabled();
    });
  });
});

test.describe('the other expertise', () => {
  const describe = (page: Page) => page.getByLabel('Describe the other expertise (optional)');

  test('ticking Other reveals an optional description, which reaches the email', async ({ page }) => {
    await openForm(page);
    await expect(describe(page)).toBeHidden();
    const p = person();
    await fillInquiry(page, p);
    await tick(page, 'Areas of expertise', 'Other');
    await expect(describe(page)).toBeVisible();
    await expect(describe(page)).toHaveAttribute('maxlength', '200');
    await describe(page).fill('Wildlife crime investigations');
    await page.clock.fastForward('01:00');
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
    const [email] = await stub.emailsFor(p.agencyName);
    expect(String(email?.body['text'])).toContain('Other expertise: Wildlife crime investigations');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the description is simply always shown', async ({ page }) => {
      await page.goto('/inquiry/');
      await expect(describe(page)).toBeVisible();
    });
  });
});

test("after a failed send, a field's error goes as soon as it is valid, and the summary follows", async ({ page }) => {
  await openForm(page);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  const summary = page.locator('[data-inquiry-summary]');
  await expect(summary.getByRole('link', { name: 'Enter your agency’s name' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your agency’s city' })).toBeVisible();

  await page.getByLabel('Agency name').fill('Springfield Police Department');
  await expect(page.getByText('Enter your agency’s name')).toHaveCount(0);
  await expect(page.getByLabel('Agency name')).not.toHaveAttribute('aria-invalid', 'true');
  // The other errors stay until their fields are fixed.
  await expect(summary.getByRole('link', { name: 'Enter your agency’s city' })).toBeVisible();

  await tick(page, 'Areas of expertise', 'Forensics');
  await expect(summary.getByRole('link', { name: 'Select at least one area of expertise' })).toHaveCount(0);
});

test.describe('the thanks page', () => {
  test('opened without a reference, it claims nothing was sent', async ({ page }) => {
    for (const address of ['/inquiry/thanks/', '/inquiry/thanks/?ref=not-a-reference']) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: 'No inquiry to confirm' })).toBeVisible();
      // Nothing seen or read out says so (the "sent" block the function reveals stays hidden).
      await expect(
        page.getByText(/has been sent|reference number is|What happens next/).filter({ visible: true }),
      ).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Send a partnership inquiry' })).toHaveAttribute('href', '/inquiry/');
    }
  });

  // Anyone can open this address with any well-formed reference: it says what the
  // reference is, if one was sent, and never that this one was.
  test("with a reference, it claims nothing was sent, and says what happens next in the brochure's terms", async ({
    page,
  }) => {
    await page.goto('/inquiry/thanks/?ref=INQ-7KQ2-M4XA');
    await expect(page.getByRole('heading', { level: 1, name: 'Your inquiry reference' })).toBeVisible();
    await expect(page).toHaveTitle(/^Your inquiry reference/);
    await expect(page.getByText('If you sent an inquiry, its reference number is INQ-7KQ2-M4XA.')).toBeVisible();
    await expect(page.getByText(/\bsent\b/).filter({ visible: true })).toHaveText([
      /^If you sent an inquiry, its reference number is/,
    ]);
    const next = page.getByRole('list').filter({ hasText: 'memorandum of understanding' });
    await expect(next).toContainText('INL/CAP will contact your agency');
    await expect(next).toContainText('memorandum of understanding (MOU)');
  });

  test('never breaks the reference across lines, and keeps it on the page at 320 px with a large font', async ({
    page,
  }) => {
    await page.goto('/inquiry/thanks/?ref=INQ-7KQ2-M4XA');
    await expectReferenceWhole(page, page.getByRole('main'), 'INQ-7KQ2-M4XA');
  });

  test('is not in the site search', async ({ page }) => {
    await page.goto('/search/?q=sent');
    await expect(page.getByRole('status')).toContainText('“sent”');
    await expect(page.locator('a[href^="/inquiry/thanks"]')).toHaveCount(0);
  });
});
