/**
 * Identity of a submission: the idempotency key that makes delivery exactly-once,
 * and the reference number a person quotes (for instance INQ-7KQ2-M4XA).
 */
import type { Inquiry, SubmissionMeta } from '../shared/schema';

// Crockford's base 32: no I, L, O or U, so a reference read aloud is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference number: INQ- and eight characters (40 bits of the key's hash), in two groups of four. */
export const REFERENCE = /^INQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

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
 * The reference for a key. It is derived from the key alone, not random and not
 * dated, so two concurrent requests, or a retry on another day, name a
 * submission alike and send the very same payload under one idempotency key.
 * 40 bits keep references of different inquiries apart for a long while (about
 * one shared pair in a million among 1,500 inquiries).
 */
export async function makeReference(key: string): Promise<string> {
  const bytes = await sha256(key);
  // 8 characters × 5 bits from the first 40 bits of the hash.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i]!);
  let code = '';
  for (let i = 7; i >= 0; i--) code += ALPHABET.charAt(Number((bits >> BigInt(i * 5)) & 31n));
  return `INQ-${code.slice(0, 4)}-${code.slice(4)}`;
}
