/**
 * Delivery of an email: through Resend, with bounded retries under one
 * idempotency key, or to the server log when a local server has no key.
 */
import { Resend } from 'resend';

export interface OutgoingEmail {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
}

export type DeliveryResult =
  { ok: true; id: string } | { ok: false; status: number | null; name: string; message: string; attempts: number };

export interface Transport {
  /** Which transport this is, for logs and for the response. */
  readonly kind: 'resend' | 'log';
  send(email: OutgoingEmail, idempotencyKey: string): Promise<DeliveryResult>;
}

/** The part of a Resend error the retry policy reads. */
export interface ResendFailure {
  statusCode: number | null;
  name: string;
}

/** How long to wait before trying again, or `null` to stop. */
export function retryDelay(
  failure: ResendFailure,
  headers: Record<string, string> | null,
  attempt: number,
  random: () => number = Math.random,
): number | null {
  const { statusCode: status, name } = failure;
  // Quotas do not recover within seconds; validation, auth and idempotency
  // mismatches never will. Retrying those only repeats the failure.
  if (name === 'daily_quota_exceeded' || name === 'monthly_quota_exceeded') return null;
  const transient =
    status === null || // no answer: network failure or timeout
    status >= 500 ||
    status === 429 ||
    (status === 409 && name === 'concurrent_idempotent_requests');
  if (!transient) return null;
  const after = headers?.['retry-after'];
  if (after !== undefined) {
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  // Exponential backoff with jitter: about 0.3 s, 0.9 s, 2.7 s.
  return Math.round(300 * 3 ** attempt * (0.75 + random() * 0.5));
}

export interface ResendTransportOptions {
  apiKey: string;
  /** Resend's API origin; tests point it at a local stub. */
  baseUrl: string;
  /** Total time for every attempt and wait, in milliseconds. */
  budgetMs?: number;
  /** At most this many requests. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The clock the budget is measured on; tests pass one they move themselves. */
  now?: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends with the Resend SDK, retrying transient failures within the budget. */
export function resendTransport({
  apiKey,
  baseUrl,
  budgetMs = 8000,
  maxAttempts = 5,
  sleep = wait,
  now = Date.now,
}: ResendTransportOptions): Transport {
  // Both passed explicitly: workerd has no process.env for the SDK to fall back on.
  const resend = new Resend(apiKey, { baseUrl });
  return {
    kind: 'resend',
    async send(email, idempotencyKey) {
      const deadline = now() + budgetMs;
      let last: DeliveryResult = { ok: false, status: null, name: 'not_sent', message: 'Not sent', attempts: 0 };
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const remaining = deadline - now();
        if (remaining <= 0) break;
        // The SDK turns an abort into a network-style error, which is retried if time is left.
        const { data, error, headers } = await resend.emails.send(
          {
            from: email.from,
            to: email.to,
            subject: email.subject,
            text: email.text,
            html: email.html,
            ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          },
          { idempotencyKey, signal: AbortSignal.timeout(remaining) },
        );
        // The SDK never throws for an HTTP error: `error` is the only signal.
        if (!error) return { ok: true, id: data.id };
        const failure = error;
        last = {
          ok: false,
          status: failure.statusCode,
          name: failure.name,
          message: failure.message,
          attempts: attempt + 1,
        };
        const delay = retryDelay(failure, headers, attempt);
        if (delay === null || attempt + 1 >= maxAttempts || now() + delay >= deadline) break;
        await sleep(delay);
      }
      return last;
    },
  };
}

/** Keys the log transport has written, so a retried submission is logged once per server. */
const logged = new Map<string, string>();

/**
 * Writes each email, whole, to the server log instead of sending it. Only a
 * local server started without a key uses it (see `chooseTransport`).
 */
// console.info, not console.log: `wrangler pages dev --log-level info` (serve.mjs) hides a worker's console.log.
export function logTransport(write: (text: string) => void = console.info): Transport {
  return {
    kind: 'log',
    send(email, idempotencyKey) {
      const seen = logged.get(idempotencyKey);
      if (seen) return Promise.resolve({ ok: true, id: seen });
      const id = `log-${crypto.randomUUID()}`;
      logged.set(idempotencyKey, id);
      write(
        [
          '──── Inquiry email (log transport: RESEND_API_KEY is not set, nothing was emailed) ────',
          `Idempotency-Key: ${idempotencyKey}`,
          `From: ${email.from}`,
          `To: ${email.to.join(', ')}`,
          ...(email.replyTo ? [`Reply-To: ${email.replyTo}`] : []),
          `Subject: ${email.subject}`,
          '',
          email.text.trimEnd(),
          '──── end of inquiry email ────',
        ].join('\n'),
      );
      return Promise.resolve({ ok: true, id });
    },
  };
}
