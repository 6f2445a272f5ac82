#!/usr/bin/env node
// Serves the built site (dist/) and its Pages Functions (functions/) with
// `wrangler pages dev`: the same workerd runtime as Cloudflare Pages, offline.
// Every documented variable set in the shell is passed to the functions as a
// binding; a .dev.vars file in the project root works too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Node 24 strips the types of this dependency-free module: one list for function and server.
import { VARIABLES } from '../src/inquiry/shared/variables.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8788';
const host = '127.0.0.1';

// DIST_DIR serves another build folder, so two checkouts' servers can run side by side.
const dist = process.env.DIST_DIR ?? 'dist';
// Local state of the functions' bindings (KV); tests point it at a fresh folder.
const persist = process.env.WRANGLER_PERSIST_DIR ?? '.wrangler/state';

if (!existsSync(new URL(`${dist}/index.html`, new URL('..', import.meta.url)))) {
  console.error('No build found in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

// EMAIL_TRANSPORT is this script's own decision, below.
const bindings = VARIABLES.filter((name) => name !== 'EMAIL_TRANSPORT' && process.env[name]).flatMap((name) => [
  '--binding',
  `${name}=${process.env[name]}`,
]);
// Without a Resend key, a local server writes each inquiry email to this log instead of
// sending it, so the whole flow can be tried with no account. Only this script sets the
// flag: a deployed function without a key answers 503 (src/inquiry/server/handler.ts).
if (!process.env.RESEND_API_KEY) {
  bindings.push('--binding', 'EMAIL_TRANSPORT=log');
  console.log('RESEND_API_KEY is not set: inquiry emails are written to this log, not sent.');
}

const args = [
  'pages',
  'dev',
  dist,
  '--ip',
  host,
  '--port',
  port,
  '--persist-to',
  persist,
  '--log-level',
  'info',
  ...bindings,
];

const env = {
  ...process.env,
  // Nothing phones home: no metrics, no request for Cloudflare's location data.
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  ASTRO_TELEMETRY_DISABLED: '1',
};

console.log(`Serving the site and its functions at http://${host}:${port}/`);
// The project's own wrangler, run by the project's own Node (see docs/adr/0001).
const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
