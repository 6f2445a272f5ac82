// Every page's link preview has its own image, drawn at build time.
import { readFileSync, statSync } from 'node:fs';
import { HtmlValidate, Parser } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readerPages, fileForPath } from '../support/site';

/** The public origin the build writes into absolute URLs (astro.config.mjs). */
const SITE_ORIGIN = new URL(process.env['SITE_URL'] ?? 'https://inl-police-partnerships.pages.dev').origin;
/** Open Graph's large-image size, and the most a preview should have to fetch. */
const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 300 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size from its header: the signature, then the IHDR chunk with width and height. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG.`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const validator = new HtmlValidate();
const parser = new Parser(await validator.getConfigFor('page.html'));

describe('share images', () => {
  const pages = readerPages();

  it('are checked on every built page, the 404 page included', () => {
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/faq/', '/404.html']));
  });

  for (const page of pages) {
    it(`${page.path} names a ${WIDTH}×${HEIGHT} PNG of at most 300 KB, with a text alternative`, () => {
      const root = parser.parseHtml(readFileSync(page.file, 'utf8'));
      const meta = (selector: string) =>
        root.querySelectorAll(`meta[${selector}]`).map((element) => element.getAttributeValue('content') ?? '');

      const images = meta('property="og:image"');
      expect(images).toHaveLength(1);
      const url = new URL(images[0] ?? '');
      expect(url.origin).toBe(SITE_ORIGIN);
      const file = fileForPath(url.pathname);
      expect(file, `${url.pathname} is in the build`).toMatch(/\.png$/);
      if (!file) return;
      expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
      expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);

      expect(meta('property="og:image:width"')).toEqual([String(WIDTH)]);
      expect(meta('property="og:image:height"')).toEqual([String(HEIGHT)]);
      expect(meta('property="og:image:type"')).toEqual(['image/png']);
      const [alt] = meta('property="og:image:alt"');
      expect(alt?.trim()).toBeTruthy();
      // The text alternative names what the image shows: the page's title.
      expect(alt).toContain(meta('property="og:title"')[0]);
      expect(meta('name="twitter:card"')).toEqual(['summary_large_image']);
    });
  }

  it('differ from page to page: each is drawn from its own title', () => {
    const images = pages.map((page) => {
      const html = readFileSync(page.file, 'utf8');
      return /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    });
    expect(new Set(images).size).toBe(pages.length);
  });
});
