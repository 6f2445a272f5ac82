// Secrets go only to their vendors. RESEND_BASE_URL and TURNSTILE_VERIFY_URL receive the
// Resend key and the Turnstile secret; outside loopback a deployed function honours them
// only at the vendors' own origins, so one line of `[vars]` cannot send a secret anywhere
// else. And a deployed site takes inquiries only with Turnstile on.
//
// The local stubs stand in for "another host": a deployed request (https://inl.example.gov)
// configured to use one must never reach it. No test may reach the real vendors either:
// every fetch to a host other than this machine is refused and recorded (vendor-routes.ts,
// here with no vendor stood in for).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  foreignVendorEndpoint,
  readConfig,
  turnstileMissing,
  type InquiryEnv,
} from '../../../src/features/inquiry/server/config';
import { handleInquiry } from '../../../src/features/inquiry/server/handler';
import { inquiryUi } from '../../../src/features/inquiry/shared/words';
import type { InquiryResponse } from '../../../src/features/inquiry/shared/schema';
import { validInquiry } from '../inquiry-fixtures';
import { standInAccount } from './store-stand-in';
import { useResendStub } from './use-resend-stub';
import { startSiteverify, useVendorRoutes, type Siteverify } from './vendor-routes';

const DEPLOYED = 'https://inl.example.gov';
const LOCAL = 'http://127.0.0.1:8830';
const resend = useResendStub();

/** A local siteverify stand-in that records what it is asked and says "no" (so nothing is sent after it). */
let siteverify: Siteverify;
beforeAll(async () => {
  siteverify = await startSiteverify(() => ({ success: false, 'error-codes': ['invalid-input-response'] }));
});
afterAll(() => siteverify.close());
const verifyCalls = () => siteverify.posted.length;

