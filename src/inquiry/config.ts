/**
 * What the inquiry function reads from its environment, and the defaults it
 * falls back on. README "Configuration" documents each variable; serve.mjs
 * passes them through locally.
 */
import { CONTACT_EMAIL } from './messages';

/** The few methods of a KV namespace the function uses (a fake one fits in tests). */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
}

/** The static site, as Pages exposes it to functions. */
export interface Assets {
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
}

/** Bindings and variables, exactly as they reach the function (all optional strings). */
export interface InquiryEnv {
  ASSETS?: Assets;
  INQUIRY_KV?: KeyValueStore;
  RESEND_API_KEY?: string;
  RESEND_BASE_URL?: string;
  INQUIRY_TO?: string;
  INQUIRY_FROM?: string;
  CONFIRMATION_EMAIL?: string;
  EMAIL_TRANSPORT?: string;
  ALLOWED_ORIGINS?: string;
  INQUIRY_MIN_FILL_SECONDS?: string;
  INQUIRY_RATE_LIMIT?: string;
  INQUIRY_RATE_WINDOW_SECONDS?: string;
  TURNSTILE_SECRET_KEY?: string;
  TURNSTILE_VERIFY_URL?: string;
}

/** Names of every variable above (kept in ./variables.ts, which serve.mjs also reads). */
export { VARIABLES } from './variables';

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

/** The configuration, defaults filled in. */
export function readConfig(env: InquiryEnv): InquiryConfig {
  const to = list(env.INQUIRY_TO);
  return {
    resendApiKey: text(env.RESEND_API_KEY),
    resendBaseUrl: text(env.RESEND_BASE_URL) ?? 'https://api.resend.com',
    to: to.length ? to : [CONTACT_EMAIL],
    // Resend's shared test sender; a deployment sets its own verified domain (README, Deploy).
    from: text(env.INQUIRY_FROM) ?? 'INL Police Partnerships <onboarding@resend.dev>',
    confirmation: env.CONFIRMATION_EMAIL === 'true',
    logTransport: env.EMAIL_TRANSPORT === 'log',
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    minFillMs: number(env.INQUIRY_MIN_FILL_SECONDS, 3, 0) * 1000,
    rateLimit: number(env.INQUIRY_RATE_LIMIT, 5, 1),
    // KV refuses expirations under 60 seconds.
    rateWindowSeconds: Math.max(60, number(env.INQUIRY_RATE_WINDOW_SECONDS, 600, 60)),
    turnstileSecret: text(env.TURNSTILE_SECRET_KEY),
    turnstileVerifyUrl: text(env.TURNSTILE_VERIFY_URL) ?? 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  };
}
