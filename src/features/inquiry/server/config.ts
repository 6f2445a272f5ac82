/**
 * What the inquiry function reads from its environment, and the defaults it
 * falls back on. README "Configuration" documents each variable; serve.mjs
 * passes them through locally.
 */
import { TURNSTILE_ORIGIN } from '../../../security/headers';
import { CONTACT_EMAIL } from '../shared/words';
import { VARIABLES } from '../shared/variables';
import type { Database } from './store';

/** The static site, as Pages exposes it to functions. */
export interface Assets {
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
}

/**
 * Bindings and variables, exactly as they reach the function: the two bindings,
 * and each variable of ./variables.ts as an optional string. A variable added
 * there is typed here, passed through by serve.mjs and checked in the README.
 */
export type InquiryEnv = Partial<Record<(typeof VARIABLES)[number], string>> & {
  ASSETS?: Assets;
  /** The D1 database of migrations/: submission records and the limits' counters. */
  INQUIRY_DB?: Database;
};

export { VARIABLES };

export interface InquiryConfig {
  resendApiKey: string | undefined;
  resendBaseUrl: string;
  to: string[];
  from: string;
  confirmation: boolean;
  logTransport: boolean;
  allowedOrigins: string[];
  minFillMs: number;
  rateLimit: number;
  rateWindowSeconds: number;
  /** New inquiries accepted per hour from everyone together. */
  globalLimit: number;
  /** Inquiries with a filled honeypot delivered per hour, marked as suspected automated. */
  quarantineLimit: number;
  /** The confirmation copy's own sender and Resend account; no copy without both. */
  confirmationFrom: string | undefined;
  confirmationApiKey: string | undefined;
  /** Confirmation copies per recipient address per day. */
  confirmationRecipientLimit: number;
  /** Confirmation copies per day to everyone together. */
  confirmationDailyLimit: number;
  turnstileSecret: string | undefined;
  turnstileVerifyUrl: string;
}

const number = (value: string | undefined, fallback: number, min: number) => {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= min ? n : fallback;
};

/** A set, non-blank value, trimmed; else undefined. */
const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
};

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Resend's API: outside loopback, the only origin the Resend key is sent to. */
export const RESEND_ORIGIN = 'https://api.resend.com';

/** The configuration, defaults filled in. */
export function readConfig(env: InquiryEnv): InquiryConfig {
  const to = list(env.INQUIRY_TO);
  return {
    resendApiKey: text(env.RESEND_API_KEY),
    resendBaseUrl: text(env.RESEND_BASE_URL) ?? RESEND_ORIGIN,
    to: to.length ? to : [CONTACT_EMAIL],
    // Resend's shared test sender; a deployment sets its own verified domain (README, Deploy).
    from: text(env.INQUIRY_FROM) ?? 'INL Police Partnerships <onboarding@resend.dev>',
    confirmation: env.CONFIRMATION_EMAIL === 'true',
    logTransport: env.EMAIL_TRANSPORT === 'log',
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    minFillMs: number(env.INQUIRY_MIN_FILL_SECONDS, 3, 0) * 1000,
    rateLimit: number(env.INQUIRY_RATE_LIMIT, 5, 1),
    // At least a minute: a shorter window is no limit a person would notice.
    rateWindowSeconds: Math.max(60, number(env.INQUIRY_RATE_WINDOW_SECONDS, 600, 60)),
    globalLimit: number(env.INQUIRY_GLOBAL_LIMIT, 100, 1),
    quarantineLimit: number(env.INQUIRY_QUARANTINE_LIMIT, 10, 1),
    confirmationFrom: text(env.CONFIRMATION_FROM),
    confirmationApiKey: text(env.CONFIRMATION_RESEND_API_KEY),
    confirmationRecipientLimit: number(env.CONFIRMATION_PER_RECIPIENT, 1, 1),
    confirmationDailyLimit: number(env.CONFIRMATION_DAILY_LIMIT, 20, 1),
    turnstileSecret: text(env.TURNSTILE_SECRET_KEY),
    turnstileVerifyUrl: text(env.TURNSTILE_VERIFY_URL) ?? `${TURNSTILE_ORIGIN}/turnstile/v0/siteverify`,
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A request to this machine itself: `npm start` and the tests, never a deployment. */
export const isLocal = (request: Request) => LOOPBACK.has(new URL(request.url).hostname);

/**
 * Whether this request is served by the log transport. It needs both the flag
 * that only `npm start` sets without a key and a loopback address, so a
 * deployment can never fall into it by accident: without a key it answers 503.
 * The thanks page asks the same before it says "written to the server log".
 */
export const logTransportActive = (config: InquiryConfig, request: Request) =>
  !config.resendApiKey && config.logTransport && isLocal(request);

/** The origin of a configured URL, or null when it is not a URL. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Why this request must not use the configured vendor endpoints, or null when it may.
 * RESEND_BASE_URL and TURNSTILE_VERIFY_URL receive a secret (the Resend key, the
 * Turnstile secret). Like EMAIL_TRANSPORT, another value is honoured only for a
 * loopback request (`npm start`, the tests' local stubs): a deployed function sends
 * each secret only to its vendor's own origin, so one line of `[vars]` cannot send
 * it anywhere else. A URL is checked only when its secret is set, since only then
 * would it receive one. The reason names the variable and the origin, never a secret.
 */
export function foreignVendorEndpoint(config: InquiryConfig, request: Request): string | null {
  if (isLocal(request)) return null;
  const endpoints = [
    { name: 'RESEND_BASE_URL', url: config.resendBaseUrl, vendor: RESEND_ORIGIN, secret: config.resendApiKey },
    {
      name: 'TURNSTILE_VERIFY_URL',
      url: config.turnstileVerifyUrl,
      vendor: TURNSTILE_ORIGIN,
      secret: config.turnstileSecret,
    },
  ];
  for (const { name, url, vendor, secret } of endpoints) {
    const origin = originOf(url);
    if (secret && origin !== vendor)
      return `${name} points at ${origin ?? 'something that is not a URL'}; a deployed function sends its secret only to ${vendor}. Remove the variable`;
  }
  return null;
}

/**
 * Why a deployed site refuses inquiries without Turnstile, or null. Turnstile is a
 * deployment requirement (README, Deploy): without it each inquiry costs a bot
 * nothing. A loopback request (`npm start`, the tests) goes on without it.
 */
export function turnstileMissing(config: InquiryConfig, request: Request): string | null {
  if (isLocal(request) || config.turnstileSecret) return null;
  return 'TURNSTILE_SECRET_KEY is not set; a deployed site takes inquiries only with Turnstile on (README, Deploy)';
}
