// What a page's scripts cost its first paint. Every one enhances HTML that
// works without it, so none is fetched before the page has painted: the hashed loader
// starts each (src/integrations/deferred-scripts.ts, ADR 0010). And each is a single request: nothing
// a page names imports another file before it runs, which would be one more round trip.
// (A chunk loaded later, like the map's, is imported with import() and is not counted.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_VARIABLES } from '../../src/config/build-env';
import { attribute, BuiltPage, textOf } from '../../src/integrations/built-html';
import { scriptsOf } from '../../src/integrations/deferred-scripts';
import { importsOf } from '../../src/integrations/purge-css';
import { PAGE_SCRIPT_LOADER } from '../../src/security/headers';
import { readerPages, distDir } from '../support/site';

const pages = readerPages();

describe('page scripts', () => {
  it('some page has a script, so these checks check something', () => {
    expect(pages.some((page) => scriptsOf(new BuiltPage(readFileSync(page.file, 'utf8'))).length > 0)).toBe(true);
  });

  // src/config/build-env.ts runs at build time only; a script that imported it (through
  // site.ts, once) carried its parsing of VDP_URL and the DAP settings to every reader.
  it('no script the browser loads reads the build environment', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const reading = scripts.filter((file) => {
      const text = readFileSync(join(distDir, '_astro', file), 'utf8');
      return BUILD_VARIABLES.some((name) => text.includes(name));
    });
    expect(reading).toEqual([]);
  });

  for (const page of pages) {
    const html = new BuiltPage(readFileSync(page.file, 'utf8'));
    if (scriptsOf(html).length === 0) continue;

    it(`${page.path}: each script is started by the loader, none by the HTML`, () => {
      const scripts = [...html.elementsNamed('script')];
      expect(
        scripts.flatMap((script) => attribute(script, 'src') ?? []).filter((src) => src.startsWith('/_astro/')),
      ).toEqual([]);
      const loaders = scripts.filter((script) => attribute(script, 'data-module') !== undefined);
      expect(loaders.length).toBe(scriptsOf(html).length);
      for (const loader of loaders) expect(textOf(loader)).toBe(PAGE_SCRIPT_LOADER);
    });

    it(`${page.path}: each script is one request, importing no other file`, () => {
      const chained = scriptsOf(html).filter(
        (src) => importsOf(readFileSync(join(distDir, src), 'utf8'), src, { staticOnly: true }).length > 0,
      );
      expect(chained).toEqual([]);
    });
  }
});
