import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InquiryEnv } from '../../../src/features/inquiry/server/config';
import { SUSPECTED_NOTE, SUSPECTED_PREFIX } from '../../../src/features/inquiry/server/email';
import { handleInquiry } from '../../../src/features/inquiry/server/handler';
import type { InquiryResponse } from '../../../src/features/inquiry/shared/schema';
import { escapeHtml } from '../../../src/features/inquiry/shared/escape';
import { errors, inquiryUi } from '../../../src/features/inquiry/shared/words';
import { TURNSTILE_ORIGIN } from '../../../src/security/headers';
import { startResendStub } from '../../support/resend-stub';
import { standInAccount } from './store-stand-in';
import { useResendStub } from './use-resend-stub';
import { solvedToken, useVendorRoutes } from './vendor-routes';
import { validInquiry } from '../inquiry-fixtures';

/** A deployed origin: there the client's address is Cloudflare's CF-Connecting-IP. */
const ORIGIN = 'https://inl.example.gov';
/** A local server's: every client there is this machine, and Turnstile is not required. */
const LOCAL = 'http://127.0.0.1:8830';
/** A Turnstile token solved on this site's form, as the routed siteverify stand-in vouches for it. */
const TOKEN = solvedToken(ORIGIN);
const stub = useResendStub();
// Resend and siteverify at their production URLs, answered by local stand-ins.
const vendors = useVendorRoutes({ resend: stub, turnstile: true });
let env: InquiryEnv;

/** A post to the deployed origin, or to `origin` (LOCAL). */
function post(body: BodyInit, headers: Record<string, string> = {}, origin = ORIGIN): Request {
  return new Request(`${origin}/api/inquiry`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': '203.0.113.9', ...headers },
  });
}
const postJson = (value: unknown, headers: Record<string, string> = {}, origin = ORIGIN) =>
  post(JSON.stringify(value), headers, origin);
/** A submission as the form's script sends it, filled in a person's time (a minute), Turnstile solved. */
const submission = (extra: Record<string, unknown> = {}) => ({
  ...validInquiry,
  submissionId: crypto.randomUUID(),
  fillMs: 60_000,
  turnstileToken: TOKEN,
  ...extra,
});
const REF = /^INQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const read = (response: Response) => response.json<InquiryResponse>();

/**
 * Runs `body` with Turnstile on, as every deployed request has it (beforeEach), verified by
 * the routed siteverify stand-in, which accepts only `solvedToken`s; `calls.count` is how
 * often siteverify has been asked since.
 */
async function withTurnstile(body: (calls: { count: number }) => Promise<void>): Promise<void> {
  expect(env.TURNSTILE_SECRET_KEY).toBeTruthy();
  const before = vendors().siteverify.length;
  await body({
    get count() {
      return vendors().siteverify.length - before;
    },
  });
}

/** The database fails every statement `fails` picks, with `message`; the others run as before. */
function failStatements(fails: (query: string) => boolean, message: string): void {
  const db = env.INQUIRY_DB!;
  const failed = () => Promise.reject(new Error(message));
  env.INQUIRY_DB = {
    prepare: (query) => (fails(query) ? { bind: () => ({ first: failed, run: failed }) } : db.prepare(query)),
  };
}

/** Confirmation copies on, from a Resend account and a sender of their own. */
function confirmations(): void {
  env.CONFIRMATION_EMAIL = 'true';
  env.CONFIRMATION_RESEND_API_KEY = 're_test_confirmations';
  env.CONFIRMATION_FROM = 'INL Police Partnerships <copies@confirm.example.gov>';
}

