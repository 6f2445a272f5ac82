// Search as a reader asks it: a question in whole words, a misspelling, a word the
// brochure does not use. Common words must not pick the results or be highlighted; a
// near miss offers the word the index has; the content's synonym list leads words the
// brochure never uses to the page that answers them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import countriesJson from '../../content/countries.json' with { type: 'json' };
import { listedCountries } from '../../src/schemas/country';
import { WCAG_TAGS } from '../support/wcag';

const COMMITMENT = 'What level of commitment does INL require from U.S. police partners?';

/** The results region, and its results in order (each a page, with the parts of it that matched). */
function results(page: Page) {
  const region = page.getByRole('region', { name: 'Results' });
  // Top-level items only: a result's own parts are list items too.
  return { region, pages: region.getByRole('list').first().locator(':scope > li') };
}

test.describe('search understands a reader’s question', () => {
  test('“how long is a deployment” leads first to the FAQ answer on commitment, with no common word highlighted', async ({
    page,
  }) => {
    await page.goto('/search/?q=how%20long%20is%20a%20deployment');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “how long is a deployment”\.$/);
    const { region, pages } = results(page);
    const first = pages.first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Frequently asked questions');
    // The page's link, then its parts: the first part is the answer on commitment.
    const firstPart = first.getByRole('listitem').first();
    await expect(firstPart.getByRole('link')).toHaveText(COMMITMENT);
    await expect(firstPart.getByRole('link')).toHaveAttribute('href', '/faq/#commitment-question');
    await expect(firstPart.locator('mark').first()).toHaveText(/commit/i);

    // No highlight anywhere is a common word of the question.
    const marked = (await region.locator('mark').allTextContents()).map((text) =>
      text.toLowerCase().replace(/[^\p{L}]/gu, ''),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => ['a', 'an', 'and', 'as', 'at', 'are', 'is', 'how'].includes(word))).toEqual([]);
  });

  test('“sherrif” offers “Did you mean sheriff?”, whose link finds the county sheriffs', async ({ page }) => {
    await page.goto('/search/?q=sherrif');
    const status = page.getByRole('status');
    await expect(status).toContainText('Did you mean sheriff?');
    const suggestion = status.getByRole('link', { name: 'sheriff', exact: true });
    await expect(suggestion).toHaveAttribute('href', '/search/?q=sheriff');
    // The suggestion is a link inside the status, which must stay accessible (axe covers
    // the page opened empty; this is the state only a search shows).
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await suggestion.click();
    await expect(page).toHaveURL(/\/search\/\?q=sheriff$/);
    await expect(page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox')).toHaveValue('sheriff');
    await expect(status).toHaveText(/^\d+ results? for “sheriff”\.$/);
    const { region } = results(page);
    await expect(region.getByRole('link', { name: 'Who INL’s police partners are' })).toHaveAttribute(
      'href',
      '/partners/#partner-types',
    );
  });

  test('“Caribbean” reaches the list of Western Hemisphere countries, where the Caribbean ones are', async ({
    page,
  }) => {
    await page.goto('/search/?q=Caribbean');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Caribbean”\.$/);
    const { pages } = results(page);
    const link = pages.first().getByRole('link', { name: /^Western Hemisphere/ });
    await expect(link).toHaveAttribute('href', '/countries/#region-western-hemisphere');

    await link.click();
    await expect(page).toHaveURL(/\/countries\/#region-western-hemisphere$/);
    const region = page.getByRole('region', { name: /^Western Hemisphere/ });
    const caribbean = listedCountries(countriesJson)
      .filter((country) => country.subRegion === 'Caribbean')
      .map(({ name }) => name);
    expect(caribbean.length).toBeGreaterThan(0);
    for (const name of caribbean) {
      await expect(region.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  test('“sheriff’s department” leads first to the county sheriffs’ offices', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('sheriff’s department')}`);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “sheriff’s department”\.$/);
    const first = results(page).pages.first();
    const firstPart = first.getByRole('listitem').first();
    await expect(firstPart.getByRole('link')).toHaveAttribute('href', '/partners/#partner-types');
    // Its excerpt is the one about the county sheriffs, not the first "departments" on the page.
    await expect(firstPart.locator('mark').first()).toHaveText(/county|sheriff/i);
  });
});
