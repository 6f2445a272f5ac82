import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileForPath, sitemapPaths, type BuiltPage } from '../support/site';

/** The public origin the build writes into canonical URLs and the sitemap (astro.config.mjs). */
const SITE_ORIGIN = new URL(process.env['SITE_URL'] ?? 'https://inl-police-partnerships.pages.dev').origin;

/** Link text that says nothing out of context (WCAG 2.4.4): a screen reader's list of links reads "here, here". */
const VAGUE_LINK_TEXT =
  /^(click here|here|click|read more|more|learn more|this|this link|link|go|details|continue)[.!]?$/i;

/** URL patterns the Pages Functions answer, from their file names (functions/api/inquiry.ts → /api/inquiry). */
const functionRoutes: RegExp[] = (() => {
  const root = join(import.meta.dirname, '../../functions');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js)$/.test(file) && !file.split(sep).pop()?.startsWith('_'))
    .map((file) => {
      const route = relative(root, join(root, file))
        .replace(/\.(ts|js)$/, '')
        .split(sep)
        .filter((segment) => segment !== 'index')
        .map((segment) =>
          segment.startsWith('[[')
            ? '.*'
            : segment.startsWith('[')
              ? '[^/]+'
              : segment.replace(/[.*+?^${}()|\\]/g, '\\$&'),
        )
        .join('/');
      return new RegExp(`^/${route}/?$`);
    });
})();

const validator = new HtmlValidate();
const parser = new Parser(await validator.getConfigFor('page.html'));
const documents = new Map<string, HtmlElement>();

function documentOf(page: Pick<BuiltPage, 'file'>): HtmlElement {
  let root = documents.get(page.file);
  if (!root) {
    root = parser.parseHtml(readFileSync(page.file, 'utf8'));
    documents.set(page.file, root);
  }
  return root;
}

/** Every id a fragment can point at in a document (ids and legacy named anchors). */
function anchorsOf(page: Pick<BuiltPage, 'file'>): Set<string> {
  const root = documentOf(page);
  return new Set([
    ...root.querySelectorAll('[id]').map((element) => element.id ?? ''),
    ...root.querySelectorAll('a[name]').map((element) => element.getAttributeValue('name') ?? ''),
  ]);
}

/** Checks one URL found on `page`; returns a problem, or undefined when it resolves. */
function checkUrl(page: BuiltPage, raw: string): string | undefined {
  if (/^(mailto|tel|data):/i.test(raw)) return undefined;
  const url = new URL(raw, new URL(page.path, SITE_ORIGIN));
  if (url.origin !== SITE_ORIGIN) return undefined;
  if (raw === '#') return 'an empty fragment "#" goes nowhere';
  if (functionRoutes.some((route) => route.test(url.pathname))) return undefined;
  const file = fileForPath(url.pathname);
  if (!file) return `${url.pathname} is not in the build`;
  if (url.hash && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!anchorsOf({ file }).has(id)) return `no element with id "${id}" on ${url.pathname}`;
  }
  return undefined;
}

const LINKING_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

describe('links in the built site', () => {
  const pages = builtPages();

  for (const page of pages) {
    it(`every internal link and fragment on ${page.path} resolves`, () => {
      const root = documentOf(page);
      const problems: string[] = [];
      for (const [selector, attribute] of LINKING_ATTRIBUTES) {
        for (const element of root.querySelectorAll(selector)) {
          const value = element.getAttributeValue(attribute);
          if (value === null) continue;
          const problem = checkUrl(page, value);
          if (problem) problems.push(`<${element.tagName} ${attribute}="${value}">: ${problem}`);
        }
      }
      // aria-controls, aria-describedby and label[for] point at ids on the same page.
      const ids = anchorsOf(page);
      for (const element of root.querySelectorAll(
        '[aria-controls], [aria-describedby], [aria-labelledby], label[for]',
      )) {
        for (const attribute of ['aria-controls', 'aria-describedby', 'aria-labelledby', 'for']) {
          for (const id of (element.getAttributeValue(attribute) ?? '').split(/\s+/).filter(Boolean)) {
            if (!ids.has(id)) problems.push(`<${element.tagName} ${attribute}="${id}">: no element with that id`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`links on ${page.path} say where they go`, () => {
      const vague = documentOf(page)
        .querySelectorAll('a[href]')
        .map((link) => ({
          href: link.getAttributeValue('href') ?? '',
          text: (link.getAttributeValue('aria-label') ?? link.textContent).replace(/\s+/g, ' ').trim(),
          hasImage: link.querySelectorAll('img[alt]').some((image) => Boolean(image.getAttributeValue('alt'))),
        }))
        .filter((link) => VAGUE_LINK_TEXT.test(link.text) || (link.text === '' && !link.hasImage))
        .map((link) => `"${link.text}" → ${link.href}`);
      expect(vague).toEqual([]);
    });
  }

  it('every sitemap URL is a built page', () => {
    const missing = sitemapPaths().filter((path) => !fileForPath(path)?.endsWith('.html'));
    expect(missing).toEqual([]);
  });

  it('robots.txt points at the sitemap, and a real 404 page exists', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/m);
    expect(fileForPath('/404.html')).toBeDefined();
  });
});
