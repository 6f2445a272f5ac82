// On paper: the one-page brief prints on one US Letter sheet with its
// facts and a QR code that opens the inquiry form; every page leaves off what only works
// on a screen, keeps a short identifier and prints where its links go; the FAQ prints
// every answer; /countries/ prints its list, not the map.
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readerPagePaths } from '../support/site';

/**
 * The pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree above them).
 * Chromium writes them as plain dictionaries; were it to hide them in compressed object
 * streams, this would count none and the tests below would fail rather than pass.
 */
function pdfPages(pdf: Buffer): string[] {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])[^]*?\/MediaBox\s*\[[^\]]*\]/g) ?? [];
}

/** The site's public origin as the build wrote it (SITE_URL): the page's canonical address. */
async function siteOrigin(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(canonical ?? '').origin;
}

test.describe('the one-page brief', () => {
  test('the partners page and the FAQ link to it', async ({ page }) => {
    for (const path of ['/partners/', '/faq/']) {
      await page.goto(path);
      await page.getByRole('link', { name: 'Print a one-page brief' }).click();
      await expect(page).toHaveURL(/\/brief\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('INL Police Partnerships: a one-page brief');
    }
  });

  test('prints on exactly one US Letter page', async ({ page }) => {
    await page.goto('/brief/');
    const pages = pdfPages(await page.pdf({ format: 'Letter' }));
    expect(pages).toHaveLength(1);
    // 8.5 × 11 inches, in PDF points.
    expect(pages[0]).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+612\s+792\s*\]/);

    // The count can fail: the FAQ, all answers open, runs over several sheets.
    await page.goto('/faq/');
    expect(pdfPages(await page.pdf({ format: 'Letter' })).length).toBeGreaterThan(1);
  });

  test('holds the facts, the addresses and a QR code to the inquiry form on paper', async ({ page }) => {
    // The printable width of a Letter sheet with the brief's half-inch margins.
    await page.setViewportSize({ width: 720, height: 960 });
    await page.goto('/brief/');
    await page.emulateMedia({ media: 'print' });
    const origin = await siteOrigin(page);
    const brief = page.getByRole('article', { name: 'INL Police Partnerships: a one-page brief' });

    const facts = [
      // What INL is, and what partners do.
      'helps keep Americans safe by building the capacity of partner nations',
      'play a significant role in building rule of law overseas',
      // The partner types.
      'Municipal police departments',
      'County sheriffs’ offices',
      'State and federal law enforcement agencies',
      'Forensic laboratories',
      'Standards and training organizations',
      // Cost, commitment, obligation, certification: every short answer.
      'reimbursed for all expenses',
      'as much of their time and staff as they are willing and able to commit',
      'Participation is voluntary',
      'Certification is not always required to participate.',
    ];
    for (const fact of facts) await expect(brief.getByText(fact)).toBeVisible();

    const steps = brief.getByRole('region', { name: 'How a partnership works' }).getByRole('listitem');
    await expect(steps).toHaveText([
      'Send an inquiry to INL/CAP',
      'Negotiate and sign a memorandum of understanding',
      'INL contacts the agency when a need arises',
      'Complete the paperwork',
      'The activity begins',
    ]);

    const inquiryUrl = `${origin}/inquiry/`;
    for (const address of [inquiryUrl, 'INLCAPPoliceTeam@state.gov', `${origin}/`]) {
      await expect(brief.getByRole('link', { name: address, exact: true })).toBeVisible();
    }
    // The sheet prints its addresses as text, once each.
    const after = await brief
      .getByRole('link', { name: inquiryUrl, exact: true })
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toBe('none');

    const qr = brief.getByRole('img', { name: `QR code that opens the inquiry form at ${inquiryUrl}` });
    await expect(qr).toBeVisible();
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(inquiryUrl);
  });

  test('on paper, each address stays on one line and no sentence runs on into the other column', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 960 });
    await page.goto('/brief/');
    await page.emulateMedia({ media: 'print' });
    const brief = page.getByRole('article', { name: 'INL Police Partnerships: a one-page brief' });
    const origin = await siteOrigin(page);
    // A box split across lines or columns has one client rectangle per piece.
    const pieces = (text: string) =>
      brief.getByText(text, { exact: true }).evaluate((element) => element.getClientRects().length);
    // Every paragraph, list item and answer of the two columns is read in one piece.
    const split = await brief.evaluate((article) =>
      [...article.querySelectorAll('p, li, dd')]
        .filter((element) => element.getClientRects().length > 1)
        .map((element) => element.textContent.trim().slice(0, 60)),
    );
    expect(split).toEqual([]);
    for (const address of [`${origin}/inquiry/`, 'INLCAPPoliceTeam@state.gov', `${origin}/`]) {
      expect(await pieces(address), address).toBe(1);
    }
  });

  test('a Print button prints the page, and is left off the paper', async ({ page }) => {
    // The browser fires beforeprint when its Print command starts, from a menu or a script.
    await page.addInitScript(() => {
      window.addEventListener('beforeprint', () => document.documentElement.setAttribute('data-printed', ''));
    });
    await page.goto('/brief/');
    await expect(page.getByText('use your browser’s Print command')).toBeHidden();
    const button = page.getByRole('button', { name: 'Print this brief' });
    await button.click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    await page.emulateMedia({ media: 'print' });
    await expect(button).toBeHidden();
  });
});

