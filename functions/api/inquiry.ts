// POST /api/inquiry: the partnership inquiry. The logic lives in src/features/inquiry/server/
// (every file under functions/ may become a route); this file only routes.
import { methodNotAllowed } from '../../src/features/inquiry/server/answers';
import { handleInquiry } from '../../src/features/inquiry/server/handler';
import type { InquiryEnv } from '../../src/features/inquiry/server/config';

export const onRequestPost: PagesFunction<InquiryEnv> = ({ request, env }) => handleInquiry(request, env);

/**
 * A browser that asks for a page here (Enter in the address bar after a form post
 * without JavaScript left it at /api/inquiry) is sent to the form rather than shown
 * raw JSON. Any other GET, or another method, gets the 405 with `Allow: POST`.
 */
function forBrowser(request: Request): Response | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (!(request.headers.get('Accept') ?? '').toLowerCase().includes('text/html')) return null;
  return new Response(null, {
    status: 303,
    headers: { Location: '/inquiry/', 'Cache-Control': 'no-store', Vary: 'Accept' },
  });
}

// Every other method. POST is delegated too, whichever handler Pages tries first.
export const onRequest: PagesFunction<InquiryEnv> = ({ request, env }) => {
  if (request.method === 'POST') return handleInquiry(request, env);
  const redirect = forBrowser(request);
  if (redirect) return redirect;
  const refused = methodNotAllowed();
  // The answer depends on Accept: a shared cache must not hand this 405 to a browser.
  refused.headers.set('Vary', 'Accept');
  return refused;
};
