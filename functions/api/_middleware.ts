/**
 * Sets the site's security headers (src/security/headers.ts) on every function
 * response: Cloudflare applies `_headers` to static files only.
 *
 * It lives in functions/api/ rather than functions/ on purpose: a middleware at the
 * root would route every static page through a Worker too (wrangler's generated
 * `_routes.json` then includes `/*`). A function outside functions/api/ (the thanks
 * page, functions/inquiry/thanks/) has a middleware in its own folder that re-exports
 * this one. tests/unit/security-headers.test.ts holds all three: no middleware at the
 * root, every function covered by one, and every other one a re-export of this.
 */
import type { InquiryEnv } from '../../src/features/inquiry/server/config';
import { headersFor } from '../../src/security/headers';

/** The content editor's sign-in functions (functions/api/admin/). */
const ADMIN_FUNCTIONS_PREFIX = '/api/admin/';

/** DAP_AGENCY reaches the functions as it reaches the build: Pages gives both the project's variables. */
type MiddlewareEnv = Pick<InquiryEnv, 'TURNSTILE_SECRET_KEY'> & { DAP_AGENCY?: string };

export const onRequest: PagesFunction<MiddlewareEnv> = async (context) => {
  let response: Response;
  try {
    response = await context.next();
  } catch (error) {
    // An uncaught error would reach the visitor as Cloudflare's bare error page, without the policy.
    console.error('Function failed:', error);
    response = Response.json({ error: 'Internal error' }, { status: 500 });
  }
  const pathname = new URL(context.request.url).pathname;
  // Responses from next() may have immutable headers: copy before changing them.
  const secured = new Response(response.body, response);
  // A page a function renders (the inquiry form re-rendered for a browser without
  // JavaScript, the thanks page) gets the policy of the built inquiry pages, with
  // Turnstile's origin when Turnstile is configured, so its widget works there too.
  // Such a page carries the analytics script when the build opted in (DAP_AGENCY), so its
  // policy allows DAP's origins as the built pages' does.
  // Every other response keeps the policy of its own path, without Turnstile.
  const page = (secured.headers.get('Content-Type') ?? '').startsWith('text/html');
  const turnstile = page && (context.env.TURNSTILE_SECRET_KEY ?? '').trim() !== '';
  const dap = page && (context.env.DAP_AGENCY ?? '').trim() !== '';
  for (const [name, value] of Object.entries(headersFor(page ? '/inquiry/' : pathname, { turnstile, dap }))) {
    secured.headers.set(name, value);
  }
  secured.headers.delete('Access-Control-Allow-Origin');
  // The content editor's sign-in page (functions/api/admin/callback.ts) carries a policy of
  // its own, with the hash of its one script, and must reach the window that opened it.
  if (pathname.startsWith(ADMIN_FUNCTIONS_PREFIX)) {
    for (const name of ['Content-Security-Policy', 'Cross-Origin-Opener-Policy']) {
      const own = response.headers.get(name);
      if (own) secured.headers.set(name, own);
    }
  }
  return secured;
};
