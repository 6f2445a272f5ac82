import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { layoutShift } from '../support/layout-shift';
import countriesJson from '../../content/countries.json' with { type: 'json' };
import { BROCHURE_EDITION } from '../../src/schemas/brochure-edition';
import { listedCountries, REGIONS } from '../../src/schemas/country';
import { PHONE_BY_TOUCH } from '../support/viewports';

/** How many countries the list and map show: counted from the content, which may add or retire one. */
const COUNTRIES = listedCountries(countriesJson).length;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const map = (page: Page) => page.getByRole('region', { name: 'Map of countries receiving INL assistance' });
const details = (page: Page) => page.locator('#country-details');
const results = (page: Page) => page.getByRole('list', { name: 'Matching countries' });

/**
 * Scrolls to the map, as a reader does (it loads only once it nears the viewport), and
 * waits until it has drawn its countries as buttons.
 */
async function mapReady(page: Page): Promise<void> {
  await map(page).scrollIntoViewIfNeeded();
  await expect(map(page).getByRole('button', { name: 'Kenya', exact: true })).toBeVisible();
}

test.describe('the country map', () => {
  test('keyboard only: Tab reaches a country, Enter opens its details, Escape closes them and returns focus', async ({
    page,
  }) => {
    await page.goto('/countries/');
    await mapReady(page);
    // Tab from the top of the page until a country on the map has focus (bounded).
    let name: string | null = null;
    for (let i = 0; i < 80 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.country-map__canvas') && el.getAttribute('role') === 'button'
          ? el.getAttribute('aria-label')
          : null;
      });
    }
    expect(name, 'a country on the map received focus').toBeTruthy();
    const country = map(page).getByRole('button', { name: name!, exact: true });
    await expect(country).toBeFocused();
    await expect(country).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText(name!);
    await expect(heading).toBeFocused();
    await expect(details(page)).toContainText('Region');
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/#[a-z-]+$/);

    await page.keyboard.press('Escape');
    await expect(country).toBeFocused();
    await expect(country).toHaveAttribute('aria-expanded', 'false');
    await expect(heading).toHaveText('Country details');

    // Space works as well as Enter, and an arrow key reaches another country (the map is one tab stop).
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(next).toBeTruthy();
    expect(next).not.toBe(name);
    await page.keyboard.press(' ');
    await expect(heading).toHaveText(next!);
  });

  test('the search finds a country by an older name and opens it with Enter', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    const box = page.getByRole('searchbox', { name: 'Find a country' });
    await box.focus();
    await page.keyboard.type('Macedonia');
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 country matches.');
    await expect(results(page).getByRole('link', { name: 'North Macedonia', exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('North Macedonia');
    await expect(details(page)).toContainText('Macedonia');
    await expect(page).toHaveURL(/#north-macedonia$/);

    await box.fill('');
    await box.focus();
    await page.keyboard.type('Myanmar');
    const burma = results(page).getByRole('link', { name: 'Burma (Myanmar)' });
    await expect(burma).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(burma).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Burma');
    // Escape returns to the result that opened it.
    await page.keyboard.press('Escape');
    await expect(burma).toBeFocused();
  });

  test('a shared link /countries/#kenya opens Kenya on load, with its ILEA link where there is one', async ({
    page,
  }) => {
    await page.goto('/countries/#kenya');
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('Kenya');
    await expect(heading).toBeFocused();
    await expect(details(page)).toContainText('Africa');
    await expect(map(page).getByRole('button', { name: 'Kenya', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await page.goto('/countries/#hungary');
    await expect(heading).toHaveText('Hungary');
    await details(page).getByRole('link', { name: 'International Law Enforcement Academy Budapest' }).click();
    await expect(heading).toHaveText('International Law Enforcement Academy Budapest');
    await expect(details(page)).toContainText('Budapest');
  });

  test('an academy on the map opens by keyboard, with its host country linked', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    const budapest = map(page).getByRole('button', { name: 'ILEA: International Law Enforcement Academy Budapest' });
    await budapest.focus();
    await page.keyboard.press(' ');
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('International Law Enforcement Academy Budapest');
    await expect(details(page).getByRole('link', { name: 'Hungary' })).toHaveAttribute('href', '#hungary');
    await page.keyboard.press('Escape');
    await expect(budapest).toBeFocused();
    await budapest.press('Enter');
    await expect(heading).toHaveText('International Law Enforcement Academy Budapest');
  });

  test('list entries use the same links and open the country on the map', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    // The map points to the list, its full alternative.
    await expect(map(page)).toHaveAccessibleDescription(
      new RegExp(`names ${BROCHURE_EDITION.countries.length} countries and places`),
    );
    const entry = page.locator('li#cabo-verde');
    await expect(entry).toContainText('Cabo Verde (also “Cape Verde”)');
    await entry.getByRole('link', { name: 'Cabo Verde' }).click();
    await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Cabo Verde');
    await expect(page).toHaveURL(/#cabo-verde$/);
    // A small island state is a labelled marker on the map.
    await expect(map(page).getByRole('button', { name: 'Cabo Verde', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test('the legend says in words what each mark means, with counts', async ({ page }) => {
    await page.goto('/countries/');
    const legend = page.getByRole('region', { name: 'What the map shows' }).getByRole('listitem');
    await expect(legend).toHaveCount(5);
    await expect(legend).toContainText([
      `Blue country: receives INL assistance (${COUNTRIES} countries)`,
      `one of the ${BROCHURE_EDITION.mapLabels.length} places the brochure’s own map labels`,
      'Blue circle: a country too small to see at world scale (19)',
      'Dark square marked ILEA: an International Law Enforcement Academy or training center (6)',
      'Grey country: not on the list',
    ]);
  });

  test('the region filter narrows the map, and the arrow keys pass other countries by', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    await page.getByLabel('Show a region').selectOption('Western Hemisphere');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      /^Showing Western Hemisphere: \d+ countries\.$/,
    );
    // The map's one tab stop is the region's first country; Kenya is not one.
    await expect(map(page).getByRole('button', { name: 'Antigua and Barbuda', exact: true })).toHaveAttribute(
      'tabindex',
      '0',
    );
    await expect(map(page).getByRole('button', { name: 'Kenya', exact: true })).toHaveAttribute('tabindex', '-1');
    await map(page).getByRole('button', { name: 'Jamaica', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    // Jamaica, then (Kenya, Kosovo… skipped) Mexico.
    await expect(map(page).getByRole('button', { name: 'Mexico', exact: true })).toBeFocused();
  });

  test('loads nothing from another origin and fetches its data and shapes from its own', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/countries/');
    await mapReady(page);
    expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
    expect(requests).toContain(`${baseURL}/countries/map.json`);
  });

  test('the map appears without moving the page (no layout shift)', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    const shift = await layoutShift(page, 500);
    expect(shift).toBeLessThan(0.01);
  });

  test('axe finds no WCAG 2.2 AA violation with the map shown and a country open', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    const before = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(before.violations).toEqual([]);
    await map(page).getByRole('button', { name: 'Kenya', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Kenya');
    const after = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(after.violations).toEqual([]);
  });
});

test.describe('the country map at phone width', () => {
  test.use(PHONE_BY_TOUCH);

  test('the map fits, a tap opens a country, and the details are readable', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    const box = await map(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await map(page).getByRole('button', { name: 'Brazil', exact: true }).tap();
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('Brazil');
    await expect(heading).toBeInViewport();
    const panel = await details(page).boundingBox();
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });

  test('two fingers pinch-zoom the map and one finger drags it', async ({ page }) => {
    await page.goto('/countries/');
    await mapReady(page);
    await map(page).scrollIntoViewIfNeeded();
    const box = (await map(page).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const kenya = map(page).getByRole('button', { name: 'Kenya', exact: true });
    const before = (await kenya.boundingBox())!;
    // Real touch events through the DevTools protocol, as a phone's browser sends them.
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

    await touch('touchStart', [
      { x: x - 20, y },
      { x: x + 20, y },
    ]);
    for (let step = 1; step <= 6; step++) {
      await touch('touchMove', [
        { x: x - 20 - step * 15, y },
        { x: x + 20 + step * 15, y },
      ]);
    }
    await touch('touchEnd', []);
    // Zoomed in: Kenya is drawn larger than before.
    await expect.poll(async () => (await kenya.boundingBox())!.width).toBeGreaterThan(before.width * 1.3);

    // The zoom animation has settled once Kenya is drawn at the same place twice running.
    let previous = '';
    await expect
      .poll(async () => {
        const box = JSON.stringify(await kenya.boundingBox());
        const settled = box === previous;
        previous = box;
        return settled;
      })
      .toBe(true);
    const zoomed = (await kenya.boundingBox())!;
    await touch('touchStart', [{ x, y }]);
    for (let step = 1; step <= 6; step++) await touch('touchMove', [{ x: x - step * 10, y }]);
    await touch('touchEnd', []);
    // Dragged left: Kenya moves left with the finger.
    await expect.poll(async () => (await kenya.boundingBox())!.x).toBeLessThan(zoomed.x - 30);
  });
});

test.describe('the map loads when it is needed', () => {
  test.use(PHONE_BY_TOUCH);

  /** The map's script, its stylesheet and its data: none is needed to paint the first screen. */
  const MAP_FILES = /\/countries\/map\.json$|\/_astro\/map-(app|styles)\.[\w-]+\.(js|css)$/;

  test('a phone’s first screen loads no map; scrolling towards it draws it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/countries/', { waitUntil: 'networkidle' });
    expect(requests.filter((path) => MAP_FILES.test(path))).toEqual([]);
    await expect(map(page)).toHaveText('Loading the map…');
    await mapReady(page);
    expect(requests.filter((path) => MAP_FILES.test(path))).toHaveLength(3);
  });

  test('a malformed link (a lone %) opens nothing, and the map still draws', async ({ page }) => {
    await page.goto('/countries/#%');
    await mapReady(page);
    await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Country details');
    await expect(map(page).getByRole('button', { expanded: true })).toHaveCount(0);
  });

  test('a shared link opens its country at once, with no scrolling to the map', async ({ page }) => {
    await page.goto('/countries/#kenya');
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('Kenya');
    await expect(heading).toBeFocused();
    await expect(map(page).getByRole('button', { name: 'Kenya', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test('a region chosen, a name typed and Show pressed before the map has loaded all take effect', async ({ page }) => {
    // The map's data is held back until the reader has done all three.
    const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
    await page.route('**/countries/map.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/countries/');
    await page.getByLabel('Show a region').selectOption('Africa');
    const box = page.getByRole('searchbox', { name: 'Find a country' });
    await box.fill('Kenya');
    await box.press('Enter');
    // Show did not reload the page: what was typed is still there, and no country opened yet.
    await expect(box).toHaveValue('Kenya');
    await expect(page).toHaveURL(/\/countries\/$/);
    await expect(map(page)).toHaveText('Loading the map…');

    release(undefined);
    const heading = details(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText('Kenya');
    await expect(page).toHaveURL(/#kenya$/);
    await expect(results(page).getByRole('link', { name: 'Kenya', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      /^Showing Africa: \d+ countries\.$/,
    );
    await expect(map(page).getByRole('button', { name: 'Mexico', exact: true })).toHaveAttribute('data-dimmed', '');
  });
});

test.describe('the countries page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list is all there, with shareable anchors, and the map is not shown', async ({ page }) => {
    await page.goto('/countries/');
    await expect(
      page.getByRole('heading', { name: 'All countries receiving INL assistance, by region' }),
    ).toBeVisible();
    const entries = page.locator('li[data-country]');
    await expect(entries).toHaveCount(COUNTRIES);
    for (const region of REGIONS) {
      await expect(
        page.getByRole('heading', { level: 3, name: new RegExp(`^${region} \\(\\d+ countries\\)$`) }),
      ).toBeVisible();
    }
    await expect(page.locator('li#kenya').getByRole('link', { name: 'Kenya' })).toHaveAttribute('href', '#kenya');
    await expect(page.locator('li#north-macedonia')).toContainText('North Macedonia (also “Macedonia”)');
    // Provenance is said once, above the list; an entry carries it only where the list lacks the place.
    await expect(page.locator('li#sudan')).toContainText('On the brochure’s map only');
    await expect(page.locator('li#kenya')).toHaveText('Kenya');
    await expect(page.getByRole('heading', { name: 'International Law Enforcement Academies' })).toBeVisible();
    await expect(page.locator('li[data-ilea-entry]')).toHaveCount(6);
    await expect(map(page)).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Find a country' })).toBeHidden();
  });
});
