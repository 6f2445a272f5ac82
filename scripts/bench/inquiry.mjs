#!/usr/bin/env node
// The inquiry function under concurrent load: starts the local Resend stub and the
// site server (scripts/serve.mjs, workerd), sends a bounded number of valid inquiries
// with a bounded concurrency, and prints throughput and latency percentiles. Every
// inquiry must be answered 200 and reach the stub exactly once.
//
// `npm run bench` calls run(); it also runs alone: `node scripts/bench/inquiry.mjs`
// (after `npm run build`). Environment: INQUIRY_BENCH_PORT (default 8834),
// INQUIRY_BENCH_REQUESTS (default 400), INQUIRY_BENCH_CONCURRENCY (default 16), DIST_DIR.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startResendStub } from '../../tests/support/resend-stub.ts';
import { startServer, stopServer } from '../../tests/support/local-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.INQUIRY_BENCH_PORT ?? 8834);
const origin = `http://127.0.0.1:${port}`;
const total = Math.min(5000, Math.max(1, Number(process.env.INQUIRY_BENCH_REQUESTS ?? 400)));
const concurrency = Math.min(64, Math.max(1, Number(process.env.INQUIRY_BENCH_CONCURRENCY ?? 16)));
const REQUEST_MS = 15_000;
const RUN_MS = 180_000;

function inquiry(i) {
  return {
    agencyName: `Bench Agency ${i}`,
    agencyType: 'state-police',
    city: 'Austin',
    state: 'TX',
    name: 'Bench Person',
    title: 'Captain',
    email: `bench${i}@agency.example`,
    expertise: ['traffic-management'],
    participation: ['overseas'],
    message: 'A benchmark inquiry.',
    submissionId: crypto.randomUUID(),
    fillMs: 60_000,
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs the benchmark and prints its results; `ok` is false when any inquiry was not delivered exactly once. */
export async function run() {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(resolve(root, dist, 'index.html'))) {
    console.error(`No build in ${dist}. Run \`npm run build\` first.`);
    return { ok: false };
  }
  const stub = await startResendStub(0);
  let server;
  try {
    server = await startServer(port, {
      env: {
        RESEND_API_KEY: 're_bench',
        RESEND_BASE_URL: stub.url,
        INQUIRY_FROM: 'INL Police Partnerships <inquiries@inl-police-partnerships.example>',
        // Every request comes from one address.
        INQUIRY_RATE_LIMIT: '1000000',
        // The site-wide hourly cap (100 by default) is policy, not what this measures.
        INQUIRY_GLOBAL_LIMIT: '1000000',
        WRANGLER_PERSIST_DIR: mkdtempSync(join(tmpdir(), 'inquiry-bench-')),
      },
    });
    // A few requests first, so workerd has compiled the function before timing starts.
    for (let i = 0; i < 5; i++) {
      await fetch(`${origin}/api/inquiry`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(inquiry(-1 - i)),
      });
    }
    const warmEmails = stub.emails.length;

    const latencies = [];
    const statuses = new Map();
    let next = 0;
    const deadline = Date.now() + RUN_MS;
    const started = performance.now();
    async function worker() {
      while (next < total && Date.now() < deadline) {
        const body = JSON.stringify(inquiry(next++));
        const t0 = performance.now();
        let status = 0;
        try {
          const response = await fetch(`${origin}/api/inquiry`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body,
            signal: AbortSignal.timeout(REQUEST_MS),
          });
          await response.arrayBuffer();
          status = response.status;
        } catch {
          status = 0;
        }
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;

    const sorted = [...latencies].sort((a, b) => a - b);
    const delivered = stub.emails.length - warmEmails;
    const ok200 = statuses.get(200) ?? 0;
    const ms = (value) => `${value.toFixed(1)} ms`;
    console.log(
      `  ${latencies.length} inquiries, ${concurrency} at a time, in ${seconds.toFixed(1)} s (wrangler pages dev → local Resend stub)`,
    );
    console.log(`  throughput  ${(latencies.length / seconds).toFixed(1)} inquiries/s`);
    console.log(
      `  latency     p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1))}`,
    );
    console.log(`  answers     ${[...statuses].map(([s, n]) => `${s || 'no answer'}×${n}`).join(', ')}`);
    console.log(`  emails      ${delivered} delivered to the stub for ${latencies.length} inquiries`);
    const ok = latencies.length === total && ok200 === total && delivered === total;
    if (!ok) console.log('  FAIL: every inquiry should be answered 200 and delivered exactly once.');
    return { ok, throughput: latencies.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  } finally {
    await stopServer(server);
    await stub.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then(
    (result) => process.exit(result.ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
