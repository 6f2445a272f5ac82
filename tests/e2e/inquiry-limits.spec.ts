// A local server limits inquiries as a deployed one does. A reader once sent 11 inquiries
// under `npm start` and never met a 429 against the documented 5 per 10 minutes. Two paths
// did that: a local server took the client's address from a CF-Connecting-IP header the
// client itself can send (Cloudflare's edge overwrites it; `wrangler pages dev` keeps it),
// and a filled honeypot was answered "sent" before any limit was counted. This server
// runs as `npm start` does: default limits, no Resend key, a fresh D1 database.
import { expect, test } from '@playwright/test';
import { fillInquiry, openForm, person } from '../support/inquiry';
import { useMailLogServer } from '../support/mail-log-server';

const server = useMailLogServer('inquiry-limits', {
  // The documented defaults, whatever the shell running the tests has set.
  INQUIRY_RATE_LIMIT: undefined,
  INQUIRY_RATE_WINDOW_SECONDS: undefined,
  INQUIRY_GLOBAL_LIMIT: undefined,
  INQUIRY_QUARANTINE_LIMIT: undefined,
});
const { origin } = server;

const inquiry = (i: number, extra: Record<string, unknown> = {}) => ({
  agencyName: `Limits Police Department ${crypto.randomUUID().slice(0, 8)}`,
  agencyType: 'municipal-police',
  city: `Town ${i}`,
  state: 'IL',
  name: 'Pat Doe',
  title: 'Chief of Police',
  email: 'pat.doe@springfield.example',
  phone: '',
  expertise: ['forensics'],
  participation: ['ilea'],
  message: '',
  submissionId: crypto.randomUUID(),
  fillMs: 60_000,
  ...extra,
});

test('a local server lets 5 new inquiries through in 10 minutes, as documented, whatever address a client claims', async ({
  playwright,
  browser,
}) => {
  const api = await playwright.request.newContext({ baseURL: origin });
  const send = (i: number, extra: Record<string, unknown> = {}) =>
    api.post('/api/inquiry', {
      // Each request claims another address, as any local client can.
      headers: { Origin: origin, 'CF-Connecting-IP': `198.51.100.${i + 1}` },
      data: inquiry(i, extra),
    });

  // First one whose honeypot a password manager filled: it is delivered (marked), and counted.
  expect((await send(0, { website: 'https://pat.example' })).status()).toBe(200);
  // Then seven at once: the count is atomic, so exactly four more go through.
  const burst = await Promise.all(Array.from({ length: 7 }, (_, i) => send(i + 1)));
  const statuses = burst.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(4);
  expect(statuses.filter((s) => s === 429)).toHaveLength(3);

  // Then two more, one after another: still 429, each saying when to try again.
  for (let i = 8; i < 10; i++) {
    const limited = await send(i);
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  }
  await api.dispose();

  // The eleventh, through the form in a browser, as the reader sent it.
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.clock.install();
  await openForm(page);
  await fillInquiry(page, person());
  await page.clock.fastForward('01:00');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByText('Too many inquiries have come from your network')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email your inquiry to INLCAPPoliceTeam@state.gov' })).toBeVisible();
  await context.close();

  // Five emails in the log, no more: four plain and one marked as suspected automated.
  await expect.poll(() => server.emails().length).toBe(5);
  expect(server.emails().filter((block) => block.includes('Subject: [Suspected automated]'))).toHaveLength(1);
});
