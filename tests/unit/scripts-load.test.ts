// The npm scripts in scripts/ (build steps, serve, bench) run in plain Node, which loads
// their TypeScript modules by stripping the types and resolves no import without its file
// extension. Vite and vitest resolve one, so a module that only they ever load can lose
// its `.ts` and no other test notices: `npm run bench` once stopped at its first line
// that way. Here, Node itself loads every TypeScript module the scripts import, with all
// that those import in turn, without running any script.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const scriptsDir = join(import.meta.dirname, '../../scripts');
const scripts = readdirSync(scriptsDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mjs'))
  .map((name) => join(scriptsDir, name));

/** The TypeScript modules a script imports, by absolute path. */
const typeScriptImports = (script: string) =>
  [...readFileSync(script, 'utf8').matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)].map((match) =>
    resolve(dirname(script), match[1]!),
  );

describe('the scripts’ TypeScript modules, in plain Node', () => {
  const modules = [...new Set(scripts.flatMap(typeScriptImports))];

  it('are found in the scripts', () => {
    expect(scripts.length).toBeGreaterThan(3);
    expect(modules.some((path) => path.endsWith('tests/support/site.ts'))).toBe(true);
  });

  it('load, with every module they import', () => {
    const code = modules.map((path) => `await import(${JSON.stringify(path)});`).join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr.split('\n').find((line) => line.includes('Error')) ?? '').toBe('');
    expect(run.status).toBe(0);
  });
});
