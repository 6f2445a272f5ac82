// Install scripts run only for the exact versions someone reviewed: each approval in
// package.json's allowScripts names a version, and npm can check it. npm trusts a
// pinned version only through the lockfile's registry URL ("resolved"), never the
// tarball's own package.json, so the lockfile must keep those URLs (.npmrc).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  resolved?: string;
  hasInstallScript?: boolean;
  link?: boolean;
}
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };
const installed = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install-script approvals', () => {
  const approvals = Object.entries(pkg.allowScripts ?? {});

  it('each name an exact version (name-only would approve every future release unseen)', () => {
    expect(approvals.length).toBeGreaterThan(0);
    for (const [spec, allowed] of approvals) {
      expect(spec, spec).toMatch(/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+@\d+\.\d+\.\d+$/);
      expect(allowed, spec).toBe(true);
    }
  });

  it('cover exactly the locked packages that have install scripts, at their locked versions', () => {
    const withScripts = installed
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path, entry]) => `${nameOf(path)}@${entry.version ?? ''}`)
      .sort();
    expect(approvals.map(([spec]) => spec).sort()).toEqual(withScripts);
  });

  it('can be checked by npm: every locked package keeps its registry URL, and .npmrc keeps writing it', () => {
    const withoutUrl = installed.filter(([, entry]) => !entry.resolved).map(([path]) => path);
    expect(withoutUrl).toEqual([]);
    for (const [path, entry] of installed) {
      const name = nameOf(path);
      expect(entry.resolved, path).toBe(
        `https://registry.npmjs.org/${name}/-/${name.split('/').pop() ?? ''}-${entry.version ?? ''}.tgz`,
      );
    }
    expect(read('.npmrc')).toMatch(/^omit-lockfile-registry-resolved=false$/m);
  });
});
