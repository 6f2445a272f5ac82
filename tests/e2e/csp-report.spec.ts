// A real content-security-policy violation in Chromium reaches the report endpoint
// (functions/api/csp-report.ts) through the site's own headers, and the server logs
// one compact line for it.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { chromiumLaunchOptions } from '../support/browser';
import { startServer, stopServer } from '../support/local-server';

// Chromium sends Reporting API reports (the policy's report-to, which it prefers over
// report-uri) only to an https endpoint, so this test serves the build over https with
// wrangler's self-signed certificate, on a port of its own.
const port = Number(new URL(baseURL).port) + 3;
const origin = `https://127.0.0.1:${port}`;
const BLOCKED = 'https://203.0.113.9/tracker.js';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let output = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(port, {
    env: { LOCAL_PROTOCOL: 'https', WRANGLER_PERSIST_DIR: mkdtempSync(join(tmpdir(), 'csp-report-')) },
    // wrangler colours its request lines; the assertions read the plain text.
    onOutput: (text) => (output += stripVTControlCharacters(text)),
  });
  const launch = chromiumLaunchOptions();
  browser = await chromium.launch({
    ...launch,
    // The upload trusts the self-signed certificate; reports leave after 100 ms, not a minute.
    args: [...launch.args, '--ignore-certificate-errors', '--short-reporting-delay'],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await stopServer(server);
});

test('a script from another origin is blocked, and its report reaches the endpoint and is logged once, without its query', async () => {
  if (!browser) throw new Error('The browser did not start.');
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  // Chrome sends reports for origins allowed background sync, which it allows by default;
  // a Playwright context starts with every permission denied.
  await context.grantPermissions(['background-sync'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}/faq/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // What an injected ad or a careless future change would add: the policy blocks it.
  const blocked = await page.evaluate(
    (src) =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.src = src;
        document.head.append(script);
      }),
    `${BLOCKED}?visitor=pat.doe%40springfield.gov`,
  );
  expect(blocked).toBe('script-src-elem');

  const violations = () => output.split('\n').filter((line) => line.includes('csp-violation '));
  await expect.poll(() => violations().length, { timeout: 30_000 }).toBe(1);
  // One JSON object per line, each field whole.
  expect(violations()[0]).toContain(
    `csp-violation ${JSON.stringify({ directive: 'script-src-elem', blocked: BLOCKED, page: '/faq/' })}`,
  );
  await expect.poll(() => output).toMatch(/POST \/api\/csp-report 204/);
  // The query (here an address) never reaches the log.
  expect(output).not.toContain('springfield');
  await context.close();
});
