-- The inquiry function's store (docs/adr/0013-limits-that-hold.md). Every row carries the
-- second it stops mattering; the function deletes expired rows as each hour begins.

-- Limits: one row per counter and window (`rate:<client>:<window start>`,
-- `rate:global:<hour>`, …). The function counts with one statement,
-- INSERT … ON CONFLICT DO UPDATE … RETURNING, which D1 runs atomically, so concurrent
-- requests from any number of isolates never read the same count.
CREATE TABLE counters (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX counters_expires ON counters (expires);

-- Exactly-once: each delivered submission's reference, for 24 hours.
CREATE TABLE submissions (
  key TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX submissions_expires ON submissions (expires);
