// Turnstile accepts only this site's tokens: siteverify's `success` is not enough, since
// a token solved on any hostname the site key allows (a preview, another app sharing
// the key) or for another form's action passes it too. These tests run the real
// verifyTurnstile against a local stand-in for the siteverify endpoint over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InquiryConfig, InquiryEnv } from '../../../src/features/inquiry/server/config';
import { handleInquiry } from '../../../src/features/inquiry/server/handler';
import { verifyTurnstile } from '../../../src/features/inquiry/server/spam';
import type { InquiryResponse } from '../../../src/features/inquiry/shared/schema';
import { TURNSTILE_ACTION } from '../../../src/features/inquiry/shared/turnstile';
import { validInquiry } from '../inquiry-fixtures';
import { standInAccount } from './store-stand-in';
import { useResendStub } from './use-resend-stub';
import { startSiteverify, type Siteverify } from './vendor-routes';

const SITE = 'https://inl.example.gov';

/** What the stand-in answers next; `posted()`, the forms it was posted. */
let answer: Record<string, unknown> = {};
let siteverify: Siteverify;
const posted = () => siteverify.posted;

beforeAll(async () => {
  siteverify = await startSiteverify(() => answer);
});
afterAll(() => siteverify.close());

beforeEach(() => {
  siteverify.posted.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** What the function warned, one line per call. */
const warnings = () => vi.mocked(console.warn).mock.calls.flat().join('\n');

const config = (extra: Partial<InquiryConfig> = {}) => ({
  turnstileSecret: 'secret',
  turnstileVerifyUrl: `${siteverify.url}/turnstile/v0/siteverify`,
  allowedOrigins: [],
  ...extra,
});
const verify = (reply: Record<string, unknown>, extra: Partial<InquiryConfig> = {}) => {
  answer = reply;
  return verifyTurnstile('token-1', '203.0.113.9', config(extra), SITE);
};
/** A successful siteverify answer for a token solved on `hostname` for `action`. */
const solved = (hostname: unknown, action: unknown) => ({
  success: true,
  challenge_ts: '2026-12-05T09:00:00.000Z',
  'error-codes': [],
  ...(hostname === undefined ? {} : { hostname }),
  ...(action === undefined ? {} : { action }),
});

describe("verifyTurnstile accepts only this site's tokens", () => {
  it("accepts a token solved on the site's own host for the inquiry action, and asks with the secret, token and address", async () => {
    expect(TURNSTILE_ACTION).toBe('inquiry');
    expect(await verify(solved('inl.example.gov', 'inquiry'))).toBe('accepted');
    expect(posted()).toHaveLength(1);
    expect(Object.fromEntries(posted()[0]!)).toEqual({
      secret: 'secret',
      response: 'token-1',
      remoteip: '203.0.113.9',
    });
    expect(warnings()).toBe('');
  });

  it('accepts a token solved on a host of ALLOWED_ORIGINS, whatever the case of the hostname', async () => {
    const allowed = { allowedOrigins: ['https://www.inl.example.gov'] };
    expect(await verify(solved('www.inl.example.gov', 'inquiry'), allowed)).toBe('accepted');
    expect(await verify(solved('WWW.INL.Example.gov', 'inquiry'), allowed)).toBe('accepted');
  });

  it('refuses a token solved on another hostname the site key allows (a preview, another app), and says so in the log', async () => {
    expect(await verify(solved('abc123.inl-police-partnerships.pages.dev', 'inquiry'))).toBe('rejected');
    expect(await verify(solved('other-app.example.com', 'inquiry'))).toBe('rejected');
    // A host that merely begins with the site's host is another host.
    expect(await verify(solved('inl.example.gov.evil.example', 'inquiry'))).toBe('rejected');
    expect(warnings()).toMatch(
      /Turnstile token refused: solved on hostname "abc123\.inl-police-partnerships\.pages\.dev", not on this site/,
    );
  });

  it('refuses a token solved for another action, or for none', async () => {
    expect(await verify(solved('inl.example.gov', 'login'))).toBe('rejected');
    expect(await verify(solved('inl.example.gov', ''))).toBe('rejected');
    expect(warnings()).toMatch(/solved for action "login", not "inquiry"/);
  });

  it('refuses an answer without hostname or without action', async () => {
    expect(await verify(solved(undefined, 'inquiry'))).toBe('rejected');
    expect(await verify(solved('inl.example.gov', undefined))).toBe('rejected');
    expect(await verify(solved(undefined, undefined))).toBe('rejected');
    expect(await verify(solved(42, ['inquiry']))).toBe('rejected');
    expect(warnings()).toMatch(/solved on hostname null/);
  });

  it('refuses an unsuccessful answer even when hostname and action match', async () => {
    expect(await verify({ ...solved('inl.example.gov', 'inquiry'), success: false })).toBe('rejected');
    expect(await verify({ ...solved('inl.example.gov', 'inquiry'), success: 'true' })).toBe('rejected');
  });
});

describe('through the inquiry endpoint', () => {
  const resend = useResendStub();
  const ORIGIN = 'http://127.0.0.1:8830';
  let env: InquiryEnv;
  beforeEach(() => {
    env = {
      INQUIRY_DB: standInAccount().isolate().INQUIRY_DB,
      RESEND_API_KEY: 're_test_turnstile',
      RESEND_BASE_URL: resend().url,
      INQUIRY_FROM: 'INL Police Partnerships <inquiries@example.gov>',
      TURNSTILE_SECRET_KEY: 'secret',
      TURNSTILE_VERIFY_URL: `${siteverify.url}/turnstile/v0/siteverify`,
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  const send = () =>
    handleInquiry(
      new Request(`${ORIGIN}/api/inquiry`, {
        method: 'POST',
        body: JSON.stringify({
          ...validInquiry,
          submissionId: crypto.randomUUID(),
          fillMs: 60_000,
          turnstileToken: 'token-1',
        }),
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      }),
      env,
    );

  it("a token minted on a preview is a 403 and sends nothing; this site's token is sent", async () => {
    answer = solved('preview.inl-police-partnerships.pages.dev', 'inquiry');
    const refused = await send();
    expect(refused.status).toBe(403);
    expect(await refused.json<InquiryResponse>()).toMatchObject({ ok: false, error: 'turnstile_failed' });
    expect(resend().emails).toHaveLength(0);

    answer = solved('127.0.0.1', 'inquiry');
    expect((await send()).status).toBe(200);
    expect(resend().emails).toHaveLength(1);
  });
});
