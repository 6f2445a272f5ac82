/**
 * Public Sans cut to the characters the built site uses, so its fonts stay within the
 * page-weight budgets (tests/support/budgets.ts).
 *
 * After the build, before the stylesheets are purged (src/integrations/purge-css.ts), the
 * characters of every built page, script, data file and stylesheet (the last for
 * `content: "−"`), plus all of printable ASCII so a typed name in plain letters always
 * gets the face, are cut out of each Public Sans file the CSS declares (Fontsource's
 * Latin files) with subset-font (HarfBuzz's hb-subset). Each `@font-face` of the family
 * then becomes two faces with disjoint `unicode-range`s, so a browser downloads only the
 * ones the text on screen needs (Chromium fetches every face whose range holds a
 * character it is laying out while the first is still loading, so ranges must not
 * overlap):
 *
 * - the subset, named by its content hash, the only face a page of the site's own text
 *   downloads, and the one BaseLayout's preload links are pointed at;
 * - the full Latin file as before, for every other character (a typed "Ø" or "ß", words
 *   a script shows from the inquiry function's answer). Its range is written as a few
 *   runs around the subset's characters, to keep the stylesheet small: a character
 *   neither file has (Latin Extended's "Ł") may fetch it for nothing, then falls back to
 *   the system face glyph by glyph, as it did before the cut.
 *
 * `font-display: swap` replaces USWDS's hard-coded `fallback`, so that the text
 * paints at once in the fallback face (whose metrics the layout already allows for, see
 * tests/e2e/shell.spec.ts) instead of staying invisible for up to 100 ms.
 *
 * tests/build/fonts.test.ts proves the subset holds every character of every page's text.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fontace } from 'fontace';
import subsetFont from 'subset-font';
import { attribute, builtPages, readPage, writePage, type Element } from './built-html';
import { contentHash, type Step } from './pipeline';
import {
  codePointsOf,
  parseUnicodeRange,
  runsAround,
  toUnicodeRange,
  without,
  type CodePoints,
} from '../lib/unicode-range';

/** The folder Vite writes hashed assets to, under the build folder. */
const ASSETS = '_astro';

/** A Fontsource Latin file of Public Sans as Vite emits it: `public-sans-latin-400-normal.8Rpg0ruU.woff2`. */
const LATIN_FILE = /\/_astro\/public-sans-latin-(\d+)-(normal|italic)\.[\w-]+\.woff2/;

/** The subset files this step writes; tests/build/fonts.test.ts and the preload check find them by it. */
export const SUBSET_FILE = /\/_astro\/public-sans-subset-\d+-(?:normal|italic)\.[\w-]+\.woff2/;

/** Built files other than pages whose characters can reach the screen: scripts, data, stylesheets. */
const TEXT_FILES = /\.(js|json|css)$/;

/** Printable ASCII: always in the subset, so what a person types in plain letters uses the face. */
const ASCII = codePointsOf(String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)));

