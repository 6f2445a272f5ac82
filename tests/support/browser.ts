import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

/**
 * The one browser of every test and of the bench: the headless Chromium that the npm
 * package @sparticuz/chromium carries inside its tarball, pinned with its integrity in
 * package-lock.json, so `npm install` brings it with no download step of its own
 * (docs/adr/0006-browser-from-npm.md). Nothing else on the machine is consulted;
 * CHROMIUM_PATH may name another binary on purpose.
 *
 * Node 24 strips this module's types, so the bench (scripts/bench.mjs) imports it as is.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Flags: no network beyond loopback, no component updates, no sandbox (containers run as
 * root), no GPU (the package's SwiftShader is not unpacked; nothing here needs WebGL).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
];

/**
 * The path of the pinned Chromium, unpacked on first use into node_modules/.cache (so
 * `npm ci` starts it afresh). The package's own `executablePath()` unpacks into the shared
 * /tmp and returns whatever `/tmp/chromium` it finds there, of any version: this keeps the
 * binary per checkout and per version, and writes it under a temporary name first, so a
 * run interrupted halfway never leaves a truncated browser behind.
 */
export function chromiumExecutablePath(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH names ${override}, which does not exist.`);
    return override;
  }
  // The package exports only its entry point (build/index.js); its root is one folder up.
  const packageRoot = dirname(dirname(require.resolve('@sparticuz/chromium', { paths: [root] })));
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const binary = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`, 'chromium');
  if (existsSync(binary)) return binary;

  mkdirSync(dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(packageRoot, 'bin', 'chromium.br'))));
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return binary;
}

/** Playwright's launch options for the pinned browser. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS };
}
