/**
 * The inquiry endpoint, independent of the Pages Functions file that routes to
 * it, so unit tests can call it with a fake environment.
 *
 * JSON in (the form's script) → JSON out. A form post (JavaScript off) → a page:
 * 303 to the thanks page, or the form re-rendered with what went wrong and every
 * value kept.
 */
import { BodyError, bodyKind, parseBody, readLimited, type BodyKind, type Submitted } from './body';
import { readConfig, type InquiryConfig, type InquiryEnv } from './config';
import { logTransport, resendTransport, type Transport } from './deliver';
import { renderConfirmationEmail, renderInquiryEmail } from './email';
import { mailtoLink } from '../shared/mailto';
import type { Notice } from '../shared/markup';
import { ui } from '../shared/messages';
import { renderFormPage } from './page';
import { idempotencyKey, makeReference } from './reference';
import {
  SubmissionMetaSchema,
  validateInquiry,
  type FieldErrors,
  type FormValues,
  type InquiryResponse,
} from '../shared/schema';
import { clientAddress, looksAutomated, originAllowed, rateLimited, turnstileAccepts } from './spam';
import { recall, remember } from './store';

const baseHeaders = { 'Cache-Control': 'no-store' };

function json(status: number, body: InquiryResponse, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  });
}

/** Answers a method other than POST. */
export function methodNotAllowed(): Response {
  return json(405, { ok: false, error: 'method_not_allowed', message: ui.methodNotAllowed }, { Allow: 'POST' });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The transport for this request. The log transport needs both the flag that
 * only `npm start` sets without a key and a loopback address, so a deployment
 * can never fall into it by accident: without a key it answers 503.
 */
function chooseTransport(config: InquiryConfig, request: Request): Transport | null {
  if (config.resendApiKey) return resendTransport({ apiKey: config.resendApiKey, baseUrl: config.resendBaseUrl });
  if (config.logTransport && LOOPBACK.has(new URL(request.url).hostname)) return logTransport();
  return null;
}

interface Context {
  request: Request;
  env: InquiryEnv;
  kind: BodyKind;
  values: Submitted;
}

/** A failure answered in the request's own language: JSON, or the form page re-rendered. */
async function failure(
  ctx: Context,
  status: number,
  error: string,
  message: string,
  extra: { errors?: FieldErrors; mailto?: string; headers?: Record<string, string>; heading?: string } = {},
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
        kind: 'error',
        heading: extra.heading ?? ui.failureHeading,
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

function success(ctx: Context, reference: string, transport: 'resend' | 'log'): Response {
  if (ctx.kind === 'json') return json(200, { ok: true, reference, transport });
  const location = `/inquiry/thanks/?ref=${encodeURIComponent(reference)}${transport === 'log' ? '&via=log' : ''}`;
  return new Response(null, { status: 303, headers: { ...baseHeaders, Location: location } });
}

/** Handles one POST to /api/inquiry. Never throws and never answers 500. */
export async function handleInquiry(request: Request, env: InquiryEnv): Promise<Response> {
  const kind = bodyKind(request.headers.get('Content-Type'));
  const ctx: Context = { request, env, kind: kind ?? 'json', values: {} };
  try {
    return await handle(ctx, kind);
  } catch (error) {
    console.error('inquiry: unexpected failure', error);
    try {
      return await failure(ctx, 503, 'unexpected', ui.unexpected, { mailto: mailtoLink(stringValues(ctx.values)) });
    } catch {
      return text(503, ui.unexpected);
    }
  }
}

function stringValues(values: Submitted): FormValues {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

async function handle(ctx: Context, kind: BodyKind | null): Promise<Response> {
  const { request, env } = ctx;
  const config = readConfig(env);

  if (request.method !== 'POST') return methodNotAllowed();
  if (!originAllowed(request, config)) return failure(ctx, 403, 'forbidden_origin', ui.forbidden);
  if (kind === null) return json(415, { ok: false, error: 'unsupported_media_type', message: ui.unsupportedType });

  // Read and parse.
  try {
    const bytes = await readLimited(request);
    ctx.values = await parseBody(bytes, kind, request.headers.get('Content-Type') ?? '');
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    if (error.status === 413) return failure(ctx, 413, 'payload_too_large', ui.tooLarge, { heading: ui.tooLarge });
    return failure(ctx, 400, 'malformed_body', kind === 'json' ? ui.malformedJson : ui.unexpected);
  }

  const meta = SubmissionMetaSchema.safeParse(ctx.values);
  if (!meta.success) return failure(ctx, 400, 'malformed_body', 'The submission id or start time is malformed.');

  const address = clientAddress(request);
  const validation = validateInquiry(ctx.values);

  // A bot gets the answer a person would, and nothing is sent. Checked after
  // validation fails so a bot cannot probe with invalid bodies either way.
  if (looksAutomated(meta.data, config)) {
    console.warn('inquiry: suspected bot (honeypot or fill time); nothing sent');
    if (!validation.ok) return failure(ctx, 422, 'validation', ui.errorSummaryHeading, { errors: validation.errors });
    const decoy = await makeReference(crypto.randomUUID(), new Date());
    return success(ctx, decoy, config.resendApiKey ? 'resend' : 'log');
  }

  if (!validation.ok) return failure(ctx, 422, 'validation', ui.errorSummaryHeading, { errors: validation.errors });
  const inquiry = validation.data;
  const mailto = mailtoLink(inquiry);

  if (!(await turnstileAccepts(meta.data.turnstileToken, address, config))) {
    return failure(ctx, 403, 'turnstile_failed', ui.turnstileFailed);
  }

  const transport = chooseTransport(config, request);
  if (!transport) {
    console.error('inquiry: RESEND_API_KEY is not set; email delivery is not configured');
    return failure(ctx, 503, 'not_configured', `${ui.notConfigured}. ${ui.failureBody}`, {
      mailto,
      heading: ui.notConfigured,
    });
  }

  // Exactly once: a submission already delivered answers with its reference and sends nothing.
  const key = await idempotencyKey(inquiry, meta.data);
  const kv = env.INQUIRY_KV;
  const known = await recall(kv, key);
  if (known?.status === 'sent') return success(ctx, known.reference, transport.kind);

  // Only new submissions count towards the limit, so retrying one never locks a person out.
  if (!known) {
    const wait = await rateLimited(kv, address, config);
    if (wait > 0)
      return failure(ctx, 429, 'rate_limited', ui.rateLimited, { mailto, headers: { 'Retry-After': String(wait) } });
  }

  const reference = known?.reference ?? (await makeReference(key, new Date()));
  if (!known) await remember(kv, key, { reference, status: 'pending' });

  const origin = new URL(request.url).origin;
  const email = renderInquiryEmail(inquiry, reference, `${origin}/inquiry/`);
  const result = await transport.send({ from: config.from, to: config.to, replyTo: inquiry.email, ...email }, key);
  if (!result.ok) {
    console.error(
      `inquiry: delivery failed after ${result.attempts} attempt(s): ${result.status ?? 'no answer'} ${result.name}: ${result.message}`,
    );
    return failure(ctx, 502, 'delivery_failed', ui.failureBody, { mailto });
  }
  await remember(kv, key, { reference, status: 'sent' });

  if (config.confirmation) {
    const copy = renderConfirmationEmail(inquiry, reference);
    const sent = await transport.send(
      { from: config.from, to: [inquiry.email], replyTo: config.to[0]!, ...copy },
      `${key}-confirmation`,
    );
    // The inquiry itself arrived; a lost copy is logged, not shown as a failure.
    if (!sent.ok) console.error(`inquiry: confirmation copy not sent: ${sent.status ?? 'no answer'} ${sent.name}`);
  }
  return success(ctx, reference, transport.kind);
}
