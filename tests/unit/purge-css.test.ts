import { describe, expect, it } from 'vitest';
import { importsOf, withoutSelectors } from '../../src/integrations/purge-css';

describe('the chunks a page script imports (src/integrations/purge-css.ts)', () => {
  // As Vite writes them: a named import, an import for its effects only, and a chunk loaded later.
  const script = 'import{t as e}from"./a.B1.js";import"./b.C2.js";const m=()=>import("./map-app.X.js");';

  it('finds each, beside the script in /_astro/, so the purge reads the classes they add', () => {
    expect(importsOf(script, '/_astro/entry.js')).toEqual([
      '/_astro/a.B1.js',
      '/_astro/b.C2.js',
      '/_astro/map-app.X.js',
    ]);
  });

  it('tells apart those loaded before the script runs, which cost its first load a round trip', () => {
    expect(importsOf(script, '/_astro/entry.js', { staticOnly: true })).toEqual(['/_astro/a.B1.js', '/_astro/b.C2.js']);
  });
});

describe('rules a page cannot use (withoutSelectors)', () => {
  const css =
    '.usa-button{color:blue}.usa-button:disabled,.usa-button:hover{color:gray}' +
    '@media (forced-colors:active){.usa-button:disabled{color:graytext}}';

  it('drops the selectors it is given, keeps the rest of their rule, and drops a block left empty', () => {
    expect(withoutSelectors(css, /:disabled/)).toBe('.usa-button{color:blue}.usa-button:hover{color:gray}');
  });

  it('leaves CSS without such selectors as it was', () => {
    expect(withoutSelectors(css, /\[aria-expanded/)).toBe(css);
  });
});
