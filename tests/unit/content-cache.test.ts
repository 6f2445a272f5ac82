// Astro keeps parsed content entries in a cache between builds, and decides whether to
// reuse them from the text of src/content.config.ts alone: a schema changed in
// src/schemas/ would leave the build serving entries parsed by the old one. The build
// command forces a fresh sync instead. Here, on a copy of the project, a build fills the
// cache, a schema changes, and the next build with the same cache must show the change.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
/** The Astro step of `npm run build`, as package.json spells it: the flag under test is the build's own. */
const astroBuild = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: { build: string } }
).scripts.build
  .split('&&')
  .map((step) => step.trim())
  .find((step) => /\bastro build\b/.test(step));
/** One build of this site takes about a minute on a shared machine; twice that is a failure. */
const BUILD_LIMIT_MS = 240_000;

let copy: string;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'content-cache-'));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(repo, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function build() {
  execFileSync('sh', ['-c', astroBuild!], {
    cwd: copy,
    timeout: BUILD_LIMIT_MS,
    stdio: 'pipe',
    env: {
      ...process.env,
      PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      // The copy's own cache and output, not the checkout's (node_modules is shared).
      ASTRO_CACHE_DIR: join(copy, '.cache'),
      DIST_DIR: join(copy, 'dist'),
    },
  });
}

it(
  'a schema change reaches the next build without touching src/content.config.ts',
  () => {
    expect(astroBuild, "package.json's build has no astro build step").toBeDefined();
    build();
    expect(existsSync(join(copy, '.cache', 'data-store.json')), 'the first build left no content cache').toBe(true);
    const home = () => readFileSync(join(copy, 'dist', 'partners', 'index.html'), 'utf8');
    expect(home()).not.toContain('(schema changed)');

    const schema = join(copy, 'src/schemas/page.ts');
    const before = readFileSync(schema, 'utf8');
    const after = before.replace(
      "title: text('The page title'),",
      "title: text('The page title').transform((title) => `${title} (schema changed)`),",
    );
    expect(after, 'the page schema no longer reads as this test expects').not.toBe(before);
    writeFileSync(schema, after);

    build();
    expect(home()).toContain('(schema changed)');
  },
  2 * BUILD_LIMIT_MS + 30_000,
);
