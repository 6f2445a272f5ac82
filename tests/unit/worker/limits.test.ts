// The inquiry limits against a store that behaves as production's does (store-stand-in.ts):
// a write quota, stale reads in every isolate, latency. Locally none of that happens, so
// these are the tests that can tell a limit that holds from one that only holds on a laptop.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onRequest as cspReport } from '../../../functions/api/csp-report';
import type { InquiryEnv } from '../../../src/features/inquiry/server/config';
import { handleInquiry } from '../../../src/features/inquiry/server/handler';
import type { InquiryResponse } from '../../../src/features/inquiry/shared/schema';
import { validInquiry } from '../inquiry-fixtures';
import { standInAccount, type IsolateBindings } from './store-stand-in';
import { useResendStub } from './use-resend-stub';
import { solvedToken, useVendorRoutes } from './vendor-routes';

const ORIGIN = 'https://inl.example.gov';
const stub = useResendStub();
// Resend and siteverify at their production URLs, answered by local stand-ins.
useVendorRoutes({ resend: stub, turnstile: true });

/** The function's environment in one isolate of the account. */
const envFor = (bindings: IsolateBindings, vars: Record<string, string> = {}): InquiryEnv => ({
  ...bindings,
  RESEND_API_KEY: 're_test_limits',
  INQUIRY_FROM: 'INL Police Partnerships <inquiries@example.gov>',
  // Required for a deployed request.
  TURNSTILE_SECRET_KEY: 'turnstile-secret',
  ...vars,
});

/** A new inquiry from `address`, filled in a person's time, Turnstile solved. */
const inquiry = (address: string, env: InquiryEnv, city = `Town ${address}`) =>
  handleInquiry(
    new Request(`${ORIGIN}/api/inquiry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'CF-Connecting-IP': address },
      body: JSON.stringify({
        ...validInquiry,
        city,
        submissionId: crypto.randomUUID(),
        fillMs: 60_000,
        turnstileToken: solvedToken(ORIGIN),
      }),
    }),
    env,
  );

/** A CSP report as a browser extension's injected script makes pages send them. */
const report = (address: string, bindings: IsolateBindings) =>
  cspReport({
    request: new Request(`${ORIGIN}/api/csp-report`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/csp-report', 'CF-Connecting-IP': address },
      body: '{}',
    }),
    env: bindings,
  } as unknown as Parameters<typeof cspReport>[0]);

const address = (i: number) => `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

describe('a flood of CSP reports', () => {
  it('spends no store write, so it cannot use up the quota the inquiry limits need', async () => {
    const account = standInAccount({ kvWrites: 1000 });
    const isolates = Array.from({ length: 10 }, () => account.isolate());
    for (let i = 0; i < 1100; i++) await report(address(i), isolates[i % 10]!);
    expect(account.writes).toEqual({ kv: 0, db: 0, refused: 0 });
  }, 60_000);

  it('past the store’s old daily write quota, still leaves the site-wide cap in force', async () => {
    // 1,100 reports from 1,100 addresses, each under its own per-address limit: more
    // than the 1,000 KV writes a day the free plan allows the whole account.
    const account = standInAccount({ kvWrites: 1000 });
    const isolates = Array.from({ length: 10 }, () => account.isolate());
    for (let i = 0; i < 1100; i++) await report(address(i), isolates[i % 10]!);

    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push(
        (await inquiry(`203.0.113.${i + 1}`, envFor(isolates[i % 10]!, { INQUIRY_GLOBAL_LIMIT: '10' }))).status,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(stub().emails).toHaveLength(10);
  }, 60_000);
});

describe('concurrent inquiries across isolates', () => {
  it('200 at once from 200 addresses over 20 isolates: the site-wide cap of 10 lets exactly 10 through', async () => {
    const account = standInAccount({ staleDbReads: true });
    const isolates = Array.from({ length: 20 }, () => account.isolate());
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        inquiry(address(i), envFor(isolates[i % 20]!, { INQUIRY_GLOBAL_LIMIT: '10' })),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(190);
    expect(stub().emails).toHaveLength(10);
  });

  it('30 at once from one address over 6 isolates: its limit of 5 lets exactly 5 through', async () => {
    const account = standInAccount({ staleDbReads: true });
    const isolates = Array.from({ length: 6 }, () => account.isolate());
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => inquiry('192.0.2.50', envFor(isolates[i % 6]!), `Town ${i}`)),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
    expect(stub().emails).toHaveLength(5);
  });
});

describe('a store that fails', () => {
  it('never lifts the site-wide cap: once writes are refused, inquiries get "try again later" and the email route', async () => {
    // Room for the first inquiry's writes and not many more.
    const account = standInAccount({ kvWrites: 4, dbWrites: 4 });
    const env = envFor(account.isolate());
    const answers: { status: number; body: InquiryResponse }[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await inquiry(`203.0.113.${i + 1}`, env, `Refused ${i}`);
      answers.push({ status: response.status, body: await response.json<InquiryResponse>() });
    }
    const sent = answers.filter((a) => a.status === 200).length;
    expect(sent).toBeGreaterThan(0);
    expect(stub().emails).toHaveLength(sent);
    // Once the store refused a write, nothing more is sent.
    const firstRefused = answers.findIndex((a) => a.status !== 200);
    expect(firstRefused).toBeGreaterThan(0);
    for (const { status, body } of answers.slice(firstRefused)) {
      expect(status).toBe(503);
      expect(body).toMatchObject({ ok: false, error: 'limits_unavailable' });
      if (body.ok) continue;
      expect(body.message).toMatch(/try again later/i);
      expect(body.message).toContain('INLCAPPoliceTeam@state.gov');
      // What the person typed is kept: the email route carries it.
      expect(decodeURIComponent(body.mailto ?? '')).toContain(validInquiry.agencyName);
    }
  });

  it('a store that throws on every call: nothing is sent, every inquiry gets the email route', async () => {
    const account = standInAccount({ kvWrites: 0, dbWrites: 0 });
    const env = envFor(account.isolate());
    for (let i = 0; i < 3; i++) expect((await inquiry(`203.0.113.${i + 1}`, env)).status).toBe(503);
    expect(stub().requests).toHaveLength(0);
  });
});
