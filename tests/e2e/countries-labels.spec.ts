/**
 * The map's names and lines are placed for the view on the screen every time, whatever
 * view came before. A reader opens Kenya, then Kosovo, then Sudan (from the list below
 * the map, whose links open the place on the map and move the map to it), and at each
 * step, measured by the boxes the browser draws:
 * - every visible name lies inside the visible map;
 * - a line from a small state's circle ends on that place's own shape, inside the map;
 * - no visible name covers another;
 * - a name whose place is off the screen is hidden;
 * - the place just opened is on the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import countriesJson from '../../content/countries.json' with { type: 'json' };
import { listedCountries } from '../../src/schemas/country';

const map = (page: Page) => page.getByRole('region', { name: 'Map of countries receiving INL assistance' });
const heading = (page: Page) => page.locator('#country-details').getByRole('heading', { level: 3 });

/** The brochure map's names on the map today (a retired place is not drawn), and the place each names. */
const LABELLED = Object.fromEntries(
  listedCountries(countriesJson)
    .filter((c) => c.labelledOnBrochureMap)
    .map((c) => [c.brochureName, c.id]),
);

/** Where the map's marks are, in the page's CSS px: enough to tell when the map has stopped moving. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.map-brochure-label, .map-small-state, .map-leader')].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    });
    const moving = document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') !== null;
    return moving ? 'moving' : boxes.join(' ');
  });
}

/** Waits until the map is drawn the same way twice running, and not animating (bounded by expect's timeout). */
async function settled(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(async () => {
      const now = await snapshot(page);
      const same = now === previous && now !== 'moving';
      previous = now;
      return same;
    })
    .toBe(true);
}

/** Every break of the rules at the top of this file, in words. */
async function problems(page: Page, opened: string): Promise<string[]> {
  return page.evaluate(
    ({ labelled, opened }) => {
      const found: string[] = [];
      const frame = document.querySelector('.country-map__canvas')!.getBoundingClientRect();
      const EPSILON = 0.5;
      interface Box {
        left: number;
        top: number;
        right: number;
        bottom: number;
      }
      const inside = (b: Box) =>
        b.left >= frame.left - EPSILON &&
        b.right <= frame.right + EPSILON &&
        b.top >= frame.top - EPSILON &&
        b.bottom <= frame.bottom + EPSILON;
      const pointInside = (x: number, y: number, b: Box) =>
        x >= b.left - EPSILON && x <= b.right + EPSILON && y >= b.top - EPSILON && y <= b.bottom + EPSILON;
      const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const shown = (e: Element) => {
        const style = getComputedStyle(e);
        return style.visibility === 'visible' && style.display !== 'none' && e.getBoundingClientRect().width > 0;
      };
      /** A place's own shape: its control, or for a small state (whose control is its circle) the shape named for it. */
      const shapeOf = (id: string) =>
        document.querySelector(`path.map-country[data-place="${id}"], path.map-country[data-shape="${id}"]`);

      const labels = [...document.querySelectorAll('.map-brochure-label')];
      const visible = labels.filter(shown);
      for (const label of visible) {
        if (!inside(label.getBoundingClientRect()))
          found.push(`the name “${label.textContent}” reaches outside the map`);
      }
      for (let i = 0; i < visible.length; i++) {
        for (let j = i + 1; j < visible.length; j++) {
          if (overlaps(visible[i]!.getBoundingClientRect(), visible[j]!.getBoundingClientRect())) {
            found.push(`the names “${visible[i]!.textContent}” and “${visible[j]!.textContent}” overlap`);
          }
        }
      }
      for (const label of labels) {
        const id = labelled[label.textContent.trim()];
        const shape = id ? shapeOf(id) : null;
        if (!shape) {
          found.push(`no shape found for the name “${label.textContent}”`);
          continue;
        }
        const box = shape.getBoundingClientRect();
        const onScreen =
          box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
        if (!onScreen && shown(label))
          found.push(`the name “${label.textContent}” shows, but its place is off the screen`);
      }

      // Each line runs from a place (its first point) to the circle it has moved to (its last).
      for (const line of document.querySelectorAll<SVGPathElement>('path.map-leader')) {
        if (!line.getAttribute('d') || line.getTotalLength() === 0) continue;
        const matrix = line.getScreenCTM()!;
        const point = (at: number) =>
          new DOMPoint(line.getPointAtLength(at).x, line.getPointAtLength(at).y).matrixTransform(matrix);
        const start = point(0);
        const end = point(line.getTotalLength());
        const circle = document.elementsFromPoint(end.x, end.y).find((e) => e.matches('.map-small-state[data-place]'));
        const id = circle?.getAttribute('data-place');
        const name = circle?.getAttribute('aria-label') ?? 'a small state';
        if (!id) {
          found.push(`a line ends at (${Math.round(end.x)}, ${Math.round(end.y)}), on no circle`);
          continue;
        }
        if (!pointInside(start.x, start.y, frame)) found.push(`${name}’s line leaves the map`);
        const shape = shapeOf(id);
        if (!shape || !pointInside(start.x, start.y, shape.getBoundingClientRect())) {
          found.push(`${name}’s line does not end on ${name}`);
        }
      }

      const control = document.querySelector(`[data-place="${opened}"]`);
      if (!control || !inside(control.getBoundingClientRect()))
        found.push(`${opened}, just opened, is not on the screen`);
      return found;
    },
    { labelled: LABELLED, opened },
  );
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`the map's names at ${viewport.width} px`, () => {
    test.use({ viewport, ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}) });

    test('Kenya, then Kosovo, then Sudan: names and lines are placed for each view', async ({ page }) => {
      await page.goto('/countries/');
      await map(page).scrollIntoViewIfNeeded();
      await expect(map(page).getByRole('button', { name: 'Kenya', exact: true })).toBeVisible();
      for (const [id, name] of [
        ['kenya', 'Kenya'],
        ['kosovo', 'Kosovo'],
        ['sudan', 'Sudan'],
      ] as const) {
        // As a reader would: the country's link in the list below the map.
        await page.locator(`li#${id}`).getByRole('link', { name, exact: true }).click();
        await expect(heading(page)).toHaveText(name);
        await map(page).scrollIntoViewIfNeeded();
        await settled(page);
        expect(await problems(page, id), `after opening ${name}`).toEqual([]);
      }
    });
  });
}
