// `npm start` without RESEND_API_KEY: a new user tries the whole flow with no
// account, and each inquiry is written once to the server's log.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { fillInquiry, person } from '../support/inquiry';

const port = Number(new URL(baseURL).port) + 2;
const logURL = `http://127.0.0.1:${port}`;
const MARK = '──── Inquiry email';

let server: ChildProcess;
let output = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    WRANGLER_PERSIST_DIR: mkdtempSync(join(tmpdir(), 'inquiry-log-')),
  };
  delete env['RESEND_API_KEY'];
  delete env['RESEND_BASE_URL'];
  // Its own process group, so the server and the wrangler it starts stop together.
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${logURL}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The log-transport server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

/** How many times the log shows an inquiry email for this agency. */
const logged = (agency: string) =>
  output
    .split(MARK)
    .slice(1)
    .filter((block) => block.includes(agency)).length;

test('without a key, inquiries sent with JavaScript on and off each reach the server log once', async ({ browser }) => {
  expect(output).toContain('RESEND_API_KEY is not set: inquiry emails are written to this log, not sent.');

  // JavaScript on.
  const withJs = await browser.newContext({ baseURL: logURL });
  const page = await withJs.newPage();
  await page.clock.setFixedTime(Date.now() - 60_000);
  const first = person();
  await page.goto('/inquiry/');
  await fillInquiry(page, first);
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  await expect(page.getByText('so the inquiry was written to the server log instead of being emailed')).toBeVisible();
  const reference =
    /INQ-\d{8}-[0-9A-Z]{4}/.exec(await page.locator('[data-inquiry-notice]').innerText())?.[0] ?? 'none';
  await expect.poll(() => logged(first.agencyName)).toBe(1);
  const block = output.split(MARK).find((b) => b.includes(first.agencyName)) ?? '';
  expect(block).toContain('To: INLCAPPoliceTeam@state.gov');
  expect(block).toContain(`Reply-To: ${first.email}`);
  expect(block).toContain(`Subject: Partnership inquiry: ${first.agencyName}, Springfield, IL (${reference})`);
  await withJs.close();

  // JavaScript off, sent twice.
  const noJs = await browser.newContext({ baseURL: logURL, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  const second = person();
  await plain.goto('/inquiry/');
  await fillInquiry(plain, second);
  await plain.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(plain.getByRole('heading', { level: 1, name: 'Your inquiry has been sent' })).toBeVisible();
  await expect(plain.locator('[data-inquiry-reference]')).toHaveText(/^INQ-\d{8}-[0-9A-Z]{4}$/);
  await expect(plain.getByText('so the inquiry was written to the server log instead of being emailed')).toBeVisible();
  await plain.goBack();
  await plain.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(plain.getByRole('heading', { level: 1, name: 'Your inquiry has been sent' })).toBeVisible();
  await noJs.close();

  await expect.poll(() => logged(second.agencyName)).toBe(1);
  expect(logged(first.agencyName)).toBe(1);
});
