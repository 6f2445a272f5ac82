// A copy of the project, to build with changes apart from the checkout: the parts the
// site's build reads are copied, node_modules is linked, and the Astro step of
// `npm run build` (as package.json spells it, so its flags are the build's own) runs
// there with the copy's own cache and output. The checkout's dist/ and cache are left
// alone. Used where a test must see what a build makes of changed files: a schema
// (tests/unit/content-cache.test.ts), or a file the editor saved (tests/e2e/admin-edit.spec.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');

/** What the site's build reads, beside node_modules. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The Astro step of `npm run build`, as package.json spells it (undefined if it has none). */
export const ASTRO_BUILD_STEP = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: { build: string } }
).scripts.build
  .split('&&')
  .map((step) => step.trim())
  .find((step) => /\bastro build\b/.test(step));

/** One build of this site takes under a minute on a shared machine; four is a failure. */
export const BUILD_LIMIT_MS = 240_000;

export interface ProjectCopy {
  /** The copy's root, its build's output and its content cache. */
  root: string;
  dist: string;
  cache: string;
  /** Writes `text` to `path` (from the project's root) in the copy. */
  write(path: string, text: string): void;
  /** Runs the Astro step of the site's build in the copy. */
  build(): void;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'project-copy-'));
  for (const part of BUILD_INPUTS) cpSync(join(repo, part), join(root, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  const dist = join(root, 'dist');
  const cache = join(root, '.cache');
  return {
    root,
    dist,
    cache,
    write: (path, text) => writeFileSync(join(root, path), text),
    build() {
      if (!ASTRO_BUILD_STEP) throw new Error("package.json's build has no astro build step");
      execFileSync('sh', ['-c', ASTRO_BUILD_STEP], {
        cwd: root,
        timeout: BUILD_LIMIT_MS,
        stdio: 'pipe',
        env: {
          ...process.env,
          PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
          // The copy's own cache and output, not the checkout's (node_modules is shared).
          ASTRO_CACHE_DIR: cache,
          DIST_DIR: dist,
        },
      });
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