beforeEach(() => {
  env = {
    INQUIRY_DB: standInAccount().isolate().INQUIRY_DB,
    RESEND_API_KEY: 're_test_handler',
    INQUIRY_FROM: 'INL Police Partnerships <inquiries@example.gov>',
    // Required for a deployed request; siteverify is the routed stand-in.
    TURNSTILE_SECRET_KEY: 'turnstile-secret',
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
    // Turnstile needs JavaScript, so such a post is taken only without it: from this machine (ADR 0014).
    delete env.TURNSTILE_SECRET_KEY;
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    const response = await handleInquiry(
      post(form, { 'Content-Type': 'application/x-www-form-urlencoded' }, LOCAL),
      env,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toMatch(/^\/inquiry\/thanks\/\?ref=INQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(stub().emails).toHaveLength(1);
    expect(stub().emails[0]?.idempotencyKey).toMatch(/^inquiry-h-[0-9a-f]{32}$/);
  });

  it('posted as multipart is accepted too', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(validInquiry)) for (const item of [v].flat()) form.append(k, item);
    // The widget's token, under Cloudflare's own field name.
    form.append('cf-turnstile-response', TOKEN);
    const response = await handleInquiry(
      new Request(`${ORIGIN}/api/inquiry`, { method: 'POST', body: form, headers: { Origin: ORIGIN } }),
      env,
    );
    expect(response.status).toBe(303);
    expect(stub().emails).toHaveLength(1);
  });

  it('with CONFIRMATION_EMAIL, Turnstile and an account of its own, also sends the submitter a copy that carries none of the submitted text', async () => {
    confirmations();
    await withTurnstile(async () => {
      const body = await read(await handleInquiry(postJson(submission()), env));
      expect(stub().emails.map((e) => e.body['to'])).toEqual([
        ['INLCAPPoliceTeam@state.gov'],
        ['pat.doe@springfield.gov'],
      ]);
      const copy = stub().emails[1]!;
      expect(copy.idempotencyKey).toMatch(/-confirmation$/);
      // From the confirmations' own account and sender, never the inquiries'.
      expect(copy.authorization).toBe('Bearer re_test_confirmations');
      expect(copy.body['from']).toBe('INL Police Partnerships <copies@confirm.example.gov>');
      expect(stub().emails[0]!.authorization).toBe('Bearer re_test_handler');
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

  it('a confirmation copy goes to each address once a day, and to everyone together within the daily limit', async () => {
    confirmations();
    env.CONFIRMATION_DAILY_LIMIT = '3';
    await withTurnstile(async () => {
      const from = (email: string, i: number) =>
        handleInquiry(
          postJson(submission({ email, city: `Copy ${i}` }), {
            'CF-Connecting-IP': `198.51.100.${i}`,
          }),
          env,
        );
      // The same address twice: one copy.
      for (let i = 0; i < 2; i++) expect((await from('target@victim.example', i)).status).toBe(200);
      // Four more addresses: the day's limit of 3 copies is reached after two of them.
      for (let i = 2; i < 6; i++) expect((await from(`nobody${i}@bounce.example`, i)).status).toBe(200);
      const copies = stub().emails.filter((e) => e.idempotencyKey?.endsWith('-confirmation'));
      expect(copies.map((e) => e.body['to'])).toEqual([
        ['target@victim.example'],
        ['nobody2@bounce.example'],
        ['nobody3@bounce.example'],
      ]);
      // Every inquiry itself was delivered.
      expect(stub().emails.filter((e) => e.body['to']?.toString() === 'INLCAPPoliceTeam@state.gov')).toHaveLength(6);
    });
  });

  it.each([
    ['no account of its own', {}],
    ['the inquiries’ own key', { CONFIRMATION_RESEND_API_KEY: 're_test_handler' }],
  ])('with CONFIRMATION_EMAIL and Turnstile but %s, sends no copy and says why in the log', async (_, vars) => {
    env.CONFIRMATION_EMAIL = 'true';
    env.CONFIRMATION_FROM = 'INL Police Partnerships <copies@confirm.example.gov>';
    Object.assign(env, vars);
    const errorLog = vi.mocked(console.error);
    await withTurnstile(async () => {
      expect((await handleInquiry(postJson(submission()), env)).status).toBe(200);
    });
    expect(stub().emails.map((e) => e.body['to'])).toEqual([['INLCAPPoliceTeam@state.gov']]);
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/CONFIRMATION_RESEND_API_KEY/);
  });

  it('with CONFIRMATION_EMAIL on but no Turnstile, sends no copy and says why in the log', async () => {
    env.CONFIRMATION_EMAIL = 'true';
    // Without Turnstile only this machine's requests are taken (a deployed one gets 503).
    delete env.TURNSTILE_SECRET_KEY;
    const errorLog = vi.mocked(console.error);
    expect((await handleInquiry(postJson(submission(), {}, LOCAL), env)).status).toBe(200);
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
    expect(body).toMatchObject({ ok: false, error: 'delivery_failed', message: inquiryUi.failureBody });
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
    const local = await handleInquiry(
      new Request(`${LOCAL}/api/inquiry`, {
        method: 'POST',
        body: JSON.stringify(submission({ turnstileToken: solvedToken(LOCAL) })),
        headers: { 'Content-Type': 'application/json', Origin: LOCAL },
      }),
      env,
    );
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
      message: inquiryUi.errorSummaryHeading,
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
    env.ALLOWED_ORIGINS = 'https://partner.example.gov';
    expect((await handleInquiry(postJson(submission(), { Origin: 'https://partner.example.gov' }), env)).status).toBe(
      200,
    );
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
      expect((await handleInquiry(postJson(submission()), env)).status).toBe(200);
    });
  });
});

