/**
 * /.well-known/security.txt (RFC 9116), asked of every federal internet-facing system by
 * CISA's Binding Operational Directive 20-01: where to report a vulnerability, and the
 * policy that covers the report. Written at build time (src/integrations/security-headers.ts), checked
 * after the build (tests/build/security-txt.test.ts). The clock is a parameter, so the
 * tests can hold the dates without waiting for them.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How far ahead Expires is set. RFC 9116 recommends under a year, so a forgotten file goes
 * stale rather than lying for ever; 364 days leaves the most time before a site that is
 * rarely rebuilt publishes an expired file. Every build writes a new date.
 */
export const EXPIRES_DAYS = 364;

export interface SecurityTxtFields {
  /** Contact: an https:, mailto: or tel: URI. */
  contact: string;
  /** Policy: the vulnerability disclosure policy's URL. */
  policy: string;
  /** Canonical: the file's own public URL. */
  canonical: string;
}

/** The file's text, with Expires `EXPIRES_DAYS` after `now`. */
export function renderSecurityTxt(fields: SecurityTxtFields, now: Date): string {
  const expires = new Date(now.getTime() + EXPIRES_DAYS * DAY_MS);
  // RFC 9116 dates are RFC 3339; whole seconds in UTC read best.
  const stamp = expires.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    `Contact: ${fields.contact}`,
    `Expires: ${stamp}`,
    `Policy: ${fields.policy}`,
    `Canonical: ${fields.canonical}`,
    'Preferred-Languages: en',
    '',
  ].join('\n');
}

/** What is wrong with the file's Expires as of `now`, or null when it is in (0, 1 year]. */
export function expiresProblem(text: string, now: Date): string | null {
  const fields = [...text.matchAll(/^Expires:\s*(.+)$/gim)].map((match) => match[1]?.trim() ?? '');
  if (fields.length !== 1) return `security.txt must have exactly one Expires field, not ${fields.length}.`;
  const expires = new Date(fields[0] ?? '');
  if (Number.isNaN(expires.getTime())) return `Expires is not a date: "${fields[0]}".`;
  if (expires.getTime() <= now.getTime()) return `Expires (${fields[0]}) is in the past: rebuild the site.`;
  const yearAhead = new Date(now);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (expires.getTime() > yearAhead.getTime()) return `Expires (${fields[0]}) is more than a year ahead.`;
  return null;
}
