/**
 * The map and the countries page as readers met them on phones and keyboards: the
 * search and what it opens, the map as one tab stop, taps, labels and the details.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import countriesJson from '../../content/countries.json' with { type: 'json' };
import { listedCountries } from '../../src/schemas/country';
import { PHONE_BY_TOUCH } from '../support/viewports';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Leaflet's window for a double tap (`delay` in its DomEvent.DoubleTap), with a margin. */
const DOUBLE_TAP_MS = 300;
const map = (page: Page) => page.getByRole('region', { name: 'Map of countries receiving INL assistance' });
const place = (page: Page, name: string) => map(page).getByRole('button', { name, exact: true });
const heading = (page: Page) => page.locator('#country-details').getByRole('heading', { level: 3 });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Find a country' });
const searchStatus = (page: Page) => page.getByRole('search', { name: 'Countries' }).getByRole('status');
const matches = (page: Page) => page.getByRole('list', { name: 'Matching countries' }).getByRole('link');
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** Scrolls to the map, as a reader does (it loads only once it nears the viewport), until it is drawn. */
async function mapReady(page: Page): Promise<void> {
  await map(page).scrollIntoViewIfNeeded();
  await expect(place(page, 'Kenya')).toBeAttached();
}

/** Opens the countries page and waits for its map, scrolled to as a reader would. */
async function openMap(page: Page): Promise<void> {
  await page.goto('/countries/');
  await mapReady(page);
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes of the brochure-map labels that can be seen, and of the academy marks. */
async function marks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.map-brochure-label, .map-ilea')]
      .filter((e) => getComputedStyle(e).visibility === 'visible' && getComputedStyle(e).display !== 'none')
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent.trim(), x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

async function overlaps(page: Page): Promise<string[]> {
  const boxes = await marks(page);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlap(boxes[i]!, boxes[j]!)) found.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
    }
  }
  return found;
}

