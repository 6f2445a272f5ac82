import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InquiryEnv, KeyValueStore } from '../../../src/inquiry/server/config';
import { handleInquiry } from '../../../src/inquiry/server/handler';
import type { InquiryResponse } from '../../../src/inquiry/shared/schema';
import { errors, ui } from '../../../src/inquiry/shared/messages';
import { startResendStub, type ResendStub } from '../../support/resend-stub';
import { validInquiry } from '../inquiry-fixtures';

/** An in-memory KV namespace with expirations ignored. */
function fakeKv(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (key) => Promise.resolve(data.get(key) ?? null),
    put: (key, value) => {
      data.set(key, value);
      return Promise.resolve();
    },
  };
}

const ORIGIN = 'http://127.0.0.1:8830';
let stub: ResendStub;
let env: InquiryEnv;

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/inquiry`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'CF-Connecting-IP': '203.0.113.9', ...headers },
  });
}
const postJson = (value: unknown, headers: Record<string, string> = {}) => post(JSON.stringify(value), headers);
const submission = (extra: Record<string, unknown> = {}) => ({
  ...validInquiry,
  submissionId: crypto.randomUUID(),
  startedAt: Date.now() - 60_000,
  ...extra,
});
const read = (response: Response) => response.json<InquiryResponse>();

beforeAll(async () => {
  stub = await startResendStub();
});
afterAll(() => stub.close());
beforeEach(async () => {
  await fetch(`${stub.url}/__reset`, { method: 'POST' });
  env = {
    INQUIRY_KV: fakeKv(),
    RESEND_API_KEY: 're_test_handler',
    RESEND_BASE_URL: stub.url,
    INQUIRY_FROM: 'INL Police Partnerships <inquiries@example.gov>',
  };
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a valid inquiry', () => {
  it('is sent once to INL/CAP, from the verified sender, replying to the submitter, and answered with its reference', async () => {
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await read(response);
    expect(body).toMatchObject({ ok: true, transport: 'resend' });
    if (!body.ok) return;
    expect(body.reference).toMatch(/^INQ-\d{8}-[0-9A-Z]{4}$/);
    expect(stub.emails).toHaveLength(1);
    expect(stub.emails[0]?.body).toMatchObject({
      to: ['INLCAPPoliceTeam@state.gov'],
      from: 'INL Police Partnerships <inquiries@example.gov>',
      reply_to: 'pat.doe@springfield.gov',
      subject: `Partnership inquiry: Springfield Police Department, Springfield, IL (${body.reference})`,
    });
    expect(stub.emails[0]?.idempotencyKey).toMatch(/^inquiry-[0-9a-f-]{36}-[0-9a-f]{16}$/);
  });

  it('sent twice (a double submit or a retry) makes one email and shows the same reference', async () => {
    const one = submission();
    const first = await read(await handleInquiry(postJson(one), env));
    const second = await read(await handleInquiry(postJson(one), env));
    expect(second).toEqual(first);
    expect(stub.emails).toHaveLength(1);
  });

  it('sent twice at the same moment makes one email', async () => {
    await fetch(`${stub.url}/__control`, { method: 'POST', body: JSON.stringify({ delayMs: 300 }) });
    const one = submission();
    const [a, b] = await Promise.all([handleInquiry(postJson(one), env), handleInquiry(postJson(one), env)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await read(a)).toEqual(await read(b));
    expect(stub.emails).toHaveLength(1);
  });

  it('posted as a form without JavaScript is sent and redirected to the thanks page', async () => {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    const response = await handleInquiry(post(form, { 'Content-Type': 'application/x-www-form-urlencoded' }), env);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toMatch(/^\/inquiry\/thanks\/\?ref=INQ-\d{8}-[0-9A-Z]{4}$/);
    expect(stub.emails).toHaveLength(1);
    expect(stub.emails[0]?.idempotencyKey).toMatch(/^inquiry-h-[0-9a-f]{32}$/);
  });

  it('posted as multipart is accepted too', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    const response = await handleInquiry(
      new Request(`${ORIGIN}/api/inquiry`, { method: 'POST', body: form, headers: { Origin: ORIGIN } }),
      env,
    );
    expect(response.status).toBe(303);
    expect(stub.emails).toHaveLength(1);
  });

  it('also sends a copy to the submitter when CONFIRMATION_EMAIL is on', async () => {
    env.CONFIRMATION_EMAIL = 'true';
    await handleInquiry(postJson(submission()), env);
    expect(stub.emails.map((e) => e.body['to'])).toEqual([['INLCAPPoliceTeam@state.gov'], ['pat.doe@springfield.gov']]);
    expect(stub.emails[1]?.idempotencyKey).toMatch(/-confirmation$/);
  });
});

describe('delivery failures', () => {
  it('retried within the function: Resend fails twice, then one email arrives', async () => {
    await fetch(`${stub.url}/__control`, { method: 'POST', body: JSON.stringify({ fail: 2, status: 500 }) });
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(200);
    expect(stub.emails).toHaveLength(1);
    expect(stub.requests).toHaveLength(3);
  });

  it('a lasting failure answers 502 with a mailto link, and a later retry keeps the reference', async () => {
    await fetch(`${stub.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ fail: 'always', status: 422, name: 'validation_error' }),
    });
    const one = submission();
    const failed = await handleInquiry(postJson(one), env);
    expect(failed.status).toBe(502);
    const body = await read(failed);
    expect(body).toMatchObject({ ok: false, error: 'delivery_failed', message: ui.failureBody });
    if (body.ok) return;
    expect(body.mailto).toMatch(/^mailto:INLCAPPoliceTeam@state\.gov\?subject=Partnership%20inquiry/);

    await fetch(`${stub.url}/__control`, { method: 'POST', body: JSON.stringify({}) });
    const retried = await read(await handleInquiry(postJson(one), env));
    expect(retried.ok).toBe(true);
    expect(stub.emails).toHaveLength(1);
  });

  it('without a key, a deployment answers 503 "email delivery is not configured"', async () => {
    delete env.RESEND_API_KEY;
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(503);
    const body = await read(response);
    expect(body.ok ? '' : `${body.error}: ${body.message}`).toMatch(
      /^not_configured: Email delivery is not configured\./,
    );
  });

  it('the log transport needs both the flag and a loopback address', async () => {
    delete env.RESEND_API_KEY;
    env.EMAIL_TRANSPORT = 'log';
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const local = await handleInquiry(postJson(submission()), env);
    expect(await read(local)).toMatchObject({ ok: true, transport: 'log' });
    expect(info).toHaveBeenCalledTimes(1);
    const remote = await handleInquiry(
      new Request('https://inl.example.gov/api/inquiry', {
        method: 'POST',
        body: JSON.stringify(submission()),
        headers: { 'Content-Type': 'application/json' },
      }),
      env,
    );
    expect(remote.status).toBe(503);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('bad requests get a clear 4xx and send nothing', () => {
  it('422 lists every field in error', async () => {
    const response = await handleInquiry(postJson({ ...validInquiry, email: 'nope', state: '' }), env);
    expect(response.status).toBe(422);
    expect(await read(response)).toEqual({
      ok: false,
      error: 'validation',
      message: ui.errorSummaryHeading,
      errors: { state: errors.state.required, email: errors.email.invalid },
    });
  });

  it('413 on a declared or an actual body over 32 KB', async () => {
    const big = JSON.stringify({ ...validInquiry, message: 'x'.repeat(40_000) });
    expect((await handleInquiry(postJson(big), env)).status).toBe(413);
    // A stream with no Content-Length: the bytes read are what count.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
        controller.close();
      },
    });
    const streamed = new Request(`${ORIGIN}/api/inquiry`, {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(streamed.headers.get('Content-Length')).toBeNull();
    expect((await handleInquiry(streamed, env)).status).toBe(413);
  });

  it('415 on an unknown content type, 400 on malformed JSON or a malformed id, 405 on GET', async () => {
    expect((await handleInquiry(post('hello', { 'Content-Type': 'text/plain' }), env)).status).toBe(415);
    expect((await handleInquiry(post('{"agencyName":', {}), env)).status).toBe(400);
    expect((await handleInquiry(post('[1,2]', {}), env)).status).toBe(400);
    expect((await handleInquiry(postJson(submission({ submissionId: 'x' })), env)).status).toBe(400);
    const get = await handleInquiry(new Request(`${ORIGIN}/api/inquiry`), env);
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
  });

  it('403 for a post from another site', async () => {
    expect((await handleInquiry(postJson(submission(), { Origin: 'https://evil.example' }), env)).status).toBe(403);
    expect(
      (await handleInquiry(postJson(submission(), { Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' }), env)).status,
    ).toBe(403);
    env.ALLOWED_ORIGINS = 'https://inl.example.gov';
    expect((await handleInquiry(postJson(submission(), { Origin: 'https://inl.example.gov' }), env)).status).toBe(200);
  });

  it('a filled honeypot or a too-fast fill looks like success but sends nothing', async () => {
    const honeypot = await handleInquiry(postJson(submission({ website: 'http://spam.example' })), env);
    const decoy = await read(honeypot);
    expect(decoy.ok ? decoy.reference : decoy.error).toMatch(/^INQ-\d{8}-[0-9A-Z]{4}$/);
    const fast = await handleInquiry(postJson(submission({ startedAt: Date.now() - 500 })), env);
    expect(await read(fast)).toMatchObject({ ok: true });
    expect(stub.requests).toHaveLength(0);
  });

  it('429 once an address has sent its limit of new inquiries, with Retry-After', async () => {
    env.INQUIRY_RATE_LIMIT = '2';
    for (let i = 0; i < 2; i++)
      expect((await handleInquiry(postJson(submission({ city: `City ${i}` })), env)).status).toBe(200);
    const limited = await handleInquiry(postJson(submission({ city: 'City 3' })), env);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      (await handleInquiry(postJson(submission({ city: 'City 4' }), { 'CF-Connecting-IP': '198.51.100.1' }), env))
        .status,
    ).toBe(200);
    expect(stub.emails).toHaveLength(3);
  });

  it('403 when Turnstile is on and the token does not verify', async () => {
    const verify = await startResendStub();
    verify.server.removeAllListeners('request');
    verify.server.on('request', (req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ success: body.includes('good-token') }));
      });
    });
    try {
      env.TURNSTILE_SECRET_KEY = 'secret';
      env.TURNSTILE_VERIFY_URL = `${verify.url}/siteverify`;
      expect((await handleInquiry(postJson(submission({ turnstileToken: 'bad' })), env)).status).toBe(403);
      expect((await handleInquiry(postJson(submission({ turnstileToken: 'good-token' })), env)).status).toBe(200);
    } finally {
      await verify.close();
    }
  });
});
