// Astro keeps parsed content entries in a cache between builds, and decides whether to
// reuse them from the text of src/content.config.ts alone: a schema changed in
// src/schemas/ would leave the build serving entries parsed by the old one. The build
// command forces a fresh sync instead. Here, on a copy of the project, a build fills the
// cache, a schema changes, and the next build with the same cache must show the change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ASTRO_BUILD_STEP, BUILD_LIMIT_MS, copyProject, type ProjectCopy } from '../support/project-copy';

let copy: ProjectCopy;
beforeAll(() => {
  copy = copyProject();
});
afterAll(() => copy.remove());

it(
  'a schema change reaches the next build without touching src/content.config.ts',
  () => {
    expect(ASTRO_BUILD_STEP, "package.json's build has no astro build step").toBeDefined();
    copy.build();
    expect(existsSync(join(copy.cache, 'data-store.json')), 'the first build left no content cache').toBe(true);
    const home = () => readFileSync(join(copy.dist, 'partners', 'index.html'), 'utf8');
    expect(home()).not.toContain('(schema changed)');

    const schema = join(copy.root, 'src/schemas/page.ts');
    const before = readFileSync(schema, 'utf8');
    const after = before.replace(
      "title: text('The page title'),",
      "title: text('The page title').transform((title) => `${title} (schema changed)`),",
    );
    expect(after, 'the page schema no longer reads as this test expects').not.toBe(before);
    writeFileSync(schema, after);

    copy.build();
    expect(home()).toContain('(schema changed)');
  },
  2 * BUILD_LIMIT_MS + 30_000,
);
