import { describe, expect, it } from 'vitest';
import {
  logTransport,
  resendTransport,
  retryDelay,
  type OutgoingEmail,
} from '../../../src/features/inquiry/server/deliver';
import { startResendStub, type StubControl } from '../../support/resend-stub';
import { useResendStub } from './use-resend-stub';

const email: OutgoingEmail = {
  from: 'INL <inquiries@example.gov>',
  to: ['INLCAPPoliceTeam@state.gov'],
  replyTo: 'pat@springfield.gov',
  subject: 'Partnership inquiry: A, B, IL (INQ-20261127-7KQ2)',
  text: 'text',
  html: '<p>html</p>',
};

describe('the retry policy', () => {
  const fixed = () => 0.5;
  it.each([
    [{ statusCode: 500, name: 'internal_server_error' }, null, 0, 300],
    [{ statusCode: 503, name: 'application_error' }, null, 1, 900],
    [{ statusCode: null, name: 'application_error' }, null, 2, 2700],
    [{ statusCode: 409, name: 'concurrent_idempotent_requests' }, null, 0, 300],
    [{ statusCode: 429, name: 'rate_limit_exceeded' }, { 'retry-after': '2' }, 0, 2000],
  ])('retries %j (headers %j, attempt %i) after %i ms', (failure, headers, attempt, expected) => {
    expect(retryDelay(failure, headers, attempt, fixed)).toBe(expected);
  });

  it.each([
    { statusCode: 422, name: 'validation_error' },
    { statusCode: 401, name: 'missing_api_key' },
    { statusCode: 403, name: 'invalid_api_key' },
    { statusCode: 409, name: 'invalid_idempotent_request' },
    { statusCode: 429, name: 'daily_quota_exceeded' },
    { statusCode: 429, name: 'monthly_quota_exceeded' },
  ])('never retries %j', (failure) => {
    expect(retryDelay(failure, null, 0, fixed)).toBeNull();
  });
});

describe('the Resend transport, with the real SDK against a local stub', () => {
  const stub = useResendStub();
  const control = (c: StubControl) => fetch(`${stub().url}/__control`, { method: 'POST', body: JSON.stringify(c) });
  const noWait = () => Promise.resolve();
  const recordWaits = (waits: number[]) => (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };

  it('sends one request with the right fields and idempotency key', async () => {
    const transport = resendTransport({ apiKey: 're_test_unit', baseUrl: stub().url, sleep: noWait });
    const result = await transport.send(email, 'inquiry-h-1');
    expect(result.ok).toBe(true);
    expect(stub().requests).toHaveLength(1);
    const [sent] = stub().emails;
    expect(sent?.idempotencyKey).toBe('inquiry-h-1');
    expect(sent?.authorization).toBe('Bearer re_test_unit');
    expect(sent?.body).toMatchObject({
      from: email.from,
      to: email.to,
      reply_to: email.replyTo,
      subject: email.subject,
      text: 'text',
      html: '<p>html</p>',
    });
  });

  it('delivers once when Resend fails twice, then succeeds', async () => {
    await control({ fail: 2, status: 500 });
    const waits: number[] = [];
    const transport = resendTransport({
      apiKey: 're_test_unit',
      baseUrl: stub().url,
      sleep: recordWaits(waits),
    });
    const result = await transport.send(email, 'inquiry-h-2');
    expect(result.ok).toBe(true);
    expect(stub().requests.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(stub().requests.map((r) => r.idempotencyKey))).toEqual(new Set(['inquiry-h-2']));
    expect(stub().emails).toHaveLength(1);
    expect(waits).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    await control({ fail: 1, status: 429, retryAfter: 1 });
    const waits: number[] = [];
    const transport = resendTransport({
      apiKey: 're_test_unit',
      baseUrl: stub().url,
      sleep: recordWaits(waits),
    });
    expect((await transport.send(email, 'inquiry-h-3')).ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it('gives up within its time budget when Resend keeps failing', async () => {
    await control({ fail: 'always', status: 503 });
    // An injected clock that only the transport's own waits move: the budget is
    // judged on the time it chose to wait, whatever the machine's load.
    let clock = 0;
    const waits: number[] = [];
    const transport = resendTransport({
      apiKey: 're_test_unit',
      baseUrl: stub().url,
      budgetMs: 1500,
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms);
        clock += ms;
        return Promise.resolve();
      },
    });
    const result = await transport.send(email, 'inquiry-h-4');
    expect(clock).toBeLessThan(1500);
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(result).toMatchObject({ ok: false, status: 503 });
    expect(stub().requests.length).toBeGreaterThanOrEqual(2);
    expect(stub().emails).toHaveLength(0);
  });

  it.each([
    [422, 'validation_error'],
    [401, 'invalid_api_key'],
    [429, 'daily_quota_exceeded'],
  ])('does not retry %i %s', async (status, name) => {
    await control({ fail: 'always', status, name });
    const transport = resendTransport({ apiKey: 're_test_unit', baseUrl: stub().url, sleep: noWait });
    const result = await transport.send(email, 'inquiry-h-5');
    expect(result).toMatchObject({ ok: false, status, name, attempts: 1 });
    expect(stub().requests).toHaveLength(1);
  });

  it('retries a network failure', async () => {
    // A port nothing listens on: the SDK reports statusCode null.
    const closed = await startResendStub();
    const url = closed.url;
    await closed.close();
    const waits: number[] = [];
    const transport = resendTransport({
      apiKey: 're_test_unit',
      baseUrl: url,
      maxAttempts: 3,
      sleep: recordWaits(waits),
    });
    const result = await transport.send(email, 'inquiry-h-6');
    expect(result).toMatchObject({ ok: false, status: null, attempts: 3 });
    expect(waits).toHaveLength(2);
  });

  it('sends one email for two concurrent sends of one submission', async () => {
    await control({ delayMs: 300 });
    const transport = resendTransport({ apiKey: 're_test_unit', baseUrl: stub().url });
    const [a, b] = await Promise.all([transport.send(email, 'inquiry-h-7'), transport.send(email, 'inquiry-h-7')]);
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    expect(stub().emails).toHaveLength(1);
    expect(stub().requests.some((r) => r.status === 409)).toBe(true);
  });
});

describe('the log transport', () => {
  it('writes the whole email once per idempotency key', async () => {
    const lines: string[] = [];
    const transport = logTransport((text) => lines.push(text));
    const first = await transport.send(email, 'inquiry-h-log-1');
    const again = await transport.send(email, 'inquiry-h-log-1');
    expect(first).toEqual(again);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('To: INLCAPPoliceTeam@state.gov');
    expect(lines[0]).toContain('Reply-To: pat@springfield.gov');
    expect(lines[0]).toContain(`Subject: ${email.subject}`);
    expect(lines[0]).toContain('Idempotency-Key: inquiry-h-log-1');
  });
});
