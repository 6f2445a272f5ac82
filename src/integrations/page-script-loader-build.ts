/**
 * The page-script loader (page-script-loader.ts) as the pages carry it, and its SHA-256,
 * computed once and written to src/security/page-script-loader.generated.ts. Both
 * consumers import that module: the deferred-scripts step, which writes the loader into
 * every page, and src/security/headers.ts, whose policy allows it by its hash in
 * `_headers` and in the functions' responses (functions/api/_middleware.ts).
 *
 * `npm run build` writes the module first (scripts/page-script-loader.mjs), before
 * Astro or the tests load it. It is committed, so type checks, unit tests and
 * `wrangler pages dev` work on a fresh clone; tests/unit/page-script-loader.test.ts
 * fails when the committed module is not what this file makes of the source.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { format, resolveConfig } from 'prettier';

/** The loader as people read and edit it. */
export const LOADER_SOURCE = new URL('./page-script-loader.ts', import.meta.url);
/** The module that carries the minified loader and its hash to the build and the Worker. */
export const LOADER_MODULE = new URL('../security/page-script-loader.generated.ts', import.meta.url);

/** The loader minified (the same input always gives the same text), and the CSP source that allows it. */
export async function compileLoader(source: string): Promise<{ code: string; hash: string }> {
  const { code } = await transform(source, { loader: 'ts', minify: true, target: 'es2022', legalComments: 'none' });
  const text = code.trimEnd();
  return { code: text, hash: `'sha256-${createHash('sha256').update(text).digest('base64')}'` };
}

/** The text of the generated module, formatted as `prettier --check` expects. */
export async function loaderModule(source: string): Promise<string> {
  const { code, hash } = await compileLoader(source);
  const path = fileURLToPath(LOADER_MODULE);
  const text = [
    '// Written by `npm run build` from src/integrations/page-script-loader.ts',
    '// (src/integrations/page-script-loader-build.ts): edit the source, not this file.',
    '',
    '/** The inline script that starts each page script after the first paint, as every page carries it. */',
    `export const PAGE_SCRIPT_LOADER = ${JSON.stringify(code)};`,
    '',
    "/** The loader's SHA-256, as script-src allows it. */",
    `export const PAGE_SCRIPT_LOADER_HASH = ${JSON.stringify(hash)};`,
    '',
  ].join('\n');
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

/** Writes the generated module from the source; returns whether it changed. */
export async function writeLoaderModule(): Promise<boolean> {
  const text = await loaderModule(await readFile(LOADER_SOURCE, 'utf8'));
  const before = await readFile(LOADER_MODULE, 'utf8').catch(() => '');
  if (text === before) return false;
  await writeFile(LOADER_MODULE, text);
  return true;
}
