/**
 * Names of every variable the inquiry function reads; ../server/config.ts derives
 * InquiryEnv, the function's environment type, from this list.
 * A unit test holds that the README documents each one.
 */
export const VARIABLES = [
  'RESEND_API_KEY',
  'RESEND_BASE_URL',
  'INQUIRY_TO',
  'INQUIRY_FROM',
  'CONFIRMATION_EMAIL',
  'EMAIL_TRANSPORT',
  'ALLOWED_ORIGINS',
  'INQUIRY_MIN_FILL_SECONDS',
  'INQUIRY_RATE_LIMIT',
  'INQUIRY_RATE_WINDOW_SECONDS',
  'INQUIRY_GLOBAL_LIMIT',
  'INQUIRY_QUARANTINE_LIMIT',
  'CONFIRMATION_FROM',
  'CONFIRMATION_RESEND_API_KEY',
  'CONFIRMATION_PER_RECIPIENT',
  'CONFIRMATION_DAILY_LIMIT',
  'TURNSTILE_SECRET_KEY',
  'TURNSTILE_VERIFY_URL',
] as const;