/** Requests that tried to leave this machine (they are refused, as a test must not reach a vendor). */
const vendors = useVendorRoutes();
const remote = () => vendors().refused;
afterEach(() => vi.restoreAllMocks());
beforeEach(() => {
  siteverify.posted.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const submission = () => ({ ...validInquiry, submissionId: crypto.randomUUID(), fillMs: 60_000, turnstileToken: 't' });
const post = (origin: string) =>
  new Request(`${origin}/api/inquiry`, {
    method: 'POST',
    body: JSON.stringify(submission()),
    headers: { 'Content-Type': 'application/json', Origin: origin },
  });
/** A production configuration: a database, a key, a verified sender, Turnstile on, the vendors' default URLs. */
const production = (extra: InquiryEnv = {}): InquiryEnv => ({
  INQUIRY_DB: standInAccount().isolate().INQUIRY_DB,
  RESEND_API_KEY: 're_secret_key',
  INQUIRY_FROM: 'INL Police Partnerships <inquiries@example.gov>',
  TURNSTILE_SECRET_KEY: 'turnstile-secret',
  ...extra,
});
const logged = () => vi.mocked(console.error).mock.calls.flat().join('\n');

/** The refusal a person sees: 503, "not configured", the email address, nothing lost. */
async function expectRefused(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  const body = await response.json<InquiryResponse>();
  expect(body).toMatchObject({ ok: false, error: 'not_configured' });
  expect(body.ok ? '' : body.message).toContain(inquiryUi.notConfigured);
  expect(body.ok ? '' : body.mailto).toMatch(/^mailto:INLCAPPoliceTeam@state\.gov\?subject=Partnership%20inquiry/);
}

describe('foreignVendorEndpoint', () => {
  const deployed = new Request(`${DEPLOYED}/api/inquiry`, { method: 'POST' });
  const problem = (env: InquiryEnv, request = deployed) => foreignVendorEndpoint(readConfig(production(env)), request);

  it("passes the vendors' own origins, the defaults included", () => {
    expect(problem({})).toBeNull();
    expect(problem({ RESEND_BASE_URL: 'https://api.resend.com/' })).toBeNull();
    expect(problem({ TURNSTILE_VERIFY_URL: 'https://challenges.cloudflare.com/turnstile/v0/siteverify' })).toBeNull();
  });

  it('refuses any other origin for a deployed request, naming the variable and the origin only', () => {
    for (const url of [
      'https://evil.example',
      'http://api.resend.com',
      'https://api.resend.com.evil.example',
      'https://api.resend.com:8443',
      'http://127.0.0.1:8941',
    ]) {
      expect(problem({ RESEND_BASE_URL: url }), url).toMatch(/^RESEND_BASE_URL points at .*https:\/\/api\.resend\.com/);
    }
    expect(problem({ RESEND_BASE_URL: 'https://evil.example/path?key=x' })).toBe(
      'RESEND_BASE_URL points at https://evil.example; a deployed function sends its secret only to https://api.resend.com. Remove the variable',
    );
    expect(problem({ RESEND_BASE_URL: 'not a url' })).toMatch(/points at something that is not a URL/);
    expect(problem({ TURNSTILE_VERIFY_URL: 'https://evil.example/siteverify' })).toMatch(
      /^TURNSTILE_VERIFY_URL points at https:\/\/evil\.example; .*only to https:\/\/challenges\.cloudflare\.com/,
    );
  });

  it('honours any endpoint for a loopback request (npm start and the tests), and one whose secret is not set', () => {
    const local = new Request(`${LOCAL}/api/inquiry`, { method: 'POST' });
    expect(problem({ RESEND_BASE_URL: 'http://127.0.0.1:8941' }, local)).toBeNull();
    expect(foreignVendorEndpoint(readConfig({ TURNSTILE_VERIFY_URL: 'https://evil.example' }), deployed)).toBeNull();
  });
});

describe('a deployed function', () => {
  it('given another RESEND_BASE_URL sends nothing there: 503 with the email address, and a log line naming it', async () => {
    const response = await handleInquiry(post(DEPLOYED), production({ RESEND_BASE_URL: resend().url }));
    await expectRefused(response);
    expect(resend().requests).toHaveLength(0);
    expect(logged()).toMatch(
      /RESEND_BASE_URL points at http:\/\/127\.0\.0\.1:\d+; .*only to https:\/\/api\.resend\.com/,
    );
    expect(remote()).toEqual([]);
  });

  it('given another TURNSTILE_VERIFY_URL sends the secret nowhere: 503 with the email address, and a log line naming it', async () => {
    const response = await handleInquiry(
      post(DEPLOYED),
      production({ TURNSTILE_VERIFY_URL: `${siteverify.url}/turnstile/v0/siteverify` }),
    );
    await expectRefused(response);
    expect(verifyCalls()).toBe(0);
    expect(logged()).toMatch(/TURNSTILE_VERIFY_URL points at http:\/\/127\.0\.0\.1:\d+; .*challenges\.cloudflare\.com/);
    expect(remote()).toEqual([]);
  });

  it('without Turnstile refuses the inquiry: 503 with the email address, and the log says Turnstile is required', async () => {
    const env = production();
    delete env.TURNSTILE_SECRET_KEY;
    const response = await handleInquiry(post(DEPLOYED), env);
    await expectRefused(response);
    expect(logged()).toMatch(/TURNSTILE_SECRET_KEY is not set; a deployed site takes inquiries only with Turnstile on/);
    expect(remote()).toEqual([]);
    expect(turnstileMissing(readConfig(env), new Request(`${DEPLOYED}/api/inquiry`))).not.toBeNull();
  });
});

describe('a loopback request (npm start, the e2e tests)', () => {
  it('still sends through a local Resend stub, with or without Turnstile', async () => {
    const env = production({ RESEND_BASE_URL: resend().url });
    delete env.TURNSTILE_SECRET_KEY;
    const response = await handleInquiry(post(LOCAL), env);
    expect(response.status).toBe(200);
    expect(resend().emails).toHaveLength(1);
    expect(resend().requests[0]?.authorization).toBe('Bearer re_secret_key');
    expect(remote()).toEqual([]);
  });
});
