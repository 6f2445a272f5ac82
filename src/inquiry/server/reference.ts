/**
 * Identity of a submission: the idempotency key that makes delivery exactly-once,
 * and the reference number a person quotes (for instance INQ-20261127-7KQ2).
 */
import type { Inquiry, SubmissionMeta } from '../shared/schema';

// Crockford's base 32: no I, L, O or U, so a reference read aloud is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference number: INQ-, the UTC date, and four characters. */
export const REFERENCE = /^INQ-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/;

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The key under which a submission is delivered once: a hash of the normalized
 * inquiry, scoped by the browser's per-fill submission id when there is one.
 * Without JavaScript there is no id, so the same form posted twice (a double
 * click, a refresh) is the same submission. The hash is part of the key even with
 * an id, because Resend refuses a reused key with a different payload: a person
 * who edits the form after a failed attempt sends a new inquiry, not an error.
 */
export async function idempotencyKey(inquiry: Inquiry, meta: Pick<SubmissionMeta, 'submissionId'>): Promise<string> {
  // Keys in a fixed order and lists sorted, so equal inquiries hash equally.
  const canonical = JSON.stringify(
    Object.keys(inquiry)
      .sort()
      .map((k) => {
        const v = inquiry[k as keyof Inquiry];
        return [k, Array.isArray(v) ? [...v].sort() : v];
      }),
  );
  const hex = [...(await sha256(canonical)).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return meta.submissionId ? `inquiry-${meta.submissionId.toLowerCase()}-${hex.slice(0, 16)}` : `inquiry-h-${hex}`;
}

/**
 * The reference for a key on a date. It is derived from the key, not random, so
 * two concurrent requests for one submission name it alike and send the very
 * same payload under one idempotency key.
 */
export async function makeReference(key: string, now: Date): Promise<string> {
  const bytes = await sha256(key);
  let suffix = '';
  // 4 characters × 5 bits from the first 20 bits of the hash.
  const bits = (bytes[0]! << 16) | (bytes[1]! << 8) | bytes[2]!;
  for (let i = 0; i < 4; i++) suffix += ALPHABET.charAt((bits >> (19 - i * 5)) & 31);
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `INQ-${day}-${suffix}`;
}
