// Starts and stops scripts/serve.mjs (wrangler pages dev on the build) for the
// benchmarks, each wait bounded so a stuck server ends the run instead of hanging it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const START_MS = 90_000;

/**
 * Serves the build on 127.0.0.1:`port` with the extra environment `env`, and
 * resolves once the home page answers. The server leads its own process group
 * (wrangler and workerd are its children), so stopServer can end all of it.
 */
export async function startServer(port, env = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${stderr}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer(child);
  throw new Error(`The server did not answer on ${origin} within ${START_MS / 1000} s:\n${stderr}`);
}

/** Ends the server's whole process group: politely, then for good after 5 s. */
export async function stopServer(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5_000))]);
  if (!stopped) process.kill(-child.pid, 'SIGKILL');
}