describe('a filled honeypot (a bot, or a password manager that filled the hidden field)', () => {
  it('is delivered to the same mailbox, marked as suspected automated in the subject and on the first line', async () => {
    const response = await handleInquiry(postJson(submission({ website: 'https://pat.example' })), env);
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body.ok ? body.reference : body.error).toMatch(REF);
    expect(stub().emails).toHaveLength(1);
    const email = stub().emails[0]!.body;
    expect(email['to']).toEqual(['INLCAPPoliceTeam@state.gov']);
    expect(email['subject']).toBe(
      `${SUSPECTED_PREFIX} Partnership inquiry: Springfield Police Department, Springfield, IL (${body.ok ? body.reference : ''})`,
    );
    expect(String(email['text']).split('\n')[0]).toBe(SUSPECTED_NOTE);
    expect(String(email['html'])).toContain(`<p>${escapeHtml(SUSPECTED_NOTE)}</p>`);
    // Everything the person wrote is there.
    expect(String(email['text'])).toContain(validInquiry.message.split('\n')[0]);
  });

  it('has a cap of its own: bots filling it never use up the cap that real inquiries need', async () => {
    env.INQUIRY_QUARANTINE_LIMIT = '2';
    env.INQUIRY_GLOBAL_LIMIT = '3';
    const from = (i: number, extra: Record<string, unknown> = {}) =>
      handleInquiry(postJson(submission({ city: `Q ${i}`, ...extra }), { 'CF-Connecting-IP': `198.51.100.${i}` }), env);
    const bots = [];
    for (let i = 1; i <= 6; i++) bots.push((await from(i, { website: 'http://spam.example' })).status);
    expect(bots).toEqual([200, 200, 429, 429, 429, 429]);
    // The site-wide cap is untouched: three people still get through.
    for (let i = 11; i <= 13; i++) expect((await from(i)).status).toBe(200);
    expect((await from(14)).status).toBe(429);
    expect(stub().emails).toHaveLength(5);
  });

  it('sends no confirmation copy', async () => {
    confirmations();
    await withTurnstile(async () => {
      const response = await handleInquiry(
        postJson(submission({ website: 'x', email: 'victim@elsewhere.example' })),
        env,
      );
      expect(response.status).toBe(200);
    });
    expect(stub().emails.map((e) => e.body['to'])).toEqual([['INLCAPPoliceTeam@state.gov']]);
  });
});

describe('a person who is quick, or whose clock is wrong', () => {
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
    expect(await read(fast)).toEqual({ ok: false, error: 'too_fast', message: inquiryUi.tooFastBody });
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

describe('the store: a failing submission record never costs an inquiry; failing counters never lift a limit', () => {
  it('a store that cannot read the submission record still sends once: Resend’s idempotency key holds', async () => {
    failStatements((query) => query.startsWith('SELECT'), 'D1 read failed');
    const errorLog = vi.mocked(console.error);
    const one = submission();
    const first = await read(await handleInquiry(postJson(one), env));
    expect(first.ok ? first.reference : first.error).toMatch(REF);
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/the store failed \(reading the submission record\)/);
    expect(await read(await handleInquiry(postJson(one), env))).toEqual(first);
    expect(stub().emails).toHaveLength(1);
  });

  it('a record refused after the email has gone still answers with the reference', async () => {
    failStatements((query) => query.includes('INTO submissions'), 'D1 write refused');
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(200);
    expect(stub().emails).toHaveLength(1);
  });

  it('without a database bound, nothing is sent: 503 with the email route and the values kept, and a log line', async () => {
    delete env.INQUIRY_DB;
    const errorLog = vi.mocked(console.error);
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('300');
    const body = await read(response);
    expect(body).toMatchObject({ ok: false, error: 'limits_unavailable', message: inquiryUi.siteBusy });
    expect(body.ok ? '' : decodeURIComponent(body.mailto ?? '')).toContain(validInquiry.agencyName);
    expect(errorLog.mock.calls.flat().join(' ')).toMatch(/INQUIRY_DB is not bound/);
    expect(stub().requests).toHaveLength(0);
  });
});

describe('the rate limit (ADR 0013)', () => {
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
    expect(body).toMatchObject({ ok: false, error: 'rate_limited', message: inquiryUi.siteBusy });
    expect(body.ok ? '' : body.mailto).toMatch(/^mailto:INLCAPPoliceTeam@state\.gov/);
    expect(stub().emails).toHaveLength(3);
  });
});

describe('Turnstile and retries', () => {
  it('a retry of a submission already sent skips verification: the spent token does not turn it into a 403', async () => {
    await withTurnstile(async (calls) => {
      const one = submission();
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
    // Siteverify's origin resolves to a port nothing listens on: the stub's, closed.
    const closed = await startResendStub();
    vendors().route(TURNSTILE_ORIGIN, closed.url);
    await closed.close();
    const response = await handleInquiry(postJson(submission()), env);
    expect(response.status).toBe(503);
    expect(await read(response)).toEqual({
      ok: false,
      error: 'turnstile_unavailable',
      message: inquiryUi.turnstileUnavailable,
    });
    expect(inquiryUi.turnstileUnavailable).toMatch(/try again in a moment/);
    expect(stub().requests).toHaveLength(0);
  });
});

describe('the sender', () => {
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
