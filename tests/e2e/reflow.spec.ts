// Text reflows (WCAG 1.4.10) and can be enlarged (WCAG 1.4.4) on every page of the built
// site and the 404 page: at 320 CSS px, and on a phone whose reader has set the browser's
// default font to 24 px (one and a half times the usual 16), nothing pushes the page
// sideways. A long word (an email address, a web address) must wrap, not overflow.
import { expect, test, type Page } from '@playwright/test';
import { readerPagePaths } from '../support/site';

/** An address no page has: Pages answers it with 404.html. */
const NOT_FOUND_PATH = '/no-such-page/';

/** The reader's default font size, set as a browser setting rather than by zooming. */
const LARGE_FONT = 24;

const READERS = [
  { name: '320 px', width: 320, height: 640, fontSize: undefined },
  { name: '390 px with a 24 px default font', width: 390, height: 844, fontSize: LARGE_FONT },
  { name: '320 px with a 24 px default font', width: 320, height: 640, fontSize: LARGE_FONT },
] as const;

/**
 * Sets the browser's own default font sizes (Chromium's Settings › Appearance › Font size),
 * which the site's rem-based type follows: the reader's choice, not a page zoom. The
 * setting lasts as long as the DevTools session, so the session is left open.
 */
async function setDefaultFontSize(page: Page, size: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } });
}

/**
 * What sticks out past the right edge, named so a failure says where to look: each run of
 * text that ends beyond it (a long word overflows its box, which itself stays in place)
 * and each visible element whose box does.
 */
function overflowing(width: number): string[] {
  const name = (element: Element) => {
    const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} "${text}"`;
  };
  const found = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent?.checkVisibility({ visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = Math.max(0, ...[...range.getClientRects()].map((rect) => rect.right));
    if (right > width + 0.5) found.add(`${name(parent)}: text ends at ${Math.round(right)} px`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const { right } = element.getBoundingClientRect();
    if (
      right > width + 0.5 &&
      ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5)
    ) {
      found.add(`${name(element)}: box ends at ${Math.round(right)} px`);
    }
  }
  return [...found];
}

for (const reader of READERS) {
  test.describe(`reflow at ${reader.name}`, () => {
    test.use({ viewport: { width: reader.width, height: reader.height }, isMobile: true, hasTouch: true });

    for (const path of [...readerPagePaths(), NOT_FOUND_PATH]) {
      test(`${path} needs no sideways scrolling`, async ({ page }) => {
        if (reader.fontSize) await setDefaultFontSize(page, reader.fontSize);
        await page.goto(path, { waitUntil: 'networkidle' });
        await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
        if (reader.fontSize) {
          // The setting took: the page's base size is the reader's.
          const base = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
          expect(base).toBe(`${reader.fontSize}px`);
        }
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const offenders = scrollWidth > reader.width ? await page.evaluate(overflowing, reader.width) : [];
        expect(scrollWidth, `wider than the screen:\n${offenders.join('\n')}`).toBeLessThanOrEqual(reader.width);
      });
    }
  });
}
