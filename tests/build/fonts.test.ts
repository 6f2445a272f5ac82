// Public Sans is cut to the characters the site uses (src/integrations/font-subset.ts).
// These checks read the fonts themselves (their cmap, with fontace), so new content with
// a character the subset lacks fails here instead of quietly painting in the fallback face.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, SUBSET_FILE } from '../../src/integrations/font-subset';
import { codePointsOf, common, parseUnicodeRange, without } from '../../src/lib/unicode-range';
import { paintedText } from '../support/page-text';
import { readerPages, distDir } from '../support/site';

interface Face {
  weight: string;
  style: string;
  href: string;
  range: Set<number>;
}

const FAMILY = 'Public Sans Web';

/** The Public Sans faces a stylesheet declares; every one of them names a unicode-range. */
function facesOf(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((match) => match[1]!)
    .filter((body) => body.includes(`font-family:${FAMILY}`))
    .map((body) => {
      const value = (name: string) => new RegExp(`${name}:\\s*([^;]+)`).exec(body)?.[1]?.trim() ?? '';
      const range = value('unicode-range');
      if (!range) throw new Error(`A ${FAMILY} face without a unicode-range: ${body}`);
      return {
        weight: value('font-weight'),
        style: value('font-style'),
        href: /url\(\s*["']?([^"')]+)/.exec(body)?.[1] ?? '',
        range: parseUnicodeRange(range),
      };
    });
}

const fontFile = (href: string) => readFileSync(join(distDir, href));
const name = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(codePoint)}"`;

/** What the painted text needs: every character that draws something. */
const needed = (text: string) =>
  new Set([...codePointsOf(text)].filter((codePoint) => !/\s/u.test(String.fromCodePoint(codePoint))));

describe('Public Sans, cut to the site’s characters (src/integrations/font-subset.ts)', () => {
  for (const page of readerPages()) {
    const html = readFileSync(page.file, 'utf8');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1] ?? '';
    const faces = () => facesOf(readFileSync(join(distDir, stylesheet), 'utf8'));

    it(`${page.path}: every character of its text is in the subset of each weight and style`, () => {
      const characters = needed(paintedText(html));
      const subsets = faces().filter((face) => SUBSET_FILE.test(face.href));
      expect(subsets.map((face) => `${face.weight} ${face.style}`).sort()).toEqual([
        '400 italic',
        '400 normal',
        '700 italic',
        '700 normal',
      ]);
      for (const face of subsets) {
        const missing = [...without(characters, fontCodePoints(fontFile(face.href)))].map(name);
        expect(missing, `${page.path} shows characters ${face.href} lacks`).toEqual([]);
      }
    });

    it(`${page.path}: each weight and style is the subset and the rest of the Latin file, in ranges that do not overlap`, () => {
      const byVariant = Map.groupBy(faces(), (face) => `${face.weight} ${face.style}`);
      expect(byVariant.size).toBe(4);
      for (const [variant, group] of byVariant) {
        expect(group, `${variant}: two faces`).toHaveLength(2);
        const subset = group.find((face) => SUBSET_FILE.test(face.href));
        const latin = group.find((face) => /\/public-sans-latin-\d+-(normal|italic)\.[\w-]+\.woff2$/.test(face.href));
        expect(Boolean(subset && latin), `${variant}: the subset and the Latin file`).toBe(true);
        if (!subset || !latin) continue;
        // The subset's range is exactly what its file draws: never a character it would miss.
        expect(subset.range).toEqual(fontCodePoints(fontFile(subset.href)));
        // While a face loads, Chromium fetches every other face whose range holds the same
        // character: an overlap would fetch the full Latin file beside the subset.
        expect([...common(subset.range, latin.range)].map(name), variant).toEqual([]);
        // Nothing the Latin file drew before the cut is left to the system face.
        const declared = new Set([...subset.range, ...latin.range]);
        expect([...without(fontCodePoints(fontFile(latin.href)), declared)].map(name), variant).toEqual([]);
      }
    });

    it(`${page.path}: preloads the upright subsets, the faces its first screen paints in`, () => {
      const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1]!);
      const upright = faces()
        .filter((face) => SUBSET_FILE.test(face.href) && face.style === 'normal')
        .map((face) => face.href);
      expect(preloads.toSorted()).toEqual(upright.toSorted());
    });
  }
});
