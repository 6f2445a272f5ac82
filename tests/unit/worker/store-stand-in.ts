/**
 * A stand-in for one Cloudflare account's stores as the function meets them in
 * production, not as `wrangler pages dev` simulates them. Local KV and D1 have no
 * quota and no lag, and one local isolate counts one request at a time, so a plain
 * local test of the limits passes whatever the code does. This stand-in has what
 * production has:
 *
 * - a daily write quota per product: once it is spent, every write throws (KV's free
 *   plan allows 1,000 writes a day per account, shared by production and previews);
 * - KV's one write per second to a key, refused beyond that;
 * - several isolates, each with its own view of KV: a read is answered from what that
 *   isolate read before (KV's edge cache lags up to 60 s), while writes go to the one
 *   shared store. D1 answers from its primary, consistently, unless code opts into read
 *   replicas (the Sessions API), which this code does not; `staleDbReads` gives D1 reads
 *   the same lag, to show that a limit never depends on a read;
 * - network latency of random length on every call, so concurrent requests interleave.
 *
 * D1 is a real SQLite database (node:sqlite) with the project's migrations applied,
 * so the function's SQL runs as written; like D1, each statement runs whole before the
 * next one starts. Only the quota, the stale reads and the latency are simulated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Database } from '../../../src/features/inquiry/server/store';

type Statement = ReturnType<ReturnType<Database['prepare']>['bind']>;

// A path, not a URL: this folder's types mix the Workers' URL with Node's.
const MIGRATIONS = join(import.meta.dirname, '../../../migrations');

export interface StandInOptions {
  /** Writes KV accepts before each further one throws. */
  kvWrites?: number;
  /** Writing statements D1 accepts before each further one throws. */
  dbWrites?: number;
  /** Seed of the latency, so a run can be repeated. */
  seed?: number;
  /** D1 reads lag as KV's do (as read replicas would). */
  staleDbReads?: boolean;
}

/** What one simulated isolate is given: the bindings, as the function's env names them. */
export interface IsolateBindings {
  INQUIRY_KV: {
    get(key: string): Promise<string | null>;
    put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
  };
  INQUIRY_DB: Database;
}

export interface StandInAccount {
  /** A new isolate: its own stale view of the shared stores. */
  isolate(): IsolateBindings;
  /** Writes each store has accepted, and refused, so far. */
  writes: { kv: number; db: number; refused: number };
  /** The shared SQLite database, for a test to look at. */
  sqlite: DatabaseSync;
}

export function standInAccount({
  kvWrites = Infinity,
  dbWrites = Infinity,
  seed = 1,
  staleDbReads = false,
}: StandInOptions = {}): StandInAccount {
  const kv = new Map<string, string>();
  const lastPut = new Map<string, number>();
  const sqlite = new DatabaseSync(':memory:');
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort())
    sqlite.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
  const writes = { kv: 0, db: 0, refused: 0 };

  // A small linear congruential generator: the same seed gives the same interleaving.
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  // 0–4 ms, on a timer: concurrent calls finish in another order than they started.
  const latency = () => new Promise<void>((resolve) => setTimeout(resolve, Math.floor(random() * 5)));

  function isolate(): IsolateBindings {
    const kvSeen = new Map<string, string | null>();
    const dbSeen = new Map<string, unknown>();

    const INQUIRY_KV: IsolateBindings['INQUIRY_KV'] = {
      async get(key) {
        await latency();
        if (!kvSeen.has(key)) kvSeen.set(key, kv.get(key) ?? null);
        return kvSeen.get(key) ?? null;
      },
      async put(key, value) {
        await latency();
        if (writes.kv >= kvWrites) {
          writes.refused++;
          throw new Error('KV PUT failed: 429 Too Many Requests (daily write limit reached)');
        }
        const now = Date.now();
        if (now - (lastPut.get(key) ?? -Infinity) < 1000) {
          writes.refused++;
          throw new Error('KV PUT failed: 429 Too Many Requests (one write per second to a key)');
        }
        lastPut.set(key, now);
        writes.kv++;
        kv.set(key, value);
        kvSeen.set(key, value);
      },
    };

    /** Runs one statement: a read from this isolate's stale view, a write on the shared database. */
    async function execute(query: string, values: unknown[]): Promise<unknown> {
      await latency();
      const reads = /^\s*SELECT\b/i.test(query);
      const params = values as SQLInputValue[];
      if (reads && !staleDbReads) return sqlite.prepare(query).all(...params);
      if (reads) {
        const seenKey = JSON.stringify([query, values]);
        if (!dbSeen.has(seenKey)) dbSeen.set(seenKey, sqlite.prepare(query).all(...params));
        return dbSeen.get(seenKey);
      }
      if (writes.db >= dbWrites) {
        writes.refused++;
        throw new Error('D1_ERROR: Exceeded daily limit of rows written');
      }
      writes.db++;
      const statement = sqlite.prepare(query);
      if (/\bRETURNING\b/i.test(query)) return statement.all(...params);
      const { changes } = statement.run(...params);
      return { changes: Number(changes) };
    }

    /** A prepared statement; D1's first() is generic, and the rows here are what SQLite gives. */
    const statement = (query: string, values: unknown[]): Statement =>
      ({
        first: async () => {
          const rows = await execute(query, values);
          return Array.isArray(rows) && rows[0] ? { ...(rows[0] as object) } : null;
        },
        run: () => execute(query, values),
      }) as Statement;

    return { INQUIRY_KV, INQUIRY_DB: { prepare: (query) => ({ bind: (...values) => statement(query, values) }) } };
  }

  return { isolate, writes, sqlite };
}
