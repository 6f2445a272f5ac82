/**
 * What the inquiry endpoint answers, in the request's own language: JSON for the form's
 * script, a page (the form re-rendered, or a redirect to the thanks page) for a form post.
 */
import type { BodyKind, Submitted } from './body';
import type { InquiryEnv } from './config';
import type { Notice } from '../shared/markup';
import { inquiryUi } from '../shared/words';
import { renderFormPage } from './page';
import type { FieldErrors, InquiryResponse } from '../shared/schema';

const baseHeaders = { 'Cache-Control': 'no-store' };

export function json(status: number, body: InquiryResponse, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

export function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  });
}

/** Answers a method other than POST. */
export function methodNotAllowed(): Response {
  return json(405, { ok: false, error: 'method_not_allowed', message: inquiryUi.methodNotAllowed }, { Allow: 'POST' });
}

export interface Context {
  request: Request;
  env: InquiryEnv;
  kind: BodyKind;
  values: Submitted;
}

/** A failure answered in the request's own language: JSON, or the form page re-rendered. */
export async function failure(
  ctx: Context,
  status: number,
  error: string,
  message: string,
  extra: {
    errors?: FieldErrors;
    mailto?: string;
    headers?: Record<string, string>;
    heading?: string;
    kind?: Notice['kind'];
  } = {},
): Promise<Response> {
  if (ctx.kind === 'json') {
    return json(
      status,
      {
        ok: false,
        error,
        message,
        ...(extra.errors ? { errors: extra.errors } : {}),
        ...(extra.mailto ? { mailto: extra.mailto } : {}),
      },
      extra.headers,
    );
  }
  if (!ctx.env.ASSETS) return text(status, message, extra.headers);
  const notice: Notice | undefined = extra.errors
    ? undefined
    : {
        kind: extra.kind ?? 'error',
        heading: extra.heading ?? inquiryUi.failureHeading,
        paragraphs: [message],
        ...(extra.mailto ? { mailto: extra.mailto } : {}),
      };
  const page = await renderFormPage(
    ctx.env.ASSETS,
    ctx.request,
    { values: ctx.values, ...(extra.errors ? { errors: extra.errors } : {}), ...(notice ? { notice } : {}) },
    status,
  );
  for (const [k, v] of Object.entries(extra.headers ?? {})) page.headers.set(k, v);
  return page;
}

export function success(ctx: Context, reference: string, transport: 'resend' | 'log'): Response {
  if (ctx.kind === 'json') return json(200, { ok: true, reference, transport });
  const location = `/inquiry/thanks/?ref=${encodeURIComponent(reference)}${transport === 'log' ? '&via=log' : ''}`;
  return new Response(null, { status: 303, headers: { ...baseHeaders, Location: location } });
}
