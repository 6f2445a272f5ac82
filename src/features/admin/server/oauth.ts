/**
 * The content editor's GitHub sign-in, run by two Pages Functions (functions/api/admin/):
 * `auth` sends the staff member to GitHub with a fresh `state`, kept in a signed,
 * HttpOnly cookie; `callback` checks that state, trades GitHub's code for a token with
 * the client secret, and hands the token to the editor's window with the message
 * protocol Sveltia CMS (and Decap) listen for.
 *
 * The token can do only what its owner can: GitHub's API refuses a push or a pull request
 * to anyone without write access to the repository, so signing in gives nobody rights
 * they did not have (README, "Editing content").
 */

/** Every variable the sign-in functions read (README, "Configuration"). */
export const ADMIN_VARIABLES = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'GITHUB_OAUTH_SCOPE'] as const;

export type AdminEnv = Partial<Record<(typeof ADMIN_VARIABLES)[number], string>>;

export const GITHUB_ORIGIN = 'https://github.com';
export const AUTHORIZE_URL = `${GITHUB_ORIGIN}/login/oauth/authorize`;
export const TOKEN_URL = `${GITHUB_ORIGIN}/login/oauth/access_token`;
export const CALLBACK_PATH = '/api/admin/callback';

/** `repo` reaches a private repository; a public one needs only `public_repo` (README). */
export const DEFAULT_SCOPE = 'repo';
const SCOPES = new Set(['repo', 'public_repo']);

/** The cookie that carries the state from `auth` to `callback`; `__Host-`: this origin only, over https. */
export const STATE_COOKIE = '__Host-admin-oauth-state';
/** Ten minutes to sign in at GitHub. */
export const STATE_MAX_AGE_SECONDS = 600;

const encoder = new TextEncoder();

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

async function hmac(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return base64url(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
}

/** Compares two strings in time that does not depend on where they differ. */
function same(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The client id and secret, or undefined when sign-in is not configured. */
export function oauthClient(env: AdminEnv): { id: string; secret: string; scope: string } | undefined {
  const id = env.GITHUB_CLIENT_ID?.trim();
  const secret = env.GITHUB_CLIENT_SECRET?.trim();
  if (!id || !secret) return undefined;
  const scope = env.GITHUB_OAUTH_SCOPE?.trim() ? env.GITHUB_OAUTH_SCOPE.trim() : DEFAULT_SCOPE;
  if (!SCOPES.has(scope)) throw new Error(`GITHUB_OAUTH_SCOPE must be repo or public_repo, not "${scope}".`);
  return { id, secret, scope };
}

const notConfigured = () =>
  new Response('Sign-in is not configured on this deployment (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET).', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** `auth`: to GitHub's authorization page, with a new state signed into a cookie. */
export async function startSignIn(request: Request, env: AdminEnv): Promise<Response> {
  const client = oauthClient(env);
  if (!client) return notConfigured();
  const state = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const signature = await hmac(client.secret, state);
  const target = new URL(AUTHORIZE_URL);
  target.search = new URLSearchParams({
    client_id: client.id,
    redirect_uri: new URL(CALLBACK_PATH, request.url).href,
    scope: client.scope,
    state,
  }).toString();
  return new Response(null, {
    status: 302,
    headers: {
      Location: target.href,
      'Set-Cookie': `${STATE_COOKIE}=${state}.${signature}; Path=/; Max-Age=${STATE_MAX_AGE_SECONDS}; HttpOnly; Secure; SameSite=Lax`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The state in the request's cookie, if its signature is the client secret's. */
async function signedState(request: Request, secret: string): Promise<string | undefined> {
  const cookie = (request.headers.get('Cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${STATE_COOKIE}=`));
  const [state, signature] = (cookie?.slice(STATE_COOKIE.length + 1) ?? '').split('.');
  if (!state || !signature) return undefined;
  return same(signature, await hmac(secret, state)) ? state : undefined;
}

/**
 * The callback page's one script: it tells the editor's window it is here, waits for the
 * echo, then posts the result, to the site's own origin only. The result travels in the
 * script's data attributes, so the script's text, and so its hash, never changes.
 */
export const CALLBACK_SCRIPT =
  '(()=>{const s=document.currentScript,o=s.dataset.origin,m=s.dataset.message,w=window.opener;if(!w)return;addEventListener("message",(e)=>{e.origin===o&&e.data==="authorizing:github"&&w.postMessage(m,o)});w.postMessage("authorizing:github",o)})()';

/** The SHA-256 of the callback's script, as script-src names it. */
export async function callbackScriptHash(): Promise<string> {
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(CALLBACK_SCRIPT)))))}'`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page the sign-in window ends on: its result, posted to the editor, under a policy of its own. */
async function callbackPage(origin: string, result: { token: string } | { error: string }, status: number) {
  const outcome = 'token' in result ? 'success' : 'error';
  const message = `authorization:github:${outcome}:${JSON.stringify('token' in result ? { token: result.token, provider: 'github' } : result)}`;
  const words = 'token' in result ? 'Signed in. This window closes itself.' : `Sign-in failed: ${result.error}`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Content editor sign-in</title></head><body><p>${escapeAttribute(words)}</p><script data-origin="${escapeAttribute(origin)}" data-message="${escapeAttribute(message)}">${CALLBACK_SCRIPT}</script></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${await callbackScriptHash()}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      // The page must reach the window that opened it (the editor's), to hand it the token.
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      // The state is spent, whatever happened.
      'Set-Cookie': `${STATE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}

/** `callback`: the state checked, GitHub's code traded for a token, the result posted to the editor. */
export async function finishSignIn(request: Request, env: AdminEnv): Promise<Response> {
  const client = oauthClient(env);
  if (!client) return notConfigured();
  const url = new URL(request.url);
  const origin = url.origin;
  const state = url.searchParams.get('state') ?? '';
  const code = url.searchParams.get('code') ?? '';
  const expected = await signedState(request, client.secret);
  if (!expected || !same(state, expected)) {
    return callbackPage(
      origin,
      { error: 'the sign-in expired or did not start here. Close this window and sign in again.' },
      400,
    );
  }
  if (!code)
    return callbackPage(origin, { error: url.searchParams.get('error_description') ?? 'GitHub sent no code.' }, 400);

  let answer: { access_token?: string; error?: string; error_description?: string };
  try {
    const response = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'inl-police-partnerships-admin',
      },
      body: JSON.stringify({
        client_id: client.id,
        client_secret: client.secret,
        code,
        redirect_uri: new URL(CALLBACK_PATH, request.url).href,
      }),
    });
    answer = await response.json<typeof answer>();
  } catch (error) {
    console.error('GitHub token exchange failed:', error);
    return callbackPage(origin, { error: 'GitHub could not be reached. Try again in a moment.' }, 502);
  }
  if (!answer.access_token) {
    return callbackPage(origin, { error: answer.error_description ?? answer.error ?? 'GitHub gave no token.' }, 401);
  }
  return callbackPage(origin, { token: answer.access_token }, 200);
}
