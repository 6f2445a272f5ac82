/**
 * What the function remembers about a submission for a day: that it was
 * delivered, and under which reference, so a retry shows the same reference and
 * sends nothing twice. Resend's own idempotency (also 24 hours) guards the send
 * itself. The record is written once, after the send: KV allows one write per
 * second to a key, and every write counts against the plan's daily quota.
 */
import type { KeyValueStore } from './config';

export interface SubmissionRecord {
  reference: string;
  status: 'sent';
}

const DAY = 24 * 60 * 60;

export async function recall(kv: KeyValueStore | undefined, key: string): Promise<SubmissionRecord | null> {
  if (!kv) return null;
  const raw = await kv.get(`submission:${key}`);
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as Partial<SubmissionRecord>;
    if (typeof record.reference === 'string' && record.status === 'sent') {
      return { reference: record.reference, status: record.status };
    }
  } catch {
    // A damaged record is treated as none: the idempotency key still prevents a second email.
  }
  return null;
}

export async function remember(kv: KeyValueStore | undefined, key: string, record: SubmissionRecord): Promise<void> {
  if (!kv) return;
  await kv.put(`submission:${key}`, JSON.stringify(record), { expirationTtl: DAY });
}
