import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { startServer, stopServer } from './local-server';

/** The line the function writes above each inquiry email it logs instead of sending. */
const MARK = '──── Inquiry email';

export interface MailLogServer {
  origin: string;
  /** Everything the server has written so far. */
  output: string;
  /** Each inquiry email in the log so far, in order. */
  emails(): string[];
}

/**
 * A server of the calling test file's own, run as `npm start` runs it for a new user:
 * no Resend key, so every inquiry email is written to its log, and a fresh local D1
 * database. It starts before the file's tests and stops after them; `env` adds to or
 * (with `undefined`) removes from the environment it inherits.
 */
export function useMailLogServer(name: string, env: Record<string, string | undefined> = {}): MailLogServer {
  const port = Number(new URL(baseURL).port) + 2;
  const server: MailLogServer = {
    origin: `http://127.0.0.1:${port}`,
    output: '',
    emails: () => server.output.split(MARK).slice(1),
  };
  let child: ChildProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    child = await startServer(port, {
      env: {
        WRANGLER_PERSIST_DIR: mkdtempSync(join(tmpdir(), `${name}-`)),
        RESEND_API_KEY: undefined,
        RESEND_BASE_URL: undefined,
        ...env,
      },
      onOutput: (text) => (server.output += text),
    });
  });
  test.afterAll(() => stopServer(child));
  return server;
}
