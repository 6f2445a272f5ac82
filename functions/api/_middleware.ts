/**
 * Sets the site's security headers (src/security/headers.ts) on every function
 * response: Cloudflare applies `_headers` to static files only.
 *
 * It lives in functions/api/ rather than functions/ on purpose: a middleware at the
 * root would route every static page through a Worker too (wrangler's generated
 * `_routes.json` then includes `/*`). Every function therefore lives under
 * functions/api/, which a unit test holds.
 */
import { headersFor } from '../../src/security/headers';

export const onRequest: PagesFunction = async (context) => {
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
  // Functions never embed Turnstile, so its host is never allowed here.
  for (const [name, value] of Object.entries(headersFor(pathname, { turnstile: false }))) {
    secured.headers.set(name, value);
  }
  secured.headers.delete('Access-Control-Allow-Origin');
  return secured;
};
