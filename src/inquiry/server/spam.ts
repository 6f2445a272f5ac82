/**
 * Defences against automated and abusive submissions. None of them is proof;
 * together they make the form a poor target without getting in a person's way.
 * What each layer guarantees is in docs/adr/0004-inquiry-exactly-once.md.
 */
import type { InquiryConfig, KeyValueStore } from './config';
import type { SubmissionMeta } from '../shared/schema';
import { TURNSTILE_ACTION } from '../shared/turnstile';

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

/** A filled honeypot: a person never sees the field, so only a bot fills it. */
export const honeypotFilled = (meta: Pick<SubmissionMeta, 'website'>) => meta.website.trim() !== '';

/** Longest fill time taken at its word (a day); anything longer counts as no timing. */
const MAX_FILL_MS = 24 * 60 * 60 * 1000;

/**
 * Sent faster than a person reads the form. The browser measures the fill time
 * itself (elapsed milliseconds, performance.now()), so no clock is compared with
 * another: a browser whose clock is wrong is judged like any other. A missing,
 * negative or absurd value counts as no timing, and no timing is never too fast
 * (without JavaScript there is none).
 */
export function tooFast(meta: Pick<SubmissionMeta, 'fillMs'>, config: Pick<InquiryConfig, 'minFillMs'>): boolean {
  const { fillMs } = meta;
  if (fillMs === undefined || !Number.isFinite(fillMs) || fillMs < 0 || fillMs > MAX_FILL_MS) return false;
  return fillMs < config.minFillMs;
}

/** The client's address, as Cloudflare reports it. */
export function clientAddress(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? 'unknown';
}

/**
 * The part of an address that one client controls. An IPv6 client is usually
 * given a whole /64, so it could change its address at will inside it: it is
 * counted by its /64. An IPv4 address counts as itself.
 */
