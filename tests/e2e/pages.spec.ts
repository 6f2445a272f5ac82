import { expect, test, type Page } from '@playwright/test';

/** Each content page: its path, h1, and the title in the browser tab. */
const pages = [
  { path: '/', h1: 'INL Police Partnerships', title: 'INL Police Partnerships' },
  { path: '/partners/', h1: 'Partners and their work', title: 'Partners and their work | INL Police Partnerships' },
  { path: '/faq/', h1: 'Frequently asked questions', title: 'Frequently asked questions | INL Police Partnerships' },
  {
    path: '/accessibility/',
    h1: 'Accessibility statement',
    title: 'Accessibility statement | INL Police Partnerships',
  },
  { path: '/privacy/', h1: 'Privacy policy', title: 'Privacy policy | INL Police Partnerships' },
  { path: '/search/', h1: 'Search', title: 'Search | INL Police Partnerships' },
] as const;

async function expectMetadata(page: Page, path: string) {
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(40);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(path);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`content pages, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const { path, h1, title } of pages) {
      test(`${path} has its heading, title, description and canonical URL`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page).toHaveTitle(title);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
        await expectMetadata(page, path);
      });
    }

    test('home shows the brochure sections, the key figures and the ways to inquire', async ({ page }) => {
      await page.goto('/');
      const main = page.getByRole('main');
      for (const heading of [
        'What is INL?',
        'What is an INL police partnership?',
        'What does it mean to be an INL police partner?',
        'What do INL police partners do?',
        'Who are INL’s police partners?',
      ]) {
        await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      const figures = main.getByRole('region', { name: 'The program in numbers' });
      await expect(figures.getByRole('listitem')).toHaveText([
        /^\s*Over 20\s+Memoranda of Understanding with U\.S\. law enforcement agencies\s*$/,
        /^\s*Over 80\s+countries whose senior law enforcement officers train at the International Law Enforcement Academies\s*$/,
      ]);
      const inquire = main.getByRole('region', { name: 'Interested in partnering with INL?' });
      await expect(inquire.getByRole('link', { name: 'Send an inquiry' })).toHaveAttribute('href', '/inquiry/');
      await expect(inquire.getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' })).toHaveAttribute(
        'href',
        'mailto:INLCAPPoliceTeam@state.gov',
      );
      await expect(main.getByRole('link', { name: 'Send an inquiry' }).first()).toHaveAttribute('href', '/inquiry/');
    });

    test('partners lists the five partner types and the kinds of work', async ({ page }) => {
      await page.goto('/partners/');
      const types = page.getByRole('region', { name: 'Who INL’s police partners are' });
      await expect(types.getByRole('heading', { level: 3 })).toHaveText([
        'Municipal police departments',
        'County sheriffs’ offices',
        'State and federal law enforcement agencies',
        'Forensic laboratories',
        'Standards and training organizations',
      ]);
      const work = page.getByRole('region', { name: 'What partners do' });
      await expect(work.getByRole('heading', { level: 3 })).toHaveText([
        'Mentoring, training, and advising overseas',
        'Hosting foreign officials at home',
        'Teaching at the International Law Enforcement Academies',
        'Pre-deployment training from INL/CAP',
      ]);
      await expect(work).toContainText('pre-deployment training program that prepares officers going overseas');
    });

    test('the accessibility statement gives a contact and a review date', async ({ page }) => {
      await page.goto('/accessibility/');
      await expect(page.getByRole('main')).toContainText('Section 508');
      await expect(page.getByRole('main').getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' })).toHaveAttribute(
        'href',
        'mailto:INLCAPPoliceTeam@state.gov',
      );
      await expect(page.getByText(/^\s*Last reviewed:\s+\w+ \d{1,2}, \d{4}\s*$/)).toBeVisible();
    });

    test('the privacy policy has the Privacy Act statement the inquiry form links to', async ({ page }) => {
      await page.goto('/privacy/#privacy-act-statement');
      const heading = page.getByRole('heading', { level: 2, name: 'Privacy Act statement' });
      await expect(heading).toHaveAttribute('id', 'privacy-act-statement');
      await expect(heading).toBeInViewport();
      await expect(page.getByRole('main')).toContainText('sets no cookies');
    });

    test('an unknown address answers 404 with search and every page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox')).toBeVisible();
      const links = page.getByRole('navigation', { name: 'Every page of this site' }).getByRole('link');
      await expect(links).toHaveCount(7);
    });
  });
}

test('pages without interaction ship no JavaScript', async ({ page }) => {
  for (const path of ['/', '/partners/', '/accessibility/', '/privacy/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
});