test.describe('the one-page brief without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says to use the browser’s Print command, and shows no dead button', async ({ page }) => {
    await page.goto('/brief/');
    await expect(
      page.getByText('To print it, use your browser’s Print command (Ctrl+P, or Command+P on a Mac).'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this brief' })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('use your browser’s Print command')).toBeHidden();
  });
});

test.describe('every page on paper', () => {
  for (const path of readerPagePaths()) {
    test(`${path} prints without the banner, skip link, navigation, search or inquiry buttons, with a short identifier`, async ({
      page,
    }) => {
      await page.goto(path);
      const screenOnly = [
        page.getByRole('region', { name: 'Official website of the United States government' }),
        page.getByRole('link', { name: 'Skip to main content' }),
        page.getByRole('navigation', { name: 'Primary' }),
        page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' }),
      ];
      // Each is there on screen, so that hidden on paper means left off, not missing.
      for (const part of screenOnly) await expect(part).toBeAttached();
      const inquiryButtons = page.getByRole('link', { name: 'Send an inquiry', exact: true });
      expect(await inquiryButtons.count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      for (const part of screenOnly) await expect(part).toBeHidden();
      for (const link of await inquiryButtons.all()) await expect(link).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const identifier = page.getByRole('region', { name: 'Agency identifier' });
      await expect(identifier).toBeVisible();
      await expect(identifier).toContainText('An official website of the U.S. Department of State');
      await expect(page.getByRole('navigation', { name: 'Important links' })).toBeHidden();
    });
  }

  test('a link in the main text prints its full address after its text', async ({ page }) => {
    await page.goto('/partners/');
    await page.emulateMedia({ media: 'print' });
    const origin = await siteOrigin(page);
    const link = page.getByRole('link', { name: 'Who is the INL point of contact?' });
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      `" (${origin}/faq/#point-of-contact)"`,
    );
    // An email link's text is its address already.
    const email = page.getByRole('main').getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' }).first();
    expect(await email.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });

  test('light text on a dark ground prints with its ground', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    const figures = page.getByRole('region', { name: 'The program in numbers' });
    await expect(figures).toBeVisible();
    // Browsers drop backgrounds on paper unless a rule keeps them, and this band's text is white.
    expect(await figures.evaluate((band) => getComputedStyle(band).printColorAdjust)).toBe('exact');
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`the FAQ prints every answer, closed ones too (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/faq/');
      const questions = page.getByRole('main').getByRole('group');
      await expect(questions).toHaveCount(9);
      // On screen the questions start closed: their answers are not shown.
      for (const question of await questions.all()) {
        await expect(question.getByRole('paragraph').first()).toBeHidden();
      }
      await page.emulateMedia({ media: 'print' });
      for (const question of await questions.all()) {
        await expect(question.getByRole('paragraph').first()).toBeVisible();
      }
      await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden();
      await context.close();
    });
  }

  test('the countries page prints the list of countries, not the map', async ({ page }) => {
    await page.goto('/countries/');
    await expect(page.getByRole('region', { name: 'Explore the map' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Explore the map' })).toBeHidden();
    const list = page.getByRole('region', { name: 'All countries receiving INL assistance, by region' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('link', { name: 'Kenya' })).toBeVisible();
  });
});
