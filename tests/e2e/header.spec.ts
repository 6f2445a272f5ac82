// The phone-first header: at phone width the navigation and the search sit
// behind a Menu button, so each page's heading starts near the top; the menu works with
// JavaScript on and off, closes on Escape, and the desktop header is laid out inline.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readerPagePaths } from '../support/site';
import { READER_VIEWPORTS } from '../support/viewports';
import { WCAG_TAGS } from '../support/wcag';

const [PHONE_SIZE, DESKTOP_SIZE] = READER_VIEWPORTS;
const PHONE = { viewport: PHONE_SIZE, isMobile: true, hasTouch: true };
/** The highest a page's <h1> may start at phone size: near the top, under the header. */
const MAX_HEADING_TOP = 260;

/**
 * Whether the browser's own accessibility tree (Chromium's, through the DevTools protocol)
 * says the named button is expanded: the popover's invoker gets its state from the browser,
 * not from an aria-expanded attribute a script would have to keep true.
 */
async function expandedState(page: Page, name: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((node) => !node.ignored && node.role?.value === 'button' && node.name?.value === name);
    if (!button) throw new Error(`No button named ${name} in the accessibility tree.`);
    const expanded = button.properties?.find((property) => property.name === 'expanded');
    return expanded === undefined ? undefined : Boolean(expanded.value.value);
  } finally {
    await cdp.detach();
  }
}

const primaryNav = (page: Page) => page.getByRole('navigation', { name: 'Primary' });
const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });

