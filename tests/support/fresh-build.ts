// A fresh build of the site with some files changed, as CI would build a pull request
// that changes them: this checkout's tracked files are copied to a new folder (its
// dependencies linked, not copied), the changes written over them, and `astro build`
// run there, with its own output and cache folders. The checkout's own dist/ is left
// alone. Used by the editor's end-to-end test, on the file the editor saved.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');

/** A built copy of the site: its output folder, and a way to remove the whole copy. */
export interface FreshBuild {
  dist: string;
  remove(): void;
}

/** Builds the site with `changes` (path from the repository's root → new text); at most `timeoutMs`. */
export function freshBuild(changes: Record<string, string>, timeoutMs = 240_000): FreshBuild {
  const root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' }).split('\0');
    for (const path of tracked.filter((path) => path !== '' && existsSync(join(projectRoot, path)))) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      copyFileSync(join(projectRoot, path), join(root, path));
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    for (const [path, text] of Object.entries(changes)) writeFileSync(join(root, path), text);
    const dist = join(root, 'dist');
    execFileSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        DIST_DIR: dist,
        ASTRO_CACHE_DIR: join(root, '.astro-cache'),
      },
      stdio: 'pipe',
      timeout: timeoutMs,
    });
    return { dist, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
