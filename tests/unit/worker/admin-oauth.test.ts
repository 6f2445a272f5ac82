// The content editor's GitHub sign-in (functions/api/admin/): the state signed into an
// HttpOnly cookie and checked on return, the code traded for a token with the secret (at
// a local stand-in for github.com: no real network), the token posted to the editor's
// window only, and the callback page under its own policy with its script's hash.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequest as middleware } from '../../../functions/api/_middleware';
import { onRequestGet as auth } from '../../../functions/api/admin/auth';
import { onRequestGet as callback } from '../../../functions/api/admin/callback';
import { CALLBACK_SCRIPT, GITHUB_ORIGIN, STATE_COOKIE, type AdminEnv } from '../../../src/features/admin/server/oauth';
import { useVendorRoutes } from './vendor-routes';

const SITE = 'https://inl.example';
const env: AdminEnv = { GITHUB_CLIENT_ID: 'client-id', GITHUB_CLIENT_SECRET: 'client-secret-value' };

/** github.com's token endpoint, stood in for: records each exchange, answers with `answer`. */
const exchanges: Record<string, string>[] = [];
let answer: Record<string, string> = { access_token: 'gho_token', token_type: 'bearer', scope: 'repo' };
const github = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    if (req.method === 'POST' && req.url === '/login/oauth/access_token') {
      exchanges.push(JSON.parse(body) as Record<string, string>);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    } else res.writeHead(404).end();
  });
});
let githubUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  const address = github.address();
  githubUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => github.close(() => resolve())));

const routes = useVendorRoutes();

type Context = Parameters<typeof auth>[0];
const call = (handler: typeof auth, url: string, headers: Record<string, string> = {}, withEnv = env) =>
  handler({ request: new Request(url, { headers }), env: withEnv } as unknown as Context) as Promise<Response>;

/** Starts a sign-in; returns the state GitHub is sent and the cookie that carries it. */
async function start() {
  const response = await call(auth, `${SITE}/api/admin/auth?provider=github&site_id=inl.example&scope=repo`);
  const location = new URL(response.headers.get('Location') ?? '');
  const cookie = (response.headers.get('Set-Cookie') ?? '').split(';')[0]!;
  return { response, location, state: location.searchParams.get('state') ?? '', cookie };
}

const messageOf = async (response: Response) => {
  const html = await response.text();
  const attribute = /data-message="([^"]*)"/.exec(html)?.[1] ?? '';
  return attribute
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
};

describe('starting the sign-in', () => {
  it('sends the staff member to GitHub with the client id, the callback, the scope and a fresh state', async () => {
    const { response, location, state } = await start();
    expect(response.status).toBe(302);
    expect(location.origin + location.pathname).toBe(`${GITHUB_ORIGIN}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe('client-id');
    expect(location.searchParams.get('redirect_uri')).toBe(`${SITE}/api/admin/callback`);
    expect(location.searchParams.get('scope')).toBe('repo');
    expect(state.length).toBeGreaterThanOrEqual(40);
    expect((await start()).state).not.toBe(state);
  });

  it('keeps the state in a signed, HttpOnly, Secure cookie, never the secret', async () => {
    const { response, state } = await start();
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${STATE_COOKIE}=${state}\\.[\\w-]{40,};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toContain('client-secret-value');
    expect(response.headers.get('Location')).not.toContain('client-secret-value');
  });

  it('answers 503 where no client secret is configured', async () => {
    const response = await call(auth, `${SITE}/api/admin/auth`, {}, { GITHUB_CLIENT_ID: 'client-id' });
    expect(response.status).toBe(503);
  });
});

describe('the callback', () => {
  it('trades the code for a token with the secret, and posts it to the site’s own origin only', async () => {
    routes().route(GITHUB_ORIGIN, githubUrl);
    exchanges.length = 0;
    answer = { access_token: 'gho_token', token_type: 'bearer', scope: 'repo' };
    const { state, cookie } = await start();
    const response = await call(callback, `${SITE}/api/admin/callback?code=the-code&state=${state}`, {
      Cookie: cookie,
    });
    expect(response.status).toBe(200);
    expect(exchanges).toEqual([
      {
        client_id: 'client-id',
        client_secret: 'client-secret-value',
        code: 'the-code',
        redirect_uri: `${SITE}/api/admin/callback`,
      },
    ]);
    const html = await response.clone().text();
    expect(html).toContain(`data-origin="${SITE}"`);
    expect(await messageOf(response)).toBe('authorization:github:success:{"token":"gho_token","provider":"github"}');
    expect(response.headers.get('Set-Cookie')).toMatch(new RegExp(`^${STATE_COOKIE}=;.*Max-Age=0`));
  });

  it('carries its own policy: nothing but its one inline script, by that script’s hash', async () => {
    routes().route(GITHUB_ORIGIN, githubUrl);
    const { state, cookie } = await start();
    const response = await call(callback, `${SITE}/api/admin/callback?code=c&state=${state}`, { Cookie: cookie });
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toEqual([CALLBACK_SCRIPT]);
    const hash = createHash('sha256').update(CALLBACK_SCRIPT).digest('base64');
    expect(response.headers.get('Content-Security-Policy')).toBe(
      `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it('keeps that policy through the functions’ middleware, which sets every other security header', async () => {
    routes().route(GITHUB_ORIGIN, githubUrl);
    const { state, cookie } = await start();
    const request = new Request(`${SITE}/api/admin/callback?code=c&state=${state}`, { headers: { Cookie: cookie } });
    const response = await middleware({
      request,
      env: {},
      next: () => call(callback, request.url, { Cookie: cookie }),
    } as unknown as Parameters<typeof middleware>[0]);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'; script-src 'sha256-/);
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('unsafe-none');
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/max-age=/);
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  for (const [what, cookieOf, stateOf] of [
    ['no cookie', () => '', (state: string) => state],
    ['another state than the cookie’s', (cookie: string) => cookie, () => 'x'.repeat(43)],
    [
      'a cookie whose signature is not the secret’s',
      (cookie: string) => `${cookie.split('.')[0]}.forged`,
      (state: string) => state,
    ],
  ] as const) {
    it(`refuses ${what}, and never asks GitHub for a token`, async () => {
      exchanges.length = 0;
      const { state, cookie } = await start();
      const response = await call(callback, `${SITE}/api/admin/callback?code=c&state=${stateOf(state)}`, {
        Cookie: cookieOf(cookie),
      });
      expect(response.status).toBe(400);
      expect(await messageOf(response)).toMatch(/^authorization:github:error:\{"error":"the sign-in expired/);
      expect(exchanges).toEqual([]);
    });
  }

  it('passes GitHub’s refusal on, with no token', async () => {
    routes().route(GITHUB_ORIGIN, githubUrl);
    answer = { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' };
    const { state, cookie } = await start();
    const response = await call(callback, `${SITE}/api/admin/callback?code=old&state=${state}`, { Cookie: cookie });
    expect(response.status).toBe(401);
    expect(await messageOf(response)).toBe(
      'authorization:github:error:{"error":"The code passed is incorrect or expired."}',
    );
  });
});
