// GET /api/inquiry/thanks?ref=INQ-…: the static /inquiry/thanks/ page with the reference
// written in, so a browser without JavaScript shows it too. It lives under api/ with
// every other function, where functions/api/_middleware.ts adds the security headers.
import type { InquiryEnv } from '../../../src/inquiry/config';
import { renderThanksPage } from '../../../src/inquiry/page';
import { REFERENCE } from '../../../src/inquiry/reference';

export const onRequestGet: PagesFunction<InquiryEnv> = async ({ request, env }) => {
  const url = new URL(request.url);
  const ref = url.searchParams.get('ref');
  const plain = () => Response.redirect(new URL('/inquiry/thanks/', request.url).href, 302);
  // Only a well-formed reference is written into the page; anything else gets the page unchanged.
  if (!ref || !REFERENCE.test(ref)) return plain();
  try {
    return await renderThanksPage(env.ASSETS, request, ref, url.searchParams.get('via') === 'log');
  } catch (error) {
    console.error('thanks page: could not render', error);
    return plain();
  }
};
