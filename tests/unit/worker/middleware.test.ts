// The functions middleware, which gives every function response the site's
// security headers. It runs in the Worker, so its test lives with the Worker's
// tests (moved here from security-headers.test.ts, whose rules it applies).
import { describe, expect, it } from 'vitest';
import { onRequest } from '../../../functions/api/_middleware';
import { cspFor, DAP_SCRIPT_ORIGINS, headersFor, TURNSTILE_ORIGIN } from '../../../src/security/headers';

describe('the functions middleware', () => {
  const context = (next: () => Promise<Response>) =>
    ({ request: new Request('https://example.test/api/inquiry', { method: 'POST' }), next }) as unknown as Parameters<
      typeof onRequest
    >[0];

  it('sets the same policy on a function response and keeps what the function set', async () => {
    const response = await onRequest(
      context(() =>
        Promise.resolve(
          Response.json(
            { ok: true },
            { status: 422, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } },
          ),
        ),
      ),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    for (const [name, value] of Object.entries(headersFor('/api/inquiry', { turnstile: false }))) {
      expect(response.headers.get(name), name).toBe(value);
    }
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers a crashed function with a 500 that still carries the policy', async () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const response = await onRequest(context(() => Promise.reject(new Error('boom'))));
      expect(response.status).toBe(500);
      expect(response.headers.get('Content-Security-Policy')).toBe(cspFor('/api/inquiry', { turnstile: false }));
    } finally {
      console.error = quiet;
    }
  });
});

describe('pages a function renders', () => {
  const htmlFrom = (env: Record<string, string>) =>
    onRequest({
      request: new Request('https://example.test/api/inquiry', { method: 'POST' }),
      env,
      next: () =>
        Promise.resolve(
          new Response('<!doctype html><title>x</title>', {
            status: 422,
            headers: { 'Content-Type': 'text/html; charset=utf-8' },
          }),
        ),
    } as unknown as Parameters<typeof onRequest>[0]);

  it("get the built inquiry page policy, with Turnstile's origin when Turnstile is configured", async () => {
    const on = await htmlFrom({ TURNSTILE_SECRET_KEY: 'secret' });
    expect(on.headers.get('Content-Security-Policy')).toBe(cspFor('/inquiry/', { turnstile: true }));
    expect(on.headers.get('Content-Security-Policy')).toContain(TURNSTILE_ORIGIN);
    const off = await htmlFrom({});
    expect(off.headers.get('Content-Security-Policy')).toBe(cspFor('/inquiry/', { turnstile: false }));
    expect(off.headers.get('Content-Security-Policy')).not.toContain(TURNSTILE_ORIGIN);
  });

  it('allow the analytics origins when the site opted in to DAP, as the built pages do', async () => {
    const on = await htmlFrom({ DAP_AGENCY: 'DOS' });
    expect(on.headers.get('Content-Security-Policy')).toBe(cspFor('/inquiry/', { turnstile: false, dap: true }));
    for (const origin of DAP_SCRIPT_ORIGINS) expect(on.headers.get('Content-Security-Policy')).toContain(origin);
    const off = await htmlFrom({ DAP_AGENCY: ' ' });
    for (const origin of DAP_SCRIPT_ORIGINS) expect(off.headers.get('Content-Security-Policy')).not.toContain(origin);
  });
});
