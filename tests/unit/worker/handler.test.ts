import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InquiryEnv, KeyValueStore } from '../../../src/inquiry/server/config';
import { handleInquiry } from '../../../src/inquiry/server/handler';
import type { InquiryResponse } from '../../../src/inquiry/shared/schema';
import { errors, ui } from '../../../src/inquiry/shared/messages';
import { startResendStub } from '../../support/resend-stub';
import { useResendStub } from './use-resend-stub';
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
const stub = useResendStub();
let env: InquiryEnv;

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/inquiry`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'CF-Connecting-IP': '203.0.113.9', ...headers },
  });
}
const postJson = (value: unknown, headers: Record<string, string> = {}) => post(JSON.stringify(value), headers);
/** A submission as the form's script sends it, filled in a person's time (a minute). */
const submission = (extra: Record<string, unknown> = {}) => ({
  ...validInquiry,
  submissionId: crypto.randomUUID(),
  fillMs: 60_000,
  ...extra,
});
const REF = /^INQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const read = (response: Response) => response.json<InquiryResponse>();

/**
 * Runs `body` with Turnstile on, verified by a local stand-in that accepts only
 * `good-token` and counts what it is asked.
 */
async function withTurnstile(body: (calls: { count: number }) => Promise<void>): Promise<void> {
  const verify = await startResendStub();
  const calls = { count: 0 };
  verify.server.removeAllListeners('request');
  verify.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    calls.count++;
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // As siteverify answers for a token solved on this site's form.
      res.end(
        JSON.stringify({ success: text.includes('good-token'), hostname: new URL(ORIGIN).hostname, action: 'inquiry' }),
      );
    });
  });
  try {
    env.TURNSTILE_SECRET_KEY = 'secret';
    env.TURNSTILE_VERIFY_URL = `${verify.url}/siteverify`;
    await body(calls);
  } finally {
    await verify.close();
  }
}

beforeEach(() => {
  env = {
    INQUIRY_KV: fakeKv(),
    RESEND_API_KEY: 're_test_handler',
    RESEND_BASE_URL: stub().url,
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
    expect(body.reference).toMatch(REF);
    expect(stub().emails).toHaveLength(1);
    expect(stub().emails[0]?.body).toMatchObject({
      to: ['INLCAPPoliceTeam@state.gov'],
      from: 'INL Police Partnerships <inquiries@example.gov>',
      reply_to: 'pat.doe@springfield.gov',
      subject: `Partnership inquiry: Springfield Police Department, Springfield, IL (${body.reference})`,
    });
    expect(stub().emails[0]?.idempotencyKey).toMatch(/^inquiry-[0-9a-f-]{36}-[0-9a-f]{16}$/);
  });

  it('sent twice (a double submit or a retry) makes one email and shows the same reference', async () => {
    const one = submission();
    const first = await read(await handleInquiry(postJson(one), env));
    const second = await read(await handleInquiry(postJson(one), env));
    expect(second).toEqual(first);
    expect(stub().emails).toHaveLength(1);
  });

  it('sent twice at the same moment makes one email', async () => {
    await fetch(`${stub().url}/__control`, { method: 'POST', body: JSON.stringify({ delayMs: 300 }) });
    const one = submission();
    const [a, b] = await Promise.all([handleInquiry(postJson(one), env), handleInquiry(postJson(one), env)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await read(a)).toEqual(await read(b));
    expect(stub().emails).toHaveLength(1);
  });

  it('posted as a form without JavaScript is sent and redirected to the thanks page', async () => {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    const response = await handleInquiry(post(form, { 'Content-Type': 'application/x-www-form-urlencoded' }), env);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toMatch(/^\/inquiry\/thanks\/\?ref=INQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(stub().emails).toHaveLength(1);
    expect(stub().emails[0]?.idempotencyKey).toMatch(/^inquiry-h-[0-9a-f]{32}$/);
  });

  it('posted as multipart is accepted too', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    const response = await handleInquiry(
      new Request(`${ORIGIN}/api/inquiry`, { method: 'POST', body: form, headers: { Origin: ORIGIN } }),
      env,
    );
    expect(response.status).toBe(303);
    expect(stub().emails).toHaveLength(1);
  });

  it('with CONFIRMATION_EMAIL and Turnstile on, also sends the submitter a copy that carries none of the submitted text', async () => {
    env.CONFIRMATION_EMAIL = 'true';
    await withTurnstile(async () => {
      const body = await read(await handleInquiry(postJson(submission({ turnstileToken: 'good-token' })), env));
      expect(stub().emails.map((e) => e.body['to'])).toEqual([
        ['INLCAPPoliceTeam@state.gov'],
        ['pat.doe@springfield.gov'],
      ]);
      const copy = stub().emails[1]!;
      expect(copy.idempotencyKey).toMatch(/-confirmation$/);
      const words = JSON.stringify([copy.body['subject'], copy.body['text'], copy.body['html']]);
      expect(words).toContain(body.ok ? body.reference : 'no reference');
      // Nothing typed in the form reaches the copy: not the agency, the name, the city or the message.
      for (const typed of [
        validInquiry.agencyName,
        validInquiry.name,
        validInquiry.city,
        validInquiry.message,
        'Springfield',
      ])
        expect(words).not.toContain(typed);
    });
  });

  it('with CONFIRMATION_EMAIL on but no Turnstile, sends no copy and says why in the log', async () => {
    env.CONFIRMATION_EMAIL = 'true';
    const errorLog = vi.mocked(console.error);
    expect((await handleInquiry(postJson(submission()), env)).status).toBe(200);
    expect(stub().emails.map((e) => e.body['to'])).toEqual([['INLCAPPoliceTeam@state.gov']]);
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/CONFIRMATION_EMAIL=true needs TURNSTILE_SECRET_KEY/);
  });
});

describe('delivery failures', () => {
  it('retried within the function: Resend fails twice, then one email arrives', async () => {
    await fetch(`${stub().url}/__control`, { method: 'POST', body: JSON.stringify({ fail: 2, status: 500 }) });
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(200);
    expect(stub().emails).toHaveLength(1);
    expect(stub().requests).toHaveLength(3);
  });

  it('a lasting failure answers 502 with a mailto link, and a later retry keeps the reference', async () => {
    await fetch(`${stub().url}/__control`, {
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

    await fetch(`${stub().url}/__control`, { method: 'POST', body: JSON.stringify({}) });
    const retried = await read(await handleInquiry(postJson(one), env));
    expect(retried.ok).toBe(true);
    expect(stub().emails).toHaveLength(1);
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
    expect(stub().requests).toHaveLength(0);
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

  it('a filled honeypot looks like success but sends nothing', async () => {
    const honeypot = await handleInquiry(postJson(submission({ website: 'http://spam.example' })), env);
    const decoy = await read(honeypot);
    expect(decoy.ok ? decoy.reference : decoy.error).toMatch(REF);
    expect(stub().requests).toHaveLength(0);
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
    expect(stub().emails).toHaveLength(3);
  });

  it('403 when Turnstile is on and the token does not verify', async () => {
    await withTurnstile(async () => {
      expect((await handleInquiry(postJson(submission({ turnstileToken: 'bad' })), env)).status).toBe(403);
      expect((await handleInquiry(postJson(submission({ turnstileToken: 'good-token' })), env)).status).toBe(200);
    });
  });
});

describe('a person who is quick, or whose clock is wrong (issues 13 and 14)', () => {
  it('a browser clock two minutes ahead still delivers: only the elapsed fill time counts', async () => {
    // An old script's timestamp from a fast clock is ignored; the fill time is what the browser measured.
    const response = await handleInquiry(
      postJson(submission({ startedAt: Date.now() + 120_000, fillMs: 20_000 })),
      env,
    );
    expect(response.status).toBe(200);
    expect(stub().emails).toHaveLength(1);
  });

  it('a too-fast fill gets an honest answer and nothing is sent; the second press goes through once', async () => {
    const one = submission({ fillMs: 800 });
    const fast = await handleInquiry(postJson(one), env);
    expect(fast.status).toBe(422);
    expect(await read(fast)).toEqual({ ok: false, error: 'too_fast', message: ui.tooFastBody });
    expect(stub().requests).toHaveLength(0);
    const again = await read(await handleInquiry(postJson({ ...one, fillMs: 4_000 }), env));
    expect(again).toMatchObject({ ok: true });
    expect(stub().emails).toHaveLength(1);
  });

  it.each([-5, 10 ** 12, undefined])('a fill time of %s counts as no timing, not as too fast', async (fillMs) => {
    expect((await handleInquiry(postJson(submission({ fillMs })), env)).status).toBe(200);
    expect(stub().emails).toHaveLength(1);
  });
});

/** A KV namespace that counts writes per key and can be told to throw. */
function countingKv(fail: { get?: boolean; put?: boolean } = {}) {
  const kv = fakeKv();
  const writes = new Map<string, number>();
  return {
    writes,
    data: kv.data,
    get: (key: string) => (fail.get ? Promise.reject(new Error('KV get failed')) : kv.get(key)),
    put: (key: string, value: string) => {
      if (fail.put) return Promise.reject(new Error('KV put failed'));
      writes.set(key, (writes.get(key) ?? 0) + 1);
      return kv.put(key, value);
    },
  } satisfies KeyValueStore & Record<string, unknown>;
}

describe('KV: its limits and its failures never cost an inquiry (issues 11 and 14)', () => {
  it('writes each submission key once per request', async () => {
    const kv = countingKv();
    env.INQUIRY_KV = kv;
    expect((await handleInquiry(postJson(submission()), env)).status).toBe(200);
    const submissionWrites = [...kv.writes].filter(([key]) => key.startsWith('submission:'));
    expect(submissionWrites).toHaveLength(1);
    expect(submissionWrites[0]![1]).toBe(1);
    for (const count of kv.writes.values()) expect(count).toBe(1);
  });

  it.each([
    ['get', { get: true }],
    ['put', { put: true }],
    ['get and put', { get: true, put: true }],
  ])('a store throwing on %s: one email, 200 with a reference, and a log line', async (_, fail) => {
    env.INQUIRY_KV = countingKv(fail);
    const errorLog = vi.mocked(console.error);
    const one = submission();
    const response = await handleInquiry(postJson(one), env);
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body.ok ? body.reference : body.error).toMatch(REF);
    expect(stub().emails).toHaveLength(1);
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/KV failed/);
    // A retry without a store still sends nothing twice: Resend's idempotency key holds.
    expect(await read(await handleInquiry(postJson(one), env))).toEqual(body);
    expect(stub().emails).toHaveLength(1);
  });

  it('a write refused after the email has gone still answers with the reference', async () => {
    const kv = countingKv();
    env.INQUIRY_KV = {
      get: kv.get,
      put: (key, value) =>
        key.startsWith('submission:') ? Promise.reject(new Error('429 one write per second')) : kv.put(key, value),
    };
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(200);
    expect(stub().emails).toHaveLength(1);
  });
});

describe('the rate limit (issue 14)', () => {
  it('holds against simultaneous posts: 15 at once with the limit at 5 let exactly 5 through', async () => {
    env.INQUIRY_RATE_LIMIT = '5';
    const address = { 'CF-Connecting-IP': '192.0.2.77' };
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) => handleInquiry(postJson(submission({ city: `Town ${i}` }), address), env)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(stub().emails).toHaveLength(5);
  });

  it('counts an IPv6 client by its /64', async () => {
    env.INQUIRY_RATE_LIMIT = '2';
    const from = (ip: string, i: number) =>
      handleInquiry(postJson(submission({ city: `V6 ${i}` }), { 'CF-Connecting-IP': ip }), env);
    expect((await from('2001:db8:aa:1::1', 1)).status).toBe(200);
    expect((await from('2001:db8:aa:1:ffff:ffff:ffff:fffe', 2)).status).toBe(200);
    expect((await from('2001:0db8:00aa:0001:1234::9', 3)).status).toBe(429);
    // The next /64 is another client.
    expect((await from('2001:db8:aa:2::1', 4)).status).toBe(200);
  });

  it('caps the whole site per hour (INQUIRY_GLOBAL_LIMIT): then 429 with the email fallback', async () => {
    env.INQUIRY_GLOBAL_LIMIT = '3';
    const from = (i: number) =>
      handleInquiry(postJson(submission({ city: `G ${i}` }), { 'CF-Connecting-IP': `198.51.100.${i}` }), env);
    for (let i = 1; i <= 3; i++) expect((await from(i)).status).toBe(200);
    const capped = await from(4);
    expect(capped.status).toBe(429);
    const body = await read(capped);
    expect(body.ok ? '' : body.mailto).toMatch(/^mailto:INLCAPPoliceTeam@state\.gov/);
    expect(stub().emails).toHaveLength(3);
  });
});

describe('Turnstile and retries (issues 11 and 14)', () => {
  it('a retry of a submission already sent skips verification: the spent token does not turn it into a 403', async () => {
    await withTurnstile(async (calls) => {
      const one = submission({ turnstileToken: 'good-token' });
      const first = await read(await handleInquiry(postJson(one), env));
      expect(first.ok).toBe(true);
      const retry = await handleInquiry(postJson({ ...one, turnstileToken: 'spent' }), env);
      expect(retry.status).toBe(200);
      expect(await read(retry)).toEqual(first);
      expect(calls.count).toBe(1);
      expect(stub().emails).toHaveLength(1);
    });
  });

  it('an unreachable verification endpoint asks the person to try again in a moment, and sends nothing', async () => {
    env.TURNSTILE_SECRET_KEY = 'secret';
    // A port nothing listens on: the stub's, closed.
    const closed = await startResendStub();
    const url = `${closed.url}/siteverify`;
    await closed.close();
    env.TURNSTILE_VERIFY_URL = url;
    const response = await handleInquiry(postJson(submission({ turnstileToken: 'good-token' })), env);
    expect(response.status).toBe(503);
    expect(await read(response)).toEqual({
      ok: false,
      error: 'turnstile_unavailable',
      message: ui.turnstileUnavailable,
    });
    expect(ui.turnstileUnavailable).toMatch(/try again in a moment/);
    expect(stub().requests).toHaveLength(0);
  });
});

describe('the sender (issue 14)', () => {
  it('a deployed function refuses Resend\'s test sender onboarding@resend.dev: 503 "not configured", logged', async () => {
    delete env.INQUIRY_FROM;
    const errorLog = vi.mocked(console.error);
    const response = await handleInquiry(
      new Request('https://inl.example.gov/api/inquiry', {
        method: 'POST',
        body: JSON.stringify(submission()),
        headers: { 'Content-Type': 'application/json', Origin: 'https://inl.example.gov' },
      }),
      env,
    );
    expect(response.status).toBe(503);
    expect(await read(response)).toMatchObject({ ok: false, error: 'not_configured' });
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/onboarding@resend\.dev/);
    expect(stub().requests).toHaveLength(0);
  });
});
