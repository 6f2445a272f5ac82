import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:https';
import { fileURLToPath } from 'node:url';

/**
 * Starts and stops scripts/serve.mjs (wrangler pages dev on the build) for the tests
 * that need a server of their own and for both benchmarks: one start loop, each wait
 * bounded so a stuck server ends the run instead of hanging it.
 *
 * Node 24 strips this module's types, so the bench (scripts/bench.mjs) imports it as is.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const START_MS = 90_000;
const POLL_MS = 500;
const STOP_MS = 5_000;

export interface StartOptions {
  /** Extra environment; a variable set to `undefined` is removed from the inherited one. */
  env?: Record<string, string | undefined>;
  /** Receives everything the server writes (stdout and stderr), as it comes. */
  onOutput?: (text: string) => void;
}

/**
 * Serves the build on 127.0.0.1:`port`, and resolves once the home page answers. The
 * server leads its own process group (wrangler and workerd are its children), so
 * stopServer can end all of it.
 */
export async function startServer(port: number, { env = {}, onOutput }: StartOptions = {}): Promise<ChildProcess> {
  const https = env['LOCAL_PROTOCOL'] === 'https';
  const origin = `${https ? 'https' : 'http'}://127.0.0.1:${port}`;
  const entries: [string, string | undefined][] = Object.entries({ ...process.env, ...env, PORT: String(port) });
  const merged = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // The last of it, for the error message when the server does not come up.
  let output = '';
  const record = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-64 * 1024);
    onOutput?.(text);
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output}`);
    try {
      if (await answers(`${origin}/`, https)) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await stopServer(child);
  throw new Error(`The server did not answer on ${origin} within ${START_MS / 1000} s:\n${output}`);
}

/**
 * Whether the home page answers 200. Over https the certificate is wrangler's own
 * self-signed one, which fetch() would refuse, so that check trusts it on purpose.
 */
async function answers(url: string, selfSigned: boolean): Promise<boolean> {
  if (!selfSigned) return (await fetch(url)).ok;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'HEAD', rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Ends the server's whole process group: politely, then for good after 5 s. */
export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), STOP_MS)),
  ]);
  if (!stopped) process.kill(-child.pid, 'SIGKILL');
}
