// A few hundred malformed and hostile bodies against the real function in
// workerd: each gets a 4xx, none a 5xx, and none becomes an email.
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { stub } from '../support/inquiry';

const valid = {
  agencyName: 'Fuzz Agency',
  agencyType: 'sheriff',
  city: 'Fuzz City',
  state: 'TX',
  name: 'F. Uzz',
  title: 'Sheriff',
  email: 'fuzz@agency.example',
  expertise: ['forensics'],
  participation: ['ilea'],
};

// A deterministic generator, so a failure can be replayed.
let seed = 20261127;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const hostile = [
  '',
  ' ',
  '\u0000',
  '\r\nBcc: victim@example.com',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  "'; DROP TABLE inquiries; --",
  '../../etc/passwd',
  '\u202e\u0000\uffff',
  '😀'.repeat(3000),
  'x'.repeat(20_000),
  'a@b',
  'a@b.gov\nCc: x@y.z',
  '%0d%0aBcc:x@y.z',
  '__proto__',
  'constructor',
  -1,
  1e309,
  null,
  true,
  [],
  {},
  { $gt: '' },
  ['forensics', { a: 1 }],
  [null],
];
const fields = [...Object.keys(valid), 'phone', 'message', 'submissionId', 'fillMs', '__proto__', 'constructor'];

/** A body that breaks at least one rule: one required field is always made invalid. */
function hostileJson(): string {
  const body: Record<string, unknown> = { ...valid };
  const broken = pick(['agencyName', 'email', 'state', 'expertise', 'participation', 'city']);
  body[broken] = pick([undefined, '', null, 7, 'not valid ✗', ['nope'], {}]);
  for (let i = 0; i < 3; i++) body[pick(fields)] = pick(hostile);
  if (typeof body['email'] === 'string' && /^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(body['email'])) body['email'] = 'broken';
  return JSON.stringify(body);
}

function malformed(): { body: string | Uint8Array<ArrayBuffer>; type: string } {
  switch (Math.floor(random() * 8)) {
    case 0:
      return { body: hostileJson().slice(0, Math.floor(random() * 80)), type: 'application/json' };
    case 1:
      return { body: pick(['[]', '"text"', '42', 'null', 'true', '[{"agencyName":"x"}]']), type: 'application/json' };
    case 2:
      return {
        body: hostileJson(),
        type: pick(['text/plain', 'application/xml', 'image/png', '', 'application/jsonx']),
      };
    case 3:
      return {
        body: `agencyName=${encodeURIComponent(JSON.stringify(pick(hostile)))}&email=%ZZ&state=${'&'.repeat(50)}`,
        type: 'application/x-www-form-urlencoded',
      };
    case 4:
      return {
        body: '--xyz\r\nContent-Disposition: form-data; name="agencyName"\r\n\r\nA\r\n--xyz',
        type: 'multipart/form-data; boundary=xyz',
      };
    case 5:
      return { body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]), type: 'application/json' };
    case 6:
      return { body: JSON.stringify({ ...valid, message: 'y'.repeat(40_000) }), type: 'application/json' };
    default:
      return { body: hostileJson(), type: 'application/json; charset=utf-8' };
  }
}

test('hostile and malformed bodies get 4xx answers, never a 5xx, never an email', async ({ request }) => {
  // Node's fetch sends the raw bytes as given (invalid UTF-8 included), without following redirects.
  test.setTimeout(180_000);
  await stub.reset();
  const statuses = new Map<number, number>();
  for (let i = 0; i < 300; i++) {
    const { body, type } = malformed();
    const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
    if (random() < 0.1) headers['Origin'] = 'https://evil.example';
    const response = await fetch(`${baseURL}/api/inquiry`, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    const status = response.status;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    expect(status, `request ${i}: ${type} ${String(body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(status, `request ${i}: ${type} ${String(body).slice(0, 200)}`).toBeLessThan(500);
  }
  // Other methods, too.
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
    expect((await request.fetch(`${baseURL}/api/inquiry`, { method })).status()).toBe(405);
  }
  const { requests } = await stub.state();
  expect(requests).toHaveLength(0);
  // The mix really did reach each kind of answer.
  expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 403, 413, 415, 422]));
});

test('a filled honeypot is delivered marked as suspected automated; a too-fast fill gets an honest 422 and sends nothing', async () => {
  await stub.reset();
  const send = (extra: Record<string, unknown>) =>
    fetch(`${baseURL}/api/inquiry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...valid, submissionId: crypto.randomUUID(), ...extra }),
      signal: AbortSignal.timeout(15_000),
    });
  const fast = await send({ fillMs: 400 });
  expect(fast.status).toBe(422);
  expect(await fast.json()).toMatchObject({ ok: false, error: 'too_fast' });
  expect((await stub.state()).requests).toHaveLength(0);
  // A password manager may fill the hidden field for a person: the inquiry still arrives,
  // marked, so nothing a person wrote is dropped unseen.
  const honeypot = await send({ website: 'https://spam.example', fillMs: 60_000 });
  expect(honeypot.status).toBe(200);
  const answer = (await honeypot.json()) as { ok: boolean; reference?: string };
  expect(answer).toMatchObject({ ok: true, transport: 'resend' });
  const { emails } = await stub.state();
  expect(emails).toHaveLength(1);
  expect(emails[0]?.body['subject']).toMatch(/^\[Suspected automated\] Partnership inquiry: /);
  expect(String(emails[0]?.body['text'])).toMatch(/^Suspected automated: /);
  expect(String(emails[0]?.body['subject'])).toContain(answer.reference ?? 'no reference');
});