/** Characters that draw nothing; the subset has no use for them. */
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** Every character a built file can put on screen. */
async function siteCharacters(root: string): Promise<Set<number>> {
  const found = new Set<number>(ASCII);
  const add = (text: string) => {
    for (const character of text) if (!CONTROL.test(character)) found.add(character.codePointAt(0)!);
  };
  // A page's text with its character references decoded, its attributes and comments.
  for (const path of await builtPages(root)) for (const text of (await readPage(root, path)).characters()) add(text);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && TEXT_FILES.test(entry.name)) add(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

/** Whether `element` preloads a font (BaseLayout.astro's `<link rel="preload" as="font">`). */
function isFontPreload(element: Element): boolean {
  return attribute(element, 'rel') === 'preload' && attribute(element, 'as') === 'font';
}

/** Control characters and non-characters: in a font's cmap, never drawn. */
const UNDRAWN = (codePoint: number) =>
  codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || (codePoint & 0xfffe) === 0xfffe;

/** The characters a font file has glyphs for (its cmap, read by fontace), without those that draw nothing. */
export function fontCodePoints(font: Buffer): Set<number> {
  return new Set([...parseUnicodeRange(fontace(font).unicodeRange)].filter((codePoint) => !UNDRAWN(codePoint)));
}

/** One face of a family, the declarations of the original `@font-face` with a new source and range. */
function face(declarations: string, href: string, range: CodePoints): string {
  return `@font-face{${declarations};font-display:swap;src:url(${href}) format("woff2");unicode-range:${toUnicodeRange(range)}}`;
}

/** What one Latin file becomes: its two faces' files and ranges. */
interface Split {
  subset: { href: string; range: CodePoints };
  latin: { href: string; range: CodePoints };
}

export const fontSubset: Step = {
  name: 'font-subset',
  reads: ['pages', 'stylesheets', 'scripts'],
  writes: ['subset-fonts'],
  async run({ root, logger }) {
    const characters = await siteCharacters(root);
    const text = String.fromCodePoint(...characters);
    const splits = new Map<string, Split>();

    /** Cuts one Latin file (by its site path) once, however many stylesheets declare it. */
    const split = async (href: string): Promise<Split> => {
      const known = splits.get(href);
      if (known) return known;
      const [, weight = '', style = ''] = LATIN_FILE.exec(href) ?? [];
      const full = await readFile(join(root, href));
      const subset = await subsetFont(full, text, { targetFormat: 'woff2' });
      const subsetHref = `/${ASSETS}/public-sans-subset-${weight}-${style}.${contentHash(subset)}.woff2`;
      await writeFile(join(root, subsetHref), subset);
      const subsetRange = fontCodePoints(subset);
      const result: Split = {
        subset: { href: subsetHref, range: subsetRange },
        latin: { href, range: runsAround(without(fontCodePoints(full), subsetRange), subsetRange) },
      };
      splits.set(href, result);
      return result;
    };

    // Each stylesheet's @font-face rules for the Latin files, replaced by their three faces.
    const stylesheets = (await readdir(join(root, ASSETS))).filter((file) => file.endsWith('.css'));
    for (const file of stylesheets) {
      const path = join(root, ASSETS, file);
      const css = await readFile(path, 'utf8');
      let rewritten = '';
      let from = 0;
      for (const match of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
        const href = LATIN_FILE.exec(match[1]!)?.[0];
        if (!href) continue;
        const declarations = match[1]!
          .split(';')
          .map((declaration) => declaration.trim())
          .filter((declaration) => declaration && !/^(src|font-display|unicode-range)\s*:/.test(declaration))
          .join(';');
        const { subset, latin } = await split(href);
        rewritten += css.slice(from, match.index);
        rewritten += [latin, subset].map((part) => face(declarations, part.href, part.range)).join('');
        from = match.index + match[0].length;
      }
      if (from > 0) await writeFile(path, rewritten + css.slice(from));
    }
    if (splits.size === 0) throw new Error('font-subset: no stylesheet declares a Public Sans Latin file.');

    // The preloads (BaseLayout.astro) name the Latin files; the first screen uses the subsets.
    for (const path of await builtPages(root)) {
      const page = await readPage(root, path);
      for (const link of page.elementsNamed('link')) {
        if (!isFontPreload(link)) continue;
        const href = attribute(link, 'href') ?? '';
        const target = splits.get(href);
        if (!target) throw new Error(`font-subset: ${path} preloads ${href}, which no stylesheet declares.`);
        page.setAttribute(link, 'href', target.subset.href);
      }
      await writePage(root, path, page);
    }

    const sizes = await Promise.all(
      [...splits.values()].map(async ({ subset }) => (await readFile(join(root, subset.href))).length),
    );
    logger.info(
      `${characters.size} characters; ${splits.size} faces cut to ${sizes.map((size) => `${(size / 1024).toFixed(1)} KB`).join(', ')}`,
    );
  },
};
