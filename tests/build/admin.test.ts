// The content editor in the build: self-hosted (no address of a CDN or other origin left
// in its files), and apart from the public site (not in the sitemap or the search index,
// no public page links to it or loads its files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PATH, isPageApart } from '../../src/features/admin/shared/apart';
import { FOREIGN_ORIGINS } from '../../src/features/admin/build/build-editor';
import { builtPages, distDir, sitemapPaths } from '../support/site';

const adminDir = join(distDir, ADMIN_PATH);
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe('the content editor’s build', () => {
  it('is at /admin/, with its script as a file', () => {
    const html = readFileSync(join(adminDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/admin\/assets\/[\w-]+\.js"><\/script>/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('names no other origin its screens would load from', () => {
    const found = filesUnder(adminDir).flatMap((file) => {
      const text = readFileSync(file).toString('latin1');
      return FOREIGN_ORIGINS.filter((origin) => text.includes(origin)).map((origin) => `${file}: ${origin}`);
    });
    expect(found).toEqual([]);
  });

  it('is in neither the sitemap nor the search index', () => {
    expect(sitemapPaths().filter(isPageApart)).toEqual([]);
    const index = filesUnder(join(distDir, 'pagefind')).filter((file) => file.endsWith('.pf_fragment'));
    expect(index.length).toBeGreaterThan(0);
    expect(readFileSync(join(adminDir, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('is linked and loaded by no public page', () => {
    const publicPages = builtPages().filter((page) => !isPageApart(page.path));
    expect(publicPages.length).toBeGreaterThan(5);
    const leading = publicPages.filter((page) => readFileSync(page.file, 'utf8').includes(ADMIN_PATH));
    expect(leading.map((page) => page.path)).toEqual([]);
  });
});
