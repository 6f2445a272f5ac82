// POST /api/inquiry: the partnership inquiry. The logic lives in src/inquiry/server/
// (every file under functions/ may become a route); this file only routes.
import { handleInquiry, methodNotAllowed } from '../../src/inquiry/server/handler';
import type { InquiryEnv } from '../../src/inquiry/server/config';

export const onRequestPost: PagesFunction<InquiryEnv> = ({ request, env }) => handleInquiry(request, env);

// Every other method. POST is delegated too, whichever handler Pages tries first.
export const onRequest: PagesFunction<InquiryEnv> = ({ request, env }) =>
  request.method === 'POST' ? handleInquiry(request, env) : methodNotAllowed();