export function rateKeyFor(address: string): string {
  // IPv4, and IPv4 written inside IPv6 (::ffff:192.0.2.1), count as the address itself.
  if (!address.includes(':') || address.includes('.')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const prefix = (tail === undefined ? left : [...left, ...zeros, ...right]).slice(0, 4);
  if (prefix.length < 4 || !prefix.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/**
 * Counts kept in this isolate, beside KV, per namespace binding. The check and
 * the count below run without an await between reading this map and writing it,
 * so simultaneous requests that reach one isolate are counted one after another,
 * not each as the first. KV alone cannot do that: it has no atomic increment.
 */
const counted = new WeakMap<KeyValueStore, Map<string, { count: number; until: number }>>();

/** Takes one from the limit under `key`: the seconds to wait when none is left, or 0. */
async function take(kv: KeyValueStore, key: string, limit: number, end: number, now: number): Promise<number> {
  const seconds = Math.floor(now / 1000);
  let local = counted.get(kv);
  if (!local) {
    local = new Map<string, { count: number; until: number }>();
    counted.set(kv, local);
  }
  if (local.size > 10_000) for (const [k, v] of local) if (v.until <= seconds) local.delete(k);
  const stored = Number((await kv.get(key)) ?? '0') || 0;
  const count = Math.max(stored, local.get(key)?.count ?? 0);
  if (count >= limit) return Math.max(1, end - seconds);
  local.set(key, { count: count + 1, until: end });
  await kv.put(key, String(count + 1), { expirationTtl: end - seconds + 60 });
  return 0;
}

/**
 * One client's allowance (its address, or its /64 for IPv6) in fixed windows, under
 * its own `scope` so that different endpoints never spend each other's counts.
 * Returns the seconds to wait, or 0.
 */
export async function clientLimited(
  kv: KeyValueStore,
  scope: string,
  address: string,
  limit: number,
  windowSeconds: number,
  now = Date.now(),
): Promise<number> {
  const start = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  return take(kv, `${scope}:${rateKeyFor(address)}:${start}`, limit, start + windowSeconds, now);
}

/**
 * The rate limits on new submissions: per client (its address, or its /64 for
 * IPv6) in fixed windows, and site-wide per hour, so that a flood from many
 * addresses cannot spend the email quota that real inquiries need. Returns the
 * seconds to wait, or 0 when the submission may go ahead. A store that fails
 * skips the limit for this request (the caller logs it): the inquiry matters more.
 */
export async function rateLimited(
  kv: KeyValueStore | undefined,
  address: string,
  config: Pick<InquiryConfig, 'rateLimit' | 'rateWindowSeconds' | 'globalLimit'>,
  now = Date.now(),
): Promise<number> {
  if (!kv) return 0;
  const own = await clientLimited(kv, 'rate', address, config.rateLimit, config.rateWindowSeconds, now);
  if (own > 0) return own;
  const hour = Math.floor(now / 1000 / 3600) * 3600;
  return take(kv, `rate:global:${hour}`, config.globalLimit, hour + 3600, now);
}

/** What Turnstile said: yes, no, or nothing (it could not be reached). */
export type TurnstileVerdict = 'accepted' | 'rejected' | 'unavailable';

/**
 * The hostnames a token of this site may have been solved on: the host the request
 * came to (the site's own origin) and the hosts of ALLOWED_ORIGINS, lower-cased.
 */
export function turnstileHostnames(siteOrigin: string, allowedOrigins: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  for (const origin of [siteOrigin, ...allowedOrigins]) {
    try {
      hosts.add(new URL(origin).hostname.toLowerCase());
    } catch {
      // Not an origin (a typo in ALLOWED_ORIGINS): it allows no hostname.
    }
  }
  return hosts;
}

/**
 * Why a successful siteverify answer does not vouch for this form on this site, or
 * null when it does. `success` alone is not enough: a token solved on any hostname
 * the site key allows (a preview, another app sharing the key) or for another action
 * passes siteverify too. So the answer must name a hostname of this site and this
 * form's action; a missing field counts as a mismatch.
 */
export function turnstileMismatch(answer: Record<string, unknown>, hostnames: ReadonlySet<string>): string | null {
  const { hostname, action } = answer;
  if (typeof hostname !== 'string' || !hostnames.has(hostname.toLowerCase()))
    return `solved on hostname ${quoted(hostname)}, not on this site`;
  if (action !== TURNSTILE_ACTION) return `solved for action ${quoted(action)}, not "${TURNSTILE_ACTION}"`;
  return null;
}

/** A value from the answer, quoted and shortened for a log line; a missing one as null. */
const quoted = (value: unknown) => JSON.stringify(typeof value === 'string' ? value.slice(0, 100) : null);

/**
 * Asks Turnstile whether the token is good, and for this site: `siteOrigin` is the
 * origin the request came to; ALLOWED_ORIGINS add others.
 */
export async function verifyTurnstile(
  token: string,
  address: string,
  config: Pick<InquiryConfig, 'turnstileSecret' | 'turnstileVerifyUrl' | 'allowedOrigins'>,
  siteOrigin: string,
): Promise<TurnstileVerdict> {
  if (!config.turnstileSecret) return 'accepted';
  if (!token) return 'rejected';
  let response: Response;
  try {
    const body = new FormData();
    body.set('secret', config.turnstileSecret);
    body.set('response', token);
    if (address !== 'unknown') body.set('remoteip', address);
    response = await fetch(config.turnstileVerifyUrl, { method: 'POST', body, signal: AbortSignal.timeout(5000) });
  } catch {
    return 'unavailable';
  }
  if (response.status >= 500 || response.status === 429) return 'unavailable';
  let result: unknown;
  try {
    result = await response.json();
  } catch {
    return 'unavailable';
  }
  if (typeof result !== 'object' || result === null) return 'rejected';
  const answer = result as Record<string, unknown>;
  if (answer['success'] !== true) return 'rejected';
  const mismatch = turnstileMismatch(answer, turnstileHostnames(siteOrigin, config.allowedOrigins));
  if (mismatch === null) return 'accepted';
  // A good token minted elsewhere: worth a line for whoever reads the log (no token, no address).
  console.warn(`inquiry: Turnstile token refused: ${mismatch}`);
  return 'rejected';
}
