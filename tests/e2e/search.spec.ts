import { expect, test } from '@playwright/test';
import { holdScripts } from '../support/held-scripts';
import { READER_VIEWPORTS } from '../support/viewports';

// "reimbursed" stands in the FAQ's answer on cost and in the partners page's steps (the
// note on the last step); the FAQ ranks first, since the word is its subject there.
const REIMBURSED_RESULTS = /^2 results for “reimbursed”\.$/;

test.describe('site search', () => {
  test('searching from the header finds the page that has the word, offline', async ({ page }) => {
    // Offline: any request that leaves the local server fails the test.
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1:')) foreign.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('forensic');
    await page.getByRole('button', { name: 'Search', exact: true }).click();

    await expect(page).toHaveURL(/\/search\/\?q=forensic$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “forensic”\.$/);
    const results = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
    await expect(results.getByRole('link', { name: 'Partners and their work' })).toHaveAttribute('href', '/partners/');
    // The matched word is highlighted, and no page markup leaks in as text.
    await expect(results.locator('mark').first()).toHaveText(/forensic/i);
    await expect(results.first()).not.toContainText('<');
    // With JavaScript working, the "needs JavaScript" notice is gone.
    await expect(page.getByText('Searching needs JavaScript')).toBeHidden();
    expect(foreign).toEqual([]);
  });

  test('a new search on the search page updates the results and the address', async ({ page }) => {
    await page.goto('/search/?q=forensic');
    await expect(page.getByRole('status')).toContainText('“forensic”');
    const box = page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox');
    await box.fill('reimbursed');
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(REIMBURSED_RESULTS);
    await expect(page.getByRole('link', { name: 'Frequently asked questions' })).toHaveAttribute('href', '/faq/');
    await expect(page).toHaveURL(/q=reimbursed/);
  });

  test('opened without a query, the page loads no index until a word is sent', async ({ page }) => {
    // Pagefind's script, WebAssembly and index would double the page's weight (budgets.spec.ts).
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto('/search/', { waitUntil: 'networkidle' });
    expect(pagefind).toEqual([]);
    await expect(page.getByText('Searching needs JavaScript')).toBeHidden();

    const box = page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox');
    await box.fill('reimbursed');
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(REIMBURSED_RESULTS);
    expect(pagefind.length).toBeGreaterThan(0);
  });

  test('when the index cannot load, the page says so and the next search tries again', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=forensic');
    await expect(page.getByRole('status')).toHaveText('Search could not load. Choose from all pages below.');
    await expect(page.getByRole('navigation', { name: 'All pages' })).toBeVisible();

    await page.unroute('**/pagefind/**');
    await page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox').press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “forensic”\.$/);
  });

  test('after two failed loads, a third search still loads the index', async ({ page }) => {
    // Each failed attempt must really ask the server again: a browser that reuses its
    // failed module answers a retry without any request (whatwg/html#6768).
    const refused: string[] = [];
    await page.route('**/pagefind/pagefind.js*', async (route) => {
      refused.push(new URL(route.request().url()).search);
      await route.abort();
    });
    await page.goto('/search/?q=forensic');
    const status = page.getByRole('status');
    await expect(status).toHaveText('Search could not load. Choose from all pages below.');
    const searchbox = page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox');
    await searchbox.press('Enter');
    await expect.poll(() => refused.length).toBe(2);
    await expect(status).toHaveText('Search could not load. Choose from all pages below.');

    await page.unroute('**/pagefind/pagefind.js*');
    await searchbox.press('Enter');
    await expect(status).toHaveText(/^\d+ results? for “forensic”\.$/);
  });

  test('a word on no page says so', async ({ page }) => {
    await page.goto('/search/?q=zzyzxq');
    await expect(page.getByRole('status')).toHaveText(/^No results for “zzyzxq”\./);
  });

  test('the page does not move when the script arrives', async ({ page }) => {
    // The page's scripts are held back until it has been drawn without them.
    const release = await holdScripts(page);
    await page.goto('/search/', { waitUntil: 'commit' });
    const allPages = page.getByRole('navigation', { name: 'All pages' });
    await expect(allPages).toBeVisible();
    await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
    // With JavaScript on, the notice for readers without it never shows.
    await expect(page.getByText('Searching needs JavaScript')).toBeHidden();
    const before = await allPages.boundingBox();

    release();
    await page.waitForFunction(() => customElements.get('search-results') !== undefined);
    expect(await allPages.boundingBox()).toEqual(before);
  });
});

test.describe('site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and offers every page', async ({ page }) => {
    await page.goto('/search/?q=forensic');
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    const allPages = page.getByRole('navigation', { name: 'All pages' });
    for (const [name, href] of [
      ['Home', '/'],
      ['Partners', '/partners/'],
      ['FAQ', '/faq/'],
      ['Countries', '/countries/'],
      ['Send an inquiry', '/inquiry/'],
      ['Accessibility statement', '/accessibility/'],
      ['Privacy policy', '/privacy/'],
    ] as const) {
      await expect(allPages.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
  });
});

test.describe('site search leads into the FAQ', () => {
  for (const viewport of READER_VIEWPORTS) {
    test.describe(`at ${viewport.width} px`, () => {
      test.use({ viewport });

      test('a search for “reimbursed” links to the question that answers it, which opens', async ({ page }) => {
        const COST = 'How much will it cost my agency to partner with INL?';
        await page.goto('/search/?q=reimbursed');
        await expect(page.getByRole('status')).toHaveText(REIMBURSED_RESULTS);
        const result = page.getByRole('region', { name: 'Results' }).getByRole('listitem').first();
        const link = result.getByRole('link', { name: COST });
        await expect(link).toHaveAttribute('href', '/faq/#cost-question');
        await expect(result.locator('mark').first()).toHaveText(/reimbursed/i);

        await link.click();
        await expect(page).toHaveURL(/\/faq\/#cost-question$/);
        const question = page
          .getByRole('main')
          .locator('details')
          .filter({ has: page.getByRole('heading', { name: COST, exact: true }) });
        await expect(question).toHaveAttribute('open', '');
        await expect(page.getByText('INL partners are reimbursed for all expenses')).toBeInViewport();
      });
    });
  }
});
