// The page-script loader is read and edited as src/integrations/page-script-loader.ts;
// the pages carry it minified, and the CSP allows it by the hash of that text. Both come
// from the generated module, which must be what the source makes today (the hash is
// checked against the text in security-headers.test.ts).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  compileLoader,
  LOADER_MODULE,
  LOADER_SOURCE,
  loaderModule,
} from '../../src/integrations/page-script-loader-build';

describe('the page-script loader', () => {
  it('is committed as the build generates it from its source (npm run build rewrites it)', async () => {
    const committed = await readFile(LOADER_MODULE, 'utf8');
    expect(committed).toBe(await loaderModule(await readFile(LOADER_SOURCE, 'utf8')));
  });

  it('is compiled the same way every time, and differently when its source changes', async () => {
    const source = await readFile(LOADER_SOURCE, 'utf8');
    const once = await compileLoader(source);
    expect(await compileLoader(source)).toEqual(once);
    const edited = await compileLoader(source.replace("'data-scripts-failed'", "'data-scripts-broken'"));
    expect(edited.code).toContain('data-scripts-broken');
    expect(edited.hash).not.toBe(once.hash);
  });
});