for (const width of [320, 390]) {
  test.describe(`the country search at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });

    test('the search box is wide enough to read what is typed', async ({ page }) => {
      await page.goto('/countries/');
      const box = await page.getByRole('searchbox', { name: 'Find a country' }).boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(150);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}

test.describe('the map as one tab stop', () => {
  test('Tab enters at the first country and leaves; arrows, Home, End and letters move by name', async ({ page }) => {
    await openMap(page);
    await page.getByLabel('Show a region').focus();
    // Past the region filter: the skip link, then the map's one stop.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip the map' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(place(page, 'Afghanistan')).toBeFocused();
    // The next Tab leaves the map: its zoom buttons are no tab stops (plus and minus zoom
    // from any place), though they are still there to see and click.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.country-map__canvas')))).toBe(false);
    await expect(map(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(map(page).getByRole('button', { name: 'Zoom out' })).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await expect(place(page, 'Afghanistan')).toBeFocused();

    await page.keyboard.type('ke');
    await expect(place(page, 'Kenya')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(place(page, 'Kosovo')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(place(page, 'Kenya')).toBeFocused();
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Yemen');
    await page.keyboard.press('Home');
    await expect(place(page, 'Afghanistan')).toBeFocused();

    // An academy is in the same order, by its name.
    await page.keyboard.type('ilea');
    expect(await focusedName(page)).toBe('ILEA Regional Training Center Lima');

    // Enter opens, Escape returns; the chosen place is where Tab comes back in.
    await place(page, 'Kenya').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Kenya');
    await page.keyboard.press('Escape');
    await expect(place(page, 'Kenya')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(place(page, 'Kenya')).toBeFocused();
  });

  test('Skip the map goes to the country list', async ({ page }) => {
    await openMap(page);
    await page.getByRole('link', { name: 'Skip the map' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'All countries receiving INL assistance, by region' }),
    ).toBeFocused();
    // The list's own links come first: the list as files, then its countries.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Country list as CSV (for spreadsheets)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Country list as JSON' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('li[data-country] a').first()).toBeFocused();
  });

  test('a focused country shows a ring of at least 2 px around it, even Albania (3 × 8 px)', async ({ page }) => {
    await openMap(page);
    await place(page, 'Afghanistan').focus();
    await page.keyboard.type('alb');
    const albania = place(page, 'Albania');
    await expect(albania).toBeFocused();
    const ring = page.locator('.map-focus-ring');
    await expect(ring).toBeVisible();
    const shape = (await albania.boundingBox())!;
    const box = (await ring.boundingBox())!;
    expect(box.x).toBeLessThan(shape.x);
    expect(box.y).toBeLessThan(shape.y);
    expect(box.x + box.width).toBeGreaterThan(shape.x + shape.width);
    expect(box.y + box.height).toBeGreaterThan(shape.y + shape.height);
    const outline = await ring.evaluate((e) => parseFloat(getComputedStyle(e).outlineWidth));
    expect(outline).toBeGreaterThanOrEqual(2);
    // Shift+arrow pans the map and keeps focus where it was.
    const before = (await albania.boundingBox())!;
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await albania.boundingBox())!.x).toBeLessThan(before.x - 20);
    await expect(albania).toBeFocused();
  });

  test('the search finds the academies by name and city', async ({ page }) => {
    await openMap(page);
    const box = page.getByRole('searchbox', { name: 'Find a country' });
    const results = page.getByRole('list', { name: 'Matching countries' });
    await box.fill('Gaborone');
    await expect(results.getByRole('link')).toHaveText(['International Law Enforcement Academy Gaborone']);
    await box.fill('Roswell');
    await expect(results.getByRole('link')).toHaveText(['International Law Enforcement Academy Roswell']);
    await box.fill('ILEA');
    await expect(results.getByRole('link')).toHaveCount(6);
    // Six match and none is named "ILEA": Enter opens none of them, the reader chooses.
    await box.press('Enter');
    await expect(searchStatus(page)).toHaveText('6 places match. Choose one from the list.');
    await expect(heading(page)).toHaveText('Country details');
    await results.getByRole('link', { name: 'ILEA Regional Training Center Lima' }).click();
    await expect(heading(page)).toHaveText('ILEA Regional Training Center Lima');
  });
});

test.describe('the map on a phone', () => {
  test.use(PHONE_BY_TOUCH);

  test('a tap on each eastern Caribbean marker opens that country, not Trinidad and Tobago', async ({ page }) => {
    await openMap(page);
    await map(page).scrollIntoViewIfNeeded();
    for (const name of [
      'Dominica',
      'Saint Lucia',
      'Grenada',
      'Saint Vincent and the Grenadines',
      'Barbados',
      'Trinidad and Tobago',
    ]) {
      const box = (await place(page, name).boundingBox())!;
      // 10 px from the centre: inside a 24 × 24 px target.
      await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2);
      const tappedAt = await page.evaluate(() => Date.now());
      await expect(heading(page), `tap on ${name}`).toHaveText(name);
      await map(page).scrollIntoViewIfNeeded();
      // Leaflet reads two taps anywhere on the map within 200 ms as a double tap, and
      // zooms in: a person reads the details before the next tap, and so does this test.
      await page.waitForFunction(({ since, gap }) => Date.now() - since > gap, { since: tappedAt, gap: DOUBLE_TAP_MS });
    }
  });

  test('no two visible labels or academy marks overlap, zoomed out or in', async ({ page }) => {
    await openMap(page);
    const zoomIn = map(page).getByRole('button', { name: 'Zoom in' });
    for (let step = 0; step < 4; step++) {
      await expect.poll(() => overlaps(page)).toEqual([]);
      await zoomIn.click();
    }
    await expect.poll(() => overlaps(page)).toEqual([]);
  });

  test('with forced colours, the legend keeps its key', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/countries/');
    const swatch = (name: string): Locator => page.locator(`.legend-swatch--${name}`);
    await expect(swatch('assisted')).toHaveCSS('background-color', 'rgb(0, 94, 162)');
    await expect(swatch('labelled')).toHaveCSS('background-image', /repeating-linear-gradient/);
    await expect(swatch('small')).toHaveCSS('background-color', 'rgb(0, 94, 162)');
  });
});

test.describe('the details panel, for visitors', () => {
  test('Kenya: its region with a way to show it, and the academies of the region', async ({ page }) => {
    await page.goto('/countries/#kenya');
    await expect(heading(page)).toHaveText('Kenya');
    const panel = page.locator('#country-details');
    await expect(panel).toContainText('Africa');
    await expect(panel.getByRole('link', { name: 'International Law Enforcement Academy Gaborone' })).toBeVisible();
    // Styled as USWDS's unstyled button, a link in looks: the purge kept its rules, though only
    // the map's chunk, loaded when needed, names the class (src/integrations/purge-css.ts).
    const showRegion = panel.getByRole('button', { name: 'Show Africa on the map' });
    await expect(showRegion).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(showRegion).toHaveCSS('text-decoration-line', 'underline');
    await showRegion.click();
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      /^Showing Africa: \d+ countries\.$/,
    );
    await expect(page.getByLabel('Show a region')).toHaveValue('Africa');
  });

  test('Burma: its other names', async ({ page }) => {
    await page.goto('/countries/#burma');
    await expect(heading(page)).toHaveText('Burma');
    await expect(page.locator('#country-details')).toContainText('Myanmar');
  });

  test('the page says once where the list comes from, and the legend counts the listed countries', async ({ page }) => {
    await page.goto('/countries/');
    const text = await page.locator('main').innerText();
    expect(text.split('the INL Police Partnerships brochure of the U.S. Department of State').length - 1).toBe(1);
    await expect(page.getByRole('region', { name: 'What the map shows' })).toContainText(
      `(${listedCountries(countriesJson).length} countries)`,
    );
  });
});

test.describe('the finder opens what was asked for, or lets the reader choose', () => {
  test('"Sudan" opens Sudan, not South Sudan, and lists South Sudan too', async ({ page }) => {
    await openMap(page);
    await searchBox(page).fill('Sudan');
    await searchBox(page).press('Enter');
    await expect(heading(page)).toHaveText('Sudan');
    await expect(matches(page)).toHaveText(['Sudan', 'South Sudan']);
    await expect(page).toHaveURL(/#sudan$/);
    await expect(place(page, 'Sudan')).toHaveAttribute('aria-expanded', 'true');
    await expect(place(page, 'South Sudan')).toHaveAttribute('aria-expanded', 'false');
    await expect(searchStatus(page)).toHaveText('Sudan is selected. 1 other match is in the list.');
  });

  test('"Turkey" after Côte d’Ivoire: nothing matches, and Côte d’Ivoire is no longer shown', async ({ page }) => {
    await openMap(page);
    await searchBox(page).fill('Ivory Coast');
    await searchBox(page).press('Enter');
    await expect(heading(page)).toHaveText("Cote d'Ivoire");
    await expect(place(page, "Cote d'Ivoire")).toHaveAttribute('aria-expanded', 'true');

    // Typed by keyboard, letter by letter, as a reader does.
    await searchBox(page).fill('');
    await searchBox(page).focus();
    await page.keyboard.type('Turkey');
    await expect(heading(page)).toHaveText('Country details');
    await expect(place(page, "Cote d'Ivoire")).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/\/countries\/$/);
    const noMatch = 'No assisted country or academy matches that name, so none is selected on the map.';
    await expect(searchStatus(page)).toHaveText(noMatch);
    await expect(matches(page)).toHaveCount(0);
    // Focus stays where the reader is typing.
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(searchStatus(page)).toHaveText(noMatch);
    await expect(heading(page)).toHaveText('Country details');
  });

  test('"Gu" lists its three countries, opens none, and clears what was open; the reader chooses by keyboard', async ({
    page,
  }) => {
    await page.goto('/countries/#kenya');
    await expect(heading(page)).toHaveText('Kenya');
    await searchBox(page).focus();
    await page.keyboard.type('Gu');
    await expect(matches(page)).toHaveText(['Guatemala', 'Guinea', 'Guyana']);
    await expect(searchStatus(page)).toHaveText('3 countries match.');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Country details');
    await expect(place(page, 'Guatemala')).toHaveAttribute('aria-expanded', 'false');
    await expect(place(page, 'Kenya')).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/\/countries\/$/);
    await expect(searchStatus(page)).toHaveText('3 countries match. Choose one from the list.');
    await expect(searchBox(page)).toBeFocused();
    // Past Show, the list: the second match is two more Tabs away.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(matches(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Guinea');
    await expect(page).toHaveURL(/#guinea$/);
  });

  test('"Colmbia" finds and opens Colombia', async ({ page }) => {
    await openMap(page);
    await searchBox(page).fill('Colmbia');
    await expect(matches(page)).toHaveText(['Colombia']);
    await expect(searchStatus(page)).toHaveText(
      'No name is spelled exactly that way; 1 country with a similar name is listed.',
    );
    await searchBox(page).press('Enter');
    await expect(heading(page)).toHaveText('Colombia');
    await expect(page).toHaveURL(/#colombia$/);
  });

  for (const query of ['USA', 'United States']) {
    test(`"${query}" finds and opens the academy in Roswell`, async ({ page }) => {
      await page.goto('/countries/');
      await mapReady(page);
      await searchBox(page).fill(query);
      await expect(matches(page)).toHaveText([`International Law Enforcement Academy Roswell (${query})`]);
      await searchBox(page).press('Enter');
      await expect(heading(page)).toHaveText('International Law Enforcement Academy Roswell');
      await expect(page).toHaveURL(/#ilea-roswell$/);
    });
  }

  test('"Caribbean" lists the Caribbean countries, and only those', async ({ page }) => {
    await openMap(page);
    await searchBox(page).fill('Caribbean');
    await expect(matches(page)).toHaveText(
      [
        'Antigua and Barbuda',
        'The Bahamas',
        'Barbados',
        'Dominica',
        'Dominican Republic',
        'Grenada',
        'Haiti',
        'Jamaica',
        'Saint Kitts and Nevis',
        'Saint Lucia',
        'Saint Vincent and the Grenadines',
        'Trinidad and Tobago',
      ].map((name) => `${name} (Caribbean)`),
    );
    await expect(searchStatus(page)).toHaveText('12 countries match.');
    await searchBox(page).press('Enter');
    await expect(heading(page)).toHaveText('Country details');
  });
});

test.describe('the arrow keys with a region chosen', () => {
  /** The names the arrow keys reach from `start`, → pressed until they come back to it (bounded). */
  async function arrowCycle(page: Page, start: string): Promise<string[]> {
    await place(page, start).focus();
    const seen = [start];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('ArrowRight');
      const name = await focusedName(page);
      if (name === start || name === null) break;
      seen.push(name);
    }
    return seen;
  }

  test('from Burma under East Asia and Pacific, → stays in the region, its academy included', async ({ page }) => {
    await openMap(page);
    await page.getByLabel('Show a region').selectOption('East Asia and Pacific');
    expect(await arrowCycle(page, 'Burma')).toEqual([
      'Burma',
      'China',
      'Indonesia',
      'ILEA: International Law Enforcement Academy Bangkok',
      'Laos',
      'Malaysia',
      'Philippines',
      'Thailand',
      'Timor-Leste',
      'Vietnam',
    ]);
    // ← from the first goes to the region's last; End and Home stay in it too.
    await place(page, 'Burma').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Vietnam');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Burma');
    // All regions again: → from Burma reaches Burundi, outside the region.
    await page.getByLabel('Show a region').selectOption('');
    await place(page, 'Burma').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Burundi');
  });

  test('under Western Hemisphere, → reaches the academies of San Salvador and Lima, not Roswell', async ({ page }) => {
    await openMap(page);
    await page.getByLabel('Show a region').selectOption('Western Hemisphere');
    const names = await arrowCycle(page, 'Mexico');
    expect(names).toContain('ILEA: International Law Enforcement Academy San Salvador');
    expect(names).toContain('ILEA Regional Training Center Lima');
    expect(names).not.toContain('ILEA: International Law Enforcement Academy Roswell');
    expect(names).not.toContain('Kenya');
  });
});

test.describe('the finder on a phone, by touch', () => {
  test.use(PHONE_BY_TOUCH);

  test('a tap on Show lists "Gu", a tap on a match opens it; the page never scrolls sideways', async ({ page }) => {
    await openMap(page);
    await searchBox(page).tap();
    await searchBox(page).fill('Gu');
    await page.getByRole('button', { name: 'Show', exact: true }).tap();
    await expect(searchStatus(page)).toHaveText('3 countries match. Choose one from the list.');
    await expect(heading(page)).toHaveText('Country details');
    await matches(page).filter({ hasText: 'Guyana' }).tap();
    await expect(heading(page)).toHaveText('Guyana');
    await expect(page).toHaveURL(/#guyana$/);

    // The longest list, Caribbean, fits the width, and passes axe.
    await searchBox(page).fill('Caribbean');
    await expect(matches(page)).toHaveCount(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const results = await new AxeBuilder({ page }).include('country-map').withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});
