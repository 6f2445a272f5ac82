/**
 * Defences against automated and abusive submissions. None of them is proof;
 * together they make the form a poor target without getting in a person's way.
 * What each layer guarantees is in docs/adr/0004-inquiry-exactly-once.md and
 * docs/adr/0013-limits-that-hold.md.
 */
import { isLocal, type InquiryConfig } from './config';
import type { SubmissionMeta } from '../shared/schema';
import { sweep, take, type Database } from './store';
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

/**
 * The client's address, as Cloudflare reports it. Cloudflare's edge sets
 * CF-Connecting-IP itself, so a deployed function's client cannot choose it. A local
 * server (`wrangler pages dev`) keeps whatever the client sent and adds the header only
 * when it is missing, so any local client could pick a new address per request and
 * never meet its limit. Locally, every client is this machine (the server listens on
 * 127.0.0.1 only): all of them count as one, as a deployed function counts one person.
 */
export function clientAddress(request: Request): string {
  if (isLocal(request)) return '127.0.0.1';
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

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * Takes one from the limit `limit` per fixed window of `windowSeconds` under
 * `scope`: the seconds until the window ends when none is left, or 0. A store that
 * fails throws, for the caller to treat as "count unknown".
 */
async function spend(db: Database, scope: string, limit: number, windowSeconds: number, now: number): Promise<number> {
  const second = Math.floor(now / 1000);
  const start = Math.floor(second / windowSeconds) * windowSeconds;
  const end = start + windowSeconds;
  const count = await take(db, `${scope}:${start}`, limit, end);
  if (count === null) return Math.max(1, end - second);
  // The first count of a site-wide hour, about once an hour: clear what expired. A
  // failure here costs nothing but space, so it is logged and the request goes on.
  if (count === 1 && scope.endsWith(':global'))
    await sweep(db, now).catch((error: unknown) =>
      console.error('inquiry: could not delete expired rows:', error instanceof Error ? error.message : error),
    );
  return 0;
}

/** Whether a new submission may go ahead, and if not, whose limit it met. */
export type LimitVerdict =
  | { ok: true }
  /** The client's own limit, the site-wide cap or the quarantine's cap: wait `wait` seconds. */
  | { ok: false; limit: 'client' | 'site' | 'quarantine'; wait: number }
  /** The store could not count: treated as at the cap (docs/adr/0013-limits-that-hold.md). */
  | { ok: false; limit: 'unknown' };

/**
 * The limits on new submissions, counted in D1: per client (its address, or its /64
 * for IPv6) in fixed windows, then site-wide per hour, so that a flood from many
 * addresses cannot spend the email quota that real inquiries need. A submission whose
 * honeypot was filled (`suspected`) counts against the quarantine's own hourly cap
 * instead of the site-wide one, so bots cannot use up what people need.
 *
 * A count that cannot be known (no database bound, a store that fails or refuses a
 * write) is taken as at the cap: the limit never lifts because the store is down.
 */
export async function rateLimited(
  db: Database | undefined,
  address: string,
  config: Pick<InquiryConfig, 'rateLimit' | 'rateWindowSeconds' | 'globalLimit' | 'quarantineLimit'>,
  suspected = false,
  now = Date.now(),
): Promise<LimitVerdict> {
  if (!db) {
    console.error(
      'inquiry: INQUIRY_DB is not bound, so no count can be kept; new inquiries are refused (README, Deploy)',
    );
    return { ok: false, limit: 'unknown' };
  }
  try {
    const own = await spend(db, `rate:${rateKeyFor(address)}`, config.rateLimit, config.rateWindowSeconds, now);
    if (own > 0) return { ok: false, limit: 'client', wait: own };
    const [scope, limit] = suspected
      ? (['rate:quarantine:global', config.quarantineLimit] as const)
      : (['rate:global', config.globalLimit] as const);
    const wait = await spend(db, scope, limit, HOUR, now);
    if (wait > 0) return { ok: false, limit: suspected ? 'quarantine' : 'site', wait };
    return { ok: true };
  } catch (error) {
    console.error(
      'inquiry: the store could not count this submission; refused as at the cap:',
      error instanceof Error ? error.message : error,
    );
    return { ok: false, limit: 'unknown' };
  }
}

/**
 * Whether a confirmation copy may go to `recipient`: each address gets at most
 * `confirmationRecipientLimit` a day, and everyone together `confirmationDailyLimit`
 * a day, so the form cannot be aimed at an inbox, nor at a list of addresses that
 * bounce. A store that fails sends no copy (the inquiry itself has gone; the page
 * shows the reference).
 */
export async function confirmationAllowed(
  db: Database | undefined,
  recipient: string,
  config: Pick<InquiryConfig, 'confirmationRecipientLimit' | 'confirmationDailyLimit'>,
  now = Date.now(),
): Promise<boolean> {
  if (!db) return false;
  try {
    const own = await spend(
      db,
      `confirm:${recipient.trim().toLowerCase()}`,
      config.confirmationRecipientLimit,
      DAY,
      now,
    );
    if (own > 0) return false;
    return (await spend(db, 'confirm:all', config.confirmationDailyLimit, DAY, now)) === 0;
  } catch (error) {
    console.error(
      'inquiry: the store could not count a confirmation; none sent:',
      error instanceof Error ? error.message : error,
    );
    return false;
  }
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