test.describe('at phone size', () => {
  test.use(PHONE);

  for (const path of readerPagePaths()) {
    test(`${path}: the heading starts within the top ${MAX_HEADING_TOP} px`, async ({ page }) => {
      await page.goto(path);
      await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
      const box = await page.getByRole('main').getByRole('heading', { level: 1 }).boundingBox();
      expect(box, 'the heading is laid out').not.toBeNull();
      expect(box!.y).toBeLessThanOrEqual(MAX_HEADING_TOP);
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('the Menu button shows the navigation and the search, and Escape hides them', async ({ page }) => {
        await page.goto('/partners/');
        await expect(primaryNav(page)).toBeHidden();
        await expect(page.getByRole('banner').getByRole('search')).toBeHidden();
        expect(await expandedState(page, 'Menu')).toBe(false);

        await menuButton(page).tap();
        await expect(primaryNav(page).getByRole('link', { name: 'Partners' })).toBeVisible();
        await expect(primaryNav(page).getByRole('link', { name: 'Partners' })).toHaveAttribute('aria-current', 'page');
        await expect(
          page.getByRole('banner').getByRole('search').getByRole('searchbox', { name: 'Search this site' }),
        ).toBeVisible();
        expect(await expandedState(page, 'Menu')).toBe(true);

        await page.keyboard.press('Escape');
        await expect(primaryNav(page)).toBeHidden();
        expect(await expandedState(page, 'Menu')).toBe(false);
      });

      test('a link in the menu and the search in it work', async ({ page }) => {
        await page.goto('/');
        await menuButton(page).tap();
        await primaryNav(page).getByRole('link', { name: 'FAQ' }).tap();
        await expect(page).toHaveURL(/\/faq\/$/);
        await expect(primaryNav(page)).toBeHidden();

        await menuButton(page).tap();
        await page.getByRole('searchbox', { name: 'Search this site' }).fill('sheriff');
        await page.getByRole('banner').getByRole('search').getByRole('button', { name: 'Search' }).tap();
        await expect(page).toHaveURL(/\/search\/\?q=sheriff$/);
      });

      test('the Close button and a tap outside close the menu', async ({ page }) => {
        await page.goto('/');
        await menuButton(page).tap();
        await page.getByRole('button', { name: 'Close' }).tap();
        await expect(primaryNav(page)).toBeHidden();

        await menuButton(page).tap();
        await expect(primaryNav(page)).toBeVisible();
        // The dimmed page to the left of the panel.
        await page.mouse.click(20, 600);
        await expect(primaryNav(page)).toBeHidden();
      });
    });
  }

  test('by keyboard: the menu opens from its button, is walked in order, and Escape returns to the button', async ({
    page,
  }) => {
    await page.goto('/');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(primaryNav(page)).toBeVisible();
    // Focus stays on the button; the panel's controls come next, in reading order.
    const order = [
      page.getByRole('button', { name: 'Close' }),
      page.getByRole('searchbox', { name: 'Search this site' }),
      page.getByRole('banner').getByRole('search').getByRole('button', { name: 'Search' }),
      primaryNav(page).getByRole('link', { name: 'Home' }),
      primaryNav(page).getByRole('link', { name: 'Partners' }),
    ];
    for (const control of order) {
      await page.keyboard.press('Tab');
      await expect(control).toBeFocused();
    }
    // The focused link shows the focus ring.
    const outline = await primaryNav(page)
      .getByRole('link', { name: 'Partners' })
      .evaluate((link) => getComputedStyle(link).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('Escape');
    await expect(primaryNav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    // Past the closed menu, the next stop is in the page itself.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });

  test('the open menu has no axe violation and stays visible with forced colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/faq/', { waitUntil: 'networkidle' });
    await expect(menuButton(page)).toBeVisible();
    await menuButton(page).tap();
    const nav = primaryNav(page);
    await expect(nav.getByRole('link', { name: 'Send an inquiry' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
    // The panel's edge is drawn in forced colours too (a border, not only a shadow or a tint).
    const edge = await page.locator('#site-menu').evaluate((panel) => {
      const style = getComputedStyle(panel);
      return { width: style.borderLeftWidth, colour: style.borderLeftColor, background: style.backgroundColor };
    });
    expect(edge.width).toBe('1px');
    expect(edge.colour).not.toBe(edge.background);

    await page.emulateMedia({ forcedColors: 'none' });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test.describe('at desktop size', () => {
  test.use({ viewport: DESKTOP_SIZE });

  test('the navigation and the search are shown without a Menu button', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Close' })).toHaveCount(0);
    await expect(primaryNav(page).getByRole('link', { name: 'Countries' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
    // One row of links under the search, as before.
    const tops = await primaryNav(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    const search = await page.getByRole('searchbox', { name: 'Search this site' }).boundingBox();
    expect(search!.y).toBeLessThan(tops[0]!);
  });
});

test.describe('the site title’s focus ring', () => {
  for (const viewport of READER_VIEWPORTS) {
    test(`at ${viewport.width} px, is drawn whole when the title is reached by keyboard`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
      const title = page.getByRole('banner').getByRole('link', { name: 'INL Police Partnerships' });
      // Tab from the top: past the skip link and the official-site banner, a few stops at most.
      for (let step = 0; step < 6 && !(await title.evaluate((link) => link === document.activeElement)); step += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(title).toBeFocused();
      const ring = await title.evaluate((link) => {
        const style = getComputedStyle(link);
        const box = link.getBoundingClientRect();
        return {
          colour: style.outlineColor,
          width: parseFloat(style.outlineWidth),
          offset: parseFloat(style.outlineOffset),
          box: { left: box.left, right: box.right, bottom: box.bottom },
        };
      });
      expect(ring.colour).toBe('rgb(36, 145, 255)');
      // The ring's lower edge, which the agency line right under the title once painted over:
      // each whole pixel row of it is the focus colour from end to end.
      const top = Math.ceil(ring.box.bottom + ring.offset);
      const bottom = Math.floor(ring.box.bottom + ring.offset + ring.width);
      const left = Math.ceil(ring.box.left);
      const clip = { x: left, y: top, width: Math.floor(ring.box.right) - left, height: bottom - top };
      expect(clip.height).toBeGreaterThan(0);
      const png = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
      let covered = 0;
      for (let index = 0; index < png.data.length; index += 4) {
        const [red, green, blue] = [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!];
        if (Math.abs(red - 36) > 12 || Math.abs(green - 145) > 12 || Math.abs(blue - 255) > 12) covered += 1;
      }
      expect(covered, `pixels of the ring's lower edge not in the focus colour`).toBe(0);
    });
  }
});
