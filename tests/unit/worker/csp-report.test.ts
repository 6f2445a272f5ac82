// The CSP report endpoint: both report formats, the 64 KB limit, every kind of bad body
// answered 4xx (never 5xx), the per-address limit kept in the isolate, no store touched,
// and what it logs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_REPORT_BYTES, onRequest } from '../../../functions/api/csp-report';

const URL_ = 'https://example.test/api/csp-report';

/** Bindings that fail the test if the endpoint so much as looks at them. */
const untouchable = new Proxy(
  {},
  {
    get: (_, name) => {
      throw new Error(`the CSP endpoint used the binding ${String(name)}`);
    },
  },
);

// Each request from an address of its own: the isolate's per-address limit is not what
// most tests here are about, and its counts outlive a test.
let next = 0;
async function send(init: RequestInit & { type?: string }, address = `198.51.100.${(next++ % 250) + 1}`) {
  const { type = 'application/csp-report', ...rest } = init;
  const request = new Request(URL_, {
    method: 'POST',
    headers: { 'Content-Type': type, 'CF-Connecting-IP': address },
    ...rest,
  });
  return onRequest({
    request,
    env: { INQUIRY_DB: untouchable, INQUIRY_KV: untouchable },
  } as unknown as Parameters<typeof onRequest>[0]);
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
    expect(logs).toEqual([
      'csp-violation {"directive":"script-src-elem","blocked":"https://evil.example/x.js","page":"/faq/"}',
    ]);
  });

  it('takes a Reporting API batch, as application/reports+json or application/json', async () => {
    for (const type of ['application/reports+json', 'application/json']) {
      logs.length = 0;
      const response = await send({ type, body: JSON.stringify(modern) });
      expect(response.status, type).toBe(204);
      expect(logs).toEqual(['csp-violation {"directive":"style-src-attr","blocked":"inline","page":"/inquiry/"}']);
    }
  });

  it('logs only the directive’s name, so a report cannot forge a log line', async () => {
    const forged = { 'csp-report': { 'violated-directive': "script-src\ncsp-violation directive=forged 'self'" } };
    expect((await send({ body: JSON.stringify(forged) })).status).toBe(204);
    expect(logs).toEqual(['csp-violation {"directive":"script-src","blocked":"-","page":"-"}']);
  });

  it('writes each field as JSON, so a page address with spaces and field-like text cannot forge a field', async () => {
    const forged = [
      {
        type: 'csp-violation',
        body: {
          // An opaque URL keeps its spaces in its path, which the log line carries.
          documentURL: 'data:text/html,x blocked=https://trusted.example page=/admin/" directive="script-src',
          effectiveDirective: 'img-src',
          blockedURL: 'https://tracker.example/p.gif',
        },
      },
    ];
    expect((await send({ type: 'application/reports+json', body: JSON.stringify(forged) })).status).toBe(204);
    expect(logs).toHaveLength(1);
    const [tag, ...rest] = logs[0]!.split(' ');
    expect(tag).toBe('csp-violation');
    // The rest of the line is one JSON object with exactly the three fields, each whole.
    const fields = JSON.parse(rest.join(' ')) as Record<string, string>;
    expect(Object.keys(fields)).toEqual(['directive', 'blocked', 'page']);
    expect(fields['directive']).toBe('img-src');
    expect(fields['blocked']).toBe('https://tracker.example/p.gif');
    expect(fields['page']).toBe('text/html,x blocked=https://trusted.example page=/admin/" directive="script-src');
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

  it('limits each address in the isolate, without touching a store', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await send({ body: JSON.stringify(legacy) }, '192.0.2.7')).status);
    expect(statuses.slice(0, 30).every((status) => status === 204)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Another address is not affected.
    expect((await send({ body: JSON.stringify(legacy) }, '192.0.2.8')).status).toBe(204);
  });
});
