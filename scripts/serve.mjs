#!/usr/bin/env node
// Serves the built site (dist/) and its Pages Functions (functions/) with
// `wrangler pages dev`: the same workerd runtime as Cloudflare Pages, offline.
// Every variable set in the shell (README, Configuration) reaches the functions
// through wrangler's environment, never as command-line arguments, which any local
// user could read in `ps`. A .dev.vars file in the project root works too; wrangler then
// reads it instead of the environment.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8788';
const host = '127.0.0.1';
// https serves with a self-signed certificate wrangler makes offline. Browsers send
// Reporting API reports (the CSP's report-to) only to an https endpoint, so the test of
// a real violation uses it; everything else is plain http on loopback.
const protocol = process.env.LOCAL_PROTOCOL === 'https' ? 'https' : 'http';

// DIST_DIR serves another build folder, so two checkouts' servers can run side by side.
const dist = process.env.DIST_DIR ?? 'dist';
// Local state of the functions' bindings (the D1 database); tests point it at a fresh folder.
const persist = process.env.WRANGLER_PERSIST_DIR ?? '.wrangler/state';

if (!existsSync(new URL(`${dist}/index.html`, new URL('..', import.meta.url)))) {
  console.error('No build found in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

// Without a Resend key, a local server writes each inquiry email to this log instead of
// sending it, so the whole flow can be tried with no account. Only this script sets the
// flag (a value from the shell is dropped): a deployed function without a key answers
// 503 (src/features/inquiry/server/handler.ts).
const transport = process.env.RESEND_API_KEY ? {} : { EMAIL_TRANSPORT: 'log' };
if (!process.env.RESEND_API_KEY) {
  console.log('RESEND_API_KEY is not set: inquiry emails are written to this log, not sent.');
}
if (existsSync(new URL('.dev.vars', new URL('..', import.meta.url)))) {
  console.log('Using .dev.vars: wrangler reads the variables from it, not from the shell.');
}

const args = ['pages', 'dev', dist, '--ip', host, '--port', port, '--persist-to', persist, '--log-level', 'info'];
if (protocol === 'https') args.push('--local-protocol', 'https');

const shell = { ...process.env };
delete shell.EMAIL_TRANSPORT;
const env = {
  ...shell,
  ...transport,
  // wrangler pages dev ignores --env-file; with this flag it hands its own
  // environment to the functions (when the project has no .dev.vars).
  CLOUDFLARE_INCLUDE_PROCESS_ENV: 'true',
  // Nothing phones home: no metrics, no request for Cloudflare's location data.
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  ASTRO_TELEMETRY_DISABLED: '1',
};

// The project's own wrangler, run by the project's own Node (see docs/adr/0001).
const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));

// The functions' D1 database gets its schema (migrations/) before the server starts: a
// new persist folder is created and an old one brought up to date, with no manual step.
// Applied migrations are recorded in the database, so this is quick when nothing is new.
const migrate = spawnSync(
  process.execPath,
  [wrangler, 'd1', 'migrations', 'apply', 'INQUIRY_DB', '--local', '--persist-to', persist],
  { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (migrate.status !== 0) {
  console.error('Could not apply migrations/ to the local D1 database (above); the inquiry form needs it.');
  process.exit(1);
}

console.log(`Serving the site and its functions at ${protocol}://${host}:${port}/`);
const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
