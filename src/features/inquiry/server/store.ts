/**
 * The inquiry function's store, a D1 database (`INQUIRY_DB`; schema in migrations/).
 * It keeps two things, each row with the second it stops mattering:
 *
 * - what the function remembers about a submission for a day: that it was delivered,
 *   and under which reference, so a retry shows the same reference and sends nothing
 *   twice (Resend's own idempotency, also 24 hours, guards the send itself);
 * - the counters of the limits. D1 runs each statement whole before the next, so one
 *   INSERT … ON CONFLICT DO UPDATE … RETURNING takes one from a limit atomically,
 *   however many isolates ask at once. Why D1 and not KV: docs/adr/0013-limits-that-hold.md.
 */

/** The few methods of a D1 database the function uses (the unit tests' stand-in has them too). */
export interface Database {
  prepare(query: string): {
    bind(...values: unknown[]): {
      first<T = Record<string, unknown>>(): Promise<T | null>;
      run(): Promise<unknown>;
    };
  };
}

export interface SubmissionRecord {
  reference: string;
  status: 'sent';
}

const DAY = 24 * 60 * 60;
const seconds = (now: number) => Math.floor(now / 1000);

export async function recall(
  db: Database | undefined,
  key: string,
  now = Date.now(),
): Promise<SubmissionRecord | null> {
  if (!db) return null;
  const row = await db
    .prepare('SELECT reference FROM submissions WHERE key = ?1 AND expires > ?2')
    .bind(key, seconds(now))
    .first<{ reference: unknown }>();
  return row && typeof row.reference === 'string' ? { reference: row.reference, status: 'sent' } : null;
}

export async function remember(
  db: Database | undefined,
  key: string,
  record: SubmissionRecord,
  now = Date.now(),
): Promise<void> {
  if (!db) return;
  await db
    .prepare('INSERT OR REPLACE INTO submissions (key, reference, expires) VALUES (?1, ?2, ?3)')
    .bind(key, record.reference, seconds(now) + DAY)
    .run();
}

/**
 * Takes one from the limit under `key`, which lasts until `expires` (Unix seconds).
 * Returns the count now spent (1 … limit), or null when none was left. One statement:
 * the row is created at 1, or raised by one only while it is under the limit, and
 * RETURNING gives the new count; at the limit the update does nothing and returns no row.
 * A failing store throws: the caller decides what an unknown count means.
 */
export async function take(db: Database, key: string, limit: number, expires: number): Promise<number | null> {
  const row = await db
    .prepare(
      'INSERT INTO counters (key, count, expires) VALUES (?1, 1, ?2) ' +
        'ON CONFLICT (key) DO UPDATE SET count = count + 1 WHERE count < ?3 RETURNING count',
    )
    .bind(key, expires, limit)
    .first<{ count: unknown }>();
  return row ? Number(row.count) : null;
}

/** Deletes the rows that stopped mattering. Run as each hour's first counter is made, so about once an hour. */
export async function sweep(db: Database, now = Date.now()): Promise<void> {
  await db.prepare('DELETE FROM counters WHERE expires < ?1').bind(seconds(now)).run();
  await db.prepare('DELETE FROM submissions WHERE expires < ?1').bind(seconds(now)).run();
}
