/**
 * A static estimate of what a built page costs to load, from the files themselves: the
 * HTML, the stylesheets it links, the fonts those stylesheets declare, the module
 * scripts it loads with their static imports, its images and icon, and the JSON data its
 * markup points at (a `data-*` attribute naming a .json file, as the map does).
 *
 * Honest about its limits: fonts count when the page can use them (upright faces always,
 * italic faces only when the page has an element browsers render italic, and a face with
 * a `unicode-range` only when the page's own text has a character in it, as browsers
 * download such faces; text a script shows later is not seen here); images a
 * stylesheet draws and files a script imports at run time (`import()`, fetch of a URL
 * built in code) are not counted here. tests/e2e/budgets.spec.ts and `npm run bench`
 * measure real transfers in Chromium (tests/support/transfers.ts) and catch those.
 *
 * Sizes are gzip (level 9) for text, raw for formats that are compressed already (WOFF2,
 * PNG, JPEG, WebP, AVIF, GIF), which is what a CDN sends.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { codePointsOf, parseUnicodeRange } from '../../src/lib/unicode-range.ts';
import { paintedText } from './page-text.ts';
import { fileForPath, type BuiltPage } from './site.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'data';

export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'data'];

export interface Resource {
  /** Path on the site. */
  url: string;
  kind: ResourceKind;
  /** Bytes on the wire. */
  bytes: number;
}

export interface PageWeight {
  resources: Resource[];
  byKind: Record<ResourceKind, number>;
  total: number;
}

const PRECOMPRESSED = new Set(['.woff2', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif']);

const KIND_BY_EXTENSION: Record<string, ResourceKind> = {
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.svg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.ico': 'image',
  '.json': 'data',
};

/** Elements browsers render in italics by default. */
const ITALIC_ELEMENTS = /<(em|i|cite|var|dfn|address)[\s>]/i;

/** Bytes a body costs on the wire, given its file name or URL path. */
export function compressedSize(body: Buffer, name: string): number {
  return PRECOMPRESSED.has(extname(name).toLowerCase()) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Bytes a built file costs on the wire. */
export function wireBytes(file: string): number {
  return compressedSize(readFileSync(file), file);
}

function attributeValues(html: string, tag: string, attribute: string): { tag: string; value: string }[] {
  const found: { tag: string; value: string }[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(match[0]);
    const raw = value?.[1] ?? value?.[2] ?? value?.[3];
    if (raw) found.push({ tag: match[0], value: raw });
  }
  return found;
}

/** Same-origin path of a URL written in a page or file at `base`, or undefined for another origin. */
function sitePath(url: string, base: string): string | undefined {
  const resolved = new URL(url, new URL(base, 'https://site.invalid'));
  return resolved.origin === 'https://site.invalid' ? resolved.pathname : undefined;
}

/** The static imports of a built module script (`import{a}from"./x.js"`, `export*from"./y.js"`). */
function staticImports(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:^|[;}\s)])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...source.matchAll(/(?:^|[;}\s)])export\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g),
  ];
  return specifiers.map((match) => match[1]!);
}

/** Estimates what loading `page` transfers, by kind of resource. */
export function estimatePageWeight(page: BuiltPage): PageWeight {
  const html = readFileSync(page.file, 'utf8');
  const resources = new Map<string, Resource>();
  const missing: string[] = [];

  const add = (path: string, kind?: ResourceKind): string | undefined => {
    const file = fileForPath(path);
    if (!file) {
      missing.push(path);
      return undefined;
    }
    if (!resources.has(path)) {
      resources.set(path, {
        url: path,
        kind: kind ?? KIND_BY_EXTENSION[extname(file)] ?? 'data',
        bytes: wireBytes(file),
      });
    }
    return file;
  };

  add(page.path, 'html');

  const usesItalic = ITALIC_ELEMENTS.test(html);
  const characters = codePointsOf(paintedText(html));
  const addStylesheet = (path: string) => {
    if (resources.has(path)) return;
    const file = add(path, 'css');
    if (!file) return;
    const css = readFileSync(file, 'utf8');
    for (const imported of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s]+)/g)) {
      const target = sitePath(imported[1]!, path);
      if (target) addStylesheet(target);
    }
    for (const face of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const body = face[1]!;
      if (/font-style:\s*italic/.test(body) && !usesItalic) continue;
      const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
      if (range && ![...parseUnicodeRange(range)].some((codePoint) => characters.has(codePoint))) continue;
      // The first source a browser supports is the one it downloads: WOFF2 comes first.
      const source = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
      const target = source && sitePath(source, path);
      if (target) add(target, 'font');
    }
  };

  const addModule = (path: string) => {
    if (resources.has(path)) return;
    const file = add(path, 'js');
    if (!file) return;
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const target = sitePath(specifier, path);
      if (target) addModule(target);
    }
  };

  for (const { tag, value } of attributeValues(html, 'link', 'href')) {
    const rel = /\srel=["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const target = sitePath(value, page.path);
    if (!target) continue;
    if (rel.split(/\s+/).includes('stylesheet')) addStylesheet(target);
    else if (rel.includes('modulepreload')) addModule(target);
    else if (/\b(icon|preload)\b/.test(rel)) add(target);
  }
  for (const { value } of attributeValues(html, 'script', 'src')) {
    const target = sitePath(value, page.path);
    if (target) addModule(target);
  }
  for (const { value } of attributeValues(html, 'img', 'src')) {
    const target = sitePath(value, page.path);
    if (target) add(target, 'image');
  }
  for (const match of html.matchAll(/\sdata-[\w-]+=["']([^"']+\.json)["']/g)) {
    const target = sitePath(match[1]!, page.path);
    if (target) add(target, 'data');
  }

  if (missing.length > 0) throw new Error(`${page.path} loads files missing from the build: ${missing.join(', ')}`);

  const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, 0])) as Record<ResourceKind, number>;
  for (const resource of resources.values()) byKind[resource.kind] += resource.bytes;
  const total = RESOURCE_KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
  return { resources: [...resources.values()], byKind, total };
}
