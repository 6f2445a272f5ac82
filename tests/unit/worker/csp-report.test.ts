// The CSP report endpoint: both report formats, the 64 KB limit, every kind of bad body
// answered 4xx (never 5xx), the per-address limit, and what it logs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_REPORT_BYTES, onRequest } from '../../../functions/api/csp-report';
import type { KeyValueStore } from '../../../src/inquiry/server/config';

const URL_ = 'https://example.test/api/csp-report';

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    get: (key) => Promise.resolve(data.get(key) ?? null),
    put: (key, value) => {
      data.set(key, value);
      return Promise.resolve();
    },
  };
}

async function send(init: RequestInit & { type?: string }, kv: KeyValueStore | undefined = memoryStore()) {
  const { type = 'application/csp-report', ...rest } = init;
  const request = new Request(URL_, { method: 'POST', headers: { 'Content-Type': type }, ...rest });
  return onRequest({ request, env: { INQUIRY_KV: kv } } as unknown as Parameters<typeof onRequest>[0]);
}

const legacy = {
  'csp-report': {
    'document-uri': 'https://example.test/faq/?q=secret#x',
    'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem',
    'blocked-uri': 'https://evil.example/x.js?token=abc',
    'original-policy': "default-src 'self'",
  },
};
const modern = [
  {
    type: 'csp-violation',
    url: 'https://example.test/inquiry/',
    body: {
      documentURL: 'https://example.test/inquiry/?email=a@b.example',
      effectiveDirective: 'style-src-attr',
      blockedURL: 'inline',
      disposition: 'enforce',
    },
  },
];

let logs: string[];
beforeEach(() => {
  logs = [];
  vi.spyOn(console, 'info').mockImplementation((line: string) => logs.push(line));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('the CSP report endpoint', () => {
  it('takes a report-uri report and logs one line without query, fragment or anything else', async () => {
    const response = await send({ body: JSON.stringify(legacy) });
    expect(response.status).toBe(204);
    expect(logs).toEqual(['csp-violation directive=script-src-elem blocked=https://evil.example/x.js page=/faq/']);
  });

  it('takes a Reporting API batch, as application/reports+json or application/json', async () => {
    for (const type of ['application/reports+json', 'application/json']) {
      logs.length = 0;
      const response = await send({ type, body: JSON.stringify(modern) });
      expect(response.status, type).toBe(204);
      expect(logs).toEqual(['csp-violation directive=style-src-attr blocked=inline page=/inquiry/']);
    }
  });

  it('logs only the directive’s name, so a report cannot forge a log line', async () => {
    const forged = { 'csp-report': { 'violated-directive': "script-src\ncsp-violation directive=forged 'self'" } };
    expect((await send({ body: JSON.stringify(forged) })).status).toBe(204);
    expect(logs).toEqual(['csp-violation directive=script-src blocked=- page=-']);
  });

  it('takes a body of 64 KB and refuses one byte more with 413', async () => {
    const padded = (size: number) => {
      const base = JSON.stringify(modern);
      return `${base.slice(0, -1)}${' '.repeat(size - base.length)}]`;
    };
    expect(padded(MAX_REPORT_BYTES)).toHaveLength(MAX_REPORT_BYTES);
    expect((await send({ type: 'application/reports+json', body: padded(MAX_REPORT_BYTES) })).status).toBe(204);
    expect((await send({ type: 'application/reports+json', body: padded(MAX_REPORT_BYTES + 1) })).status).toBe(413);
  });

  it('answers other methods with 405 and other content types with 415', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const request = new Request(URL_, { method });
      const response = await onRequest({ request, env: {} } as unknown as Parameters<typeof onRequest>[0]);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow')).toBe('POST');
    }
    expect((await send({ type: 'text/plain', body: JSON.stringify(legacy) })).status).toBe(415);
  });

  it('answers every malformed body with 400, never a 5xx, and logs nothing of it', async () => {
    const bodies: string[] = [
      '',
      ' ',
      '{',
      '[',
      'null',
      'true',
      '0',
      '"text"',
      '{}',
      '[]',
      '[null]',
      '[1,2,3]',
      '{"csp-report":null}',
      '{"csp-report":[]}',
      '{"csp-report":"x"}',
      '{"csp-report":{}}',
      '{"csp-report":{"effective-directive":""}}',
      '{"csp-report":{"effective-directive":42}}',
      '{"csp-report":{"effective-directive":"<script>"}}',
      '{"csp-report":{"effective-directive":"a".repeat(50)}}',
      '[{"type":"csp-violation"}]',
      '[{"type":"csp-violation","body":null}]',
      '[{"type":"csp-violation","body":[]}]',
      '[{"type":"csp-violation","body":{}}]',
      '[{"type":"deprecation","body":{"effectiveDirective":"script-src"}}]',
      '[{"type":"csp-violation","body":{"effectiveDirective":7}}]',
      '[{"type":"csp-violation","body":{"effectiveDirective":"SCRIPT SRC!"}}]',
      '\u0000\u0001\u0002',
      '\uFEFF{}',
      '{"a":1}{"b":2}',
      'NaN',
      'undefined',
      '{"__proto__":{"csp-report":1}}',
      '{"constructor":{"prototype":{}}}',
      JSON.stringify({ 'csp-report': { 'effective-directive': 'x'.repeat(41) } }),
      JSON.stringify([{ type: 'csp-violation', body: { effectiveDirective: '' } }]),
      JSON.stringify([{ type: 'csp-violation', body: { effectiveDirective: null } }]),
      JSON.stringify('{"csp-report":{}}'),
      '[' + '['.repeat(5000) + ']'.repeat(5000) + ']',
      '{"csp-report":' + '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) + '}',
    ];
    // And 30 bodies cut short at random points of valid reports.
    const whole = [JSON.stringify(legacy), JSON.stringify(modern)];
    for (let i = 0; i < 30; i++) {
      const source = whole[i % 2] ?? '';
      bodies.push(source.slice(0, 1 + ((i * 37) % (source.length - 2))));
    }
    expect(bodies.length).toBeGreaterThanOrEqual(60);
    for (const body of bodies) {
      for (const type of ['application/csp-report', 'application/reports+json']) {
        const response = await send({ type, body });
        expect(response.status, `${type}: ${body.slice(0, 60)}`).toBe(400);
      }
    }
    expect(logs).toEqual([]);
  });

  it('limits each address through KV, apart from the inquiry’s own counters', async () => {
    const kv = memoryStore();
    const headers = { 'Content-Type': 'application/csp-report', 'CF-Connecting-IP': '192.0.2.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const request = new Request(URL_, { method: 'POST', headers, body: JSON.stringify(legacy) });
      const response = await onRequest({ request, env: { INQUIRY_KV: kv } } as unknown as Parameters<
        typeof onRequest
      >[0]);
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 204)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(await kv.get(`rate:192.0.2.7:${Math.floor(Date.now() / 60_000) * 60}`)).toBeNull();
  });

  it('still takes reports when the store throws', async () => {
    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('KV down')),
      put: () => Promise.reject(new Error('KV down')),
    };
    expect((await send({ body: JSON.stringify(legacy) }, broken)).status).toBe(204);
  });
});
