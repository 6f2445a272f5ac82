/**
 * The built site as the build checks and end-to-end tests see it: the folder, its
 * pages, the sitemap. Plain Node with no test-runner imports, so vitest, Playwright and
 * `npm run bench` share it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isPageApart } from '../../src/features/admin/shared/apart.ts';

/** The build folder: DIST_DIR (see README) or dist/. */
export const distDir = resolve(process.env['DIST_DIR'] ?? 'dist');

/** Fails loudly when there is no build to check, rather than passing over nothing. */
export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'sitemap-index.xml'))) {
    throw new Error(`No build in ${distDir}: run npm run build first.`);
  }
}

/** Every URL path the sitemap lists (`/`, `/faq/`...), read through sitemap-index.xml. */
export function sitemapPaths(): string[] {
  requireBuild();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const paths = locs(index).flatMap((sitemapUrl) => {
    const file = join(distDir, new URL(sitemapUrl).pathname);
    return locs(readFileSync(file, 'utf8')).map((pageUrl) => new URL(pageUrl).pathname);
  });
  if (paths.length === 0) throw new Error('The sitemap lists no page.');
  return paths;
}

/**
 * Every page a visitor can open: the sitemap's, plus any built page the sitemap leaves out
 * (a confirmation page kept out of search engines, say), so leaving a page out of the
 * sitemap never leaves it out of the end-to-end gates. The 404 page is not here: it is
 * reached at an unknown address, which the gates visit on their own.
 */
export function pagePaths(): string[] {
  const built = builtPages()
    .map((page) => page.path)
    .filter((path) => path !== '/404.html');
  return [...new Set([...sitemapPaths(), ...built])];
}

/** A built HTML page: its URL path and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Every HTML page in the build (the 404 page included), Pagefind's own files excepted. */
export function builtPages(): BuiltPage[] {
  requireBuild();
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => join(distDir, file));
  return files.map((file) => ({ path: urlPathOf(file), file })).sort((a, b) => a.path.localeCompare(b.path));
}

/** The URL path a built file is served at (`faq/index.html` → `/faq/`). */
export function urlPathOf(file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The file `wrangler pages dev` (and Cloudflare Pages) serves for a URL path, or
 * undefined: exact file, then `path/index.html`, then `path.html`.
 */
export function fileForPath(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const base = join(distDir, decoded);
  if (!base.startsWith(distDir)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, join(base, 'index.html'), `${base}.html`];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
}

/**
 * The pages a reader reads: every page but those apart from the public site (the content
 * editor, src/features/admin/shared/apart.ts). Only the gates that measure a reader's page use
 * it: page budgets, the one-file script rule, the pass without JavaScript, screenshots,
 * the 320 px reflow check, and the checks of the public page's own shell (its header,
 * footer links, print style, share image, font subsets and stylesheet). The others (no
 * foreign request, security headers and CSP, axe, valid HTML) visit every page.
 */
export const readerPagePaths = (): string[] => pagePaths().filter((path) => !isPageApart(path));

/** The built HTML pages a reader reads (see readerPagePaths). */
export const readerPages = (): BuiltPage[] => builtPages().filter((page) => !isPageApart(page.path));
