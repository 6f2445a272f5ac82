/**
 * The inquiry endpoint, independent of the Pages Functions file that routes to
 * it, so unit tests can call it with a fake environment.
 *
 * JSON in (the form's script) → JSON out. A form post (JavaScript off) → a page:
 * 303 to the thanks page, or the form re-rendered with what went wrong and every
 * value kept.
 */
import { BodyError, bodyKind, parseBody, readLimited, type BodyKind, type Submitted } from './body';
import { isLocal, logTransportActive, readConfig, type InquiryConfig, type InquiryEnv } from './config';
import { foreignVendorEndpoint, turnstileMissing } from './config';
import { logTransport, resendTransport, type Transport } from './deliver';
import { renderConfirmationEmail, renderInquiryEmail } from './email';
import { mailtoLink } from '../shared/mailto';
import { inquiryUi } from '../shared/words';
import { failure, json, methodNotAllowed, success, text, type Context } from './answers';
import { idempotencyKey, makeReference } from './reference';
import { SubmissionMetaSchema, validateInquiry, type FormValues } from '../shared/schema';
import {
  clientAddress,
  confirmationAllowed,
  honeypotFilled,
  originAllowed,
  rateLimited,
  tooFast,
  verifyTurnstile,
} from './spam';
import { recall, remember } from './store';

/** The transport for this request, or null when email delivery is not configured. */
function chooseTransport(config: InquiryConfig, request: Request): Transport | null {
  if (config.resendApiKey) return resendTransport({ apiKey: config.resendApiKey, baseUrl: config.resendBaseUrl });
  if (logTransportActive(config, request)) return logTransport();
  return null;
}

/**
 * Resend's shared test sender only delivers to the Resend account's own address,
 * and a .gov inbox rejects it (DMARC). A deployment must name its own verified sender.
 */
const TEST_SENDER = /onboarding@resend\.dev/i;

/** Why delivery is not configured for this request, or null when it is. */
function notConfigured(config: InquiryConfig, request: Request, transport: Transport | null): string | null {
  if (!transport) return 'RESEND_API_KEY is not set';
  if (transport.kind === 'resend' && !isLocal(request) && TEST_SENDER.test(config.from))
    return "INQUIRY_FROM is Resend's test sender onboarding@resend.dev; set a sender on the verified domain";
  // A secret only to its vendor; Turnstile required once deployed (config.ts says why).
  return foreignVendorEndpoint(config, request) ?? turnstileMissing(config, request);
}

/**
 * Runs a step on the submission record; a failing store is logged and answered with
 * `fallback`, never a failed inquiry: without the record, Resend's idempotency key still
 * sends once. (The limits' counters are another matter: see rateLimited.)
 */
async function orElse<T>(step: () => Promise<T>, fallback: T, what: string): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error(
      `inquiry: the store failed (${what}); going on without it:`,
      error instanceof Error ? error.message : error,
    );
    return fallback;
  }
}

/** Each said once per isolate: the first request shows the configuration problem in the log. */
const confirmationRefusalsLogged = new Set<string>();

/**
 * Why confirmation copies are off although CONFIRMATION_EMAIL=true, or null when they
 * may go. A copy goes to an address nobody has verified, and copies that bounce raise
 * the sending account's bounce rate, for which Resend pauses the account: so copies go
 * only from an account of their own, never the one that delivers the inquiries
 * (docs/adr/0013-limits-that-hold.md), and only with Turnstile in front of them.
 */
