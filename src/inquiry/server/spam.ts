/**
 * Defences against automated submissions. None of them is proof; together they
 * make the form a poor target without getting in a person's way.
 */
import type { InquiryConfig, KeyValueStore } from './config';
import type { SubmissionMeta } from '../shared/schema';

/**
 * A cross-site post is refused. A request without Origin (curl, an old browser)
 * passes: the other defences still apply to it.
 */
export function originAllowed(request: Request, config: Pick<InquiryConfig, 'allowedOrigins'>): boolean {
  if (request.headers.get('Sec-Fetch-Site') === 'cross-site') return false;
  const origin = request.headers.get('Origin');
  if (origin === null) return true;
  return origin === new URL(request.url).origin || config.allowedOrigins.includes(origin);
}

/**
 * A bot fills the honeypot, or submits faster than a person can read the form.
 * Such a submission gets a normal-looking answer and sends nothing, so the bot
 * learns nothing. The fill time is judged only when the browser supplied one.
 */
export function looksAutomated(
  meta: SubmissionMeta,
  config: Pick<InquiryConfig, 'minFillMs'>,
  now = Date.now(),
): boolean {
  if (meta.website.trim() !== '') return true;
  return meta.startedAt !== undefined && now - meta.startedAt < config.minFillMs;
}

/** The client's address, as Cloudflare reports it. */
export function clientAddress(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? 'unknown';
}

/**
 * Counts new submissions per address in fixed windows on KV. KV is eventually
 * consistent and has no atomic increment, so a burst can slip a few past the
 * limit; it stops floods, not every extra message (see docs/adr).
 * Returns the seconds to wait, or 0 when the submission may go ahead.
 */
export async function rateLimited(
  kv: KeyValueStore | undefined,
  address: string,
  config: Pick<InquiryConfig, 'rateLimit' | 'rateWindowSeconds'>,
  now = Date.now(),
): Promise<number> {
  if (!kv) return 0;
  const window = config.rateWindowSeconds;
  const start = Math.floor(now / 1000 / window) * window;
  const key = `rate:${address}:${start}`;
  const count = Number((await kv.get(key)) ?? '0') || 0;
  if (count >= config.rateLimit) return Math.max(1, start + window - Math.floor(now / 1000));
  await kv.put(key, String(count + 1), { expirationTtl: window + 60 });
  return 0;
}

/** Asks Turnstile whether the token is good; any failure to ask counts as no. */
export async function turnstileAccepts(
  token: string,
  address: string,
  config: Pick<InquiryConfig, 'turnstileSecret' | 'turnstileVerifyUrl'>,
): Promise<boolean> {
  if (!config.turnstileSecret) return true;
  if (!token) return false;
  try {
    const body = new FormData();
    body.set('secret', config.turnstileSecret);
    body.set('response', token);
    if (address !== 'unknown') body.set('remoteip', address);
    const response = await fetch(config.turnstileVerifyUrl, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return false;
    const result: unknown = await response.json();
    return typeof result === 'object' && result !== null && (result as { success?: unknown }).success === true;
  } catch {
    return false;
  }
}