function confirmationOff(config: InquiryConfig): string | null {
  if (!config.turnstileSecret) return 'CONFIRMATION_EMAIL=true needs TURNSTILE_SECRET_KEY';
  if (!config.confirmationApiKey || !config.confirmationFrom)
    return 'CONFIRMATION_EMAIL=true needs CONFIRMATION_RESEND_API_KEY and CONFIRMATION_FROM (a Resend account of its own)';
  if (config.confirmationApiKey === config.resendApiKey)
    return "CONFIRMATION_RESEND_API_KEY must be another Resend account's key than RESEND_API_KEY";
  return null;
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
      return await failure(ctx, 503, 'unexpected', inquiryUi.unexpected, {
        mailto: mailtoLink(stringValues(ctx.values)),
      });
    } catch {
      return text(503, inquiryUi.unexpected);
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
  const copiesOff = config.confirmation ? confirmationOff(config) : null;
  if (copiesOff && !confirmationRefusalsLogged.has(copiesOff)) {
    confirmationRefusalsLogged.add(copiesOff);
    console.error(`inquiry: ${copiesOff}; no copy is sent to submitters until it is`);
  }

  if (request.method !== 'POST') return methodNotAllowed();
  if (!originAllowed(request, config)) return failure(ctx, 403, 'forbidden_origin', inquiryUi.forbidden);
  if (kind === null)
    return json(415, { ok: false, error: 'unsupported_media_type', message: inquiryUi.unsupportedType });

  // Read and parse.
  try {
    const bytes = await readLimited(request);
    ctx.values = await parseBody(bytes, kind, request.headers.get('Content-Type') ?? '');
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    if (error.status === 413)
      return failure(ctx, 413, 'payload_too_large', inquiryUi.tooLarge, { heading: inquiryUi.tooLarge });
    return failure(ctx, 400, 'malformed_body', kind === 'json' ? inquiryUi.malformedJson : inquiryUi.unexpected);
  }

  const meta = SubmissionMetaSchema.safeParse(ctx.values);
  if (!meta.success) return failure(ctx, 400, 'malformed_body', 'The submission id or fill time is malformed.');

  const address = clientAddress(request);
  const validation = validateInquiry(ctx.values);
  if (!validation.ok)
    return failure(ctx, 422, 'validation', inquiryUi.errorSummaryHeading, { errors: validation.errors });
  const inquiry = validation.data;
  const mailto = mailtoLink(inquiry);

  // Too fast for a person, perhaps autofill: an honest answer, never a decoy. The
  // form stays filled, and a second press after the minimum time goes through. The
  // fill time is what the browser reports, so this stops only the site's own script
  // sent too soon: a courtesy, not a defence against a bot, which reports what it likes.
  if (tooFast(meta.data, config)) {
    console.warn(`inquiry: sent ${meta.data.fillMs} ms after the form opened; asked to check and send again`);
    return failure(ctx, 422, 'too_fast', inquiryUi.tooFastBody, { heading: inquiryUi.tooFastHeading, kind: 'warning' });
  }

  const transport = chooseTransport(config, request);
  const why = notConfigured(config, request, transport);
  if (!transport || why) {
    console.error(`inquiry: email delivery is not configured: ${why}`);
    return failure(ctx, 503, 'not_configured', `${inquiryUi.notConfigured}. ${inquiryUi.failureBody}`, {
      mailto,
      heading: inquiryUi.notConfigured,
    });
  }

  // Exactly once: a submission already delivered answers with its reference and
  // sends nothing. Before Turnstile, whose token the first send already spent.
  const key = await idempotencyKey(inquiry, meta.data);
  const db = env.INQUIRY_DB;
  const known = await orElse(() => recall(db, key), null, 'reading the submission record');
  if (known) return success(ctx, known.reference, transport.kind);

  const verdict = await verifyTurnstile(meta.data.turnstileToken, address, config, new URL(request.url).origin);
  if (verdict === 'rejected') return failure(ctx, 403, 'turnstile_failed', inquiryUi.turnstileFailed);
  if (verdict === 'unavailable') {
    console.error('inquiry: Turnstile verification could not be reached');
    return failure(ctx, 503, 'turnstile_unavailable', inquiryUi.turnstileUnavailable, {
      heading: inquiryUi.failureHeading,
    });
  }

  // A filled honeypot is not dropped: a password manager may have filled it for a
  // person. It is delivered to the same mailbox, marked, under the quarantine's own cap.
  const suspected = honeypotFilled(meta.data);
  if (suspected) console.warn('inquiry: honeypot filled; delivered marked as suspected automated');

  const limit = await rateLimited(db, address, config, suspected);
  if (!limit.ok && limit.limit === 'unknown')
    return failure(ctx, 503, 'limits_unavailable', inquiryUi.siteBusy, { mailto, headers: { 'Retry-After': '300' } });
  if (!limit.ok)
    return failure(ctx, 429, 'rate_limited', limit.limit === 'client' ? inquiryUi.rateLimited : inquiryUi.siteBusy, {
      mailto,
      headers: { 'Retry-After': String(limit.wait) },
    });

  const reference = await makeReference(key);
  const origin = new URL(request.url).origin;
  const email = renderInquiryEmail(inquiry, reference, `${origin}/inquiry/`, { suspected });
  // Its own idempotency key: the marked email is another payload than the unmarked one.
  const result = await transport.send(
    { from: config.from, to: config.to, replyTo: inquiry.email, ...email },
    suspected ? `${key}-suspected` : key,
  );
  if (!result.ok) {
    console.error(
      `inquiry: delivery failed after ${result.attempts} attempt(s): ${result.status ?? 'no answer'} ${result.name}: ${result.message}`,
    );
    return failure(ctx, 502, 'delivery_failed', inquiryUi.failureBody, { mailto });
  }
  // One write per submission. The email has gone: a refused write is logged and
  // changes nothing for the person; the idempotency key still stops a second email.
  await orElse(() => remember(db, key, { reference, status: 'sent' }), undefined, 'recording the sent submission');

  // The copy carries fixed words and the reference only, so the form cannot make
  // the site mail someone else's text; never for a suspected inquiry; within its
  // limits per recipient and per day; and from its own Resend account, so copies that
  // bounce can never pause the account that delivers the inquiries.
  if (config.confirmation && !copiesOff && !suspected && config.confirmationApiKey && config.confirmationFrom) {
    if (await confirmationAllowed(db, inquiry.email, config)) {
      const copy = renderConfirmationEmail(reference, `${origin}/inquiry/`);
      const copies = resendTransport({ apiKey: config.confirmationApiKey, baseUrl: config.resendBaseUrl });
      const sent = await copies.send(
        { from: config.confirmationFrom, to: [inquiry.email], replyTo: config.to[0]!, ...copy },
        `${key}-confirmation`,
      );
      // The inquiry itself arrived; a lost copy is logged, not shown as a failure.
      if (!sent.ok) console.error(`inquiry: confirmation copy not sent: ${sent.status ?? 'no answer'} ${sent.name}`);
    } else console.warn('inquiry: confirmation copy not sent: its limit per recipient or per day is reached');
  }
  return success(ctx, reference, transport.kind);
}
