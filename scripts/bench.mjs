#!/usr/bin/env node
// `npm run bench`: serves the existing build with its functions (scripts/serve.mjs), then
// for every page (the sitemap's and any other built page, as the end-to-end gates see
// them) measures in Chromium what the page really transfers, by kind, and runs
// Lighthouse at mobile settings. Prints one table and exits non-zero when
// a page breaks its byte budget or scores under the minimum in any Lighthouse category.
//
// It builds nothing: run `npm run build` first. Options:
//   --skip-lighthouse   bytes only (a quick check; scores are then not held)
// Pages apart from the public site (the content editor, src/features/admin/shared/apart.ts)
// are named under the table, not measured: reader budgets are for reader pages.
// A page also fails when its median largest contentful paint is over MAX_LCP_MS
// (tests/support/budgets.ts); the table shows the median first and largest paints.
// Then scripts/bench/map-tasks.mjs holds /countries/ on a phone with the CPU slowed 4×:
// its longest main-thread task and a tap's INP (worst of 3 runs each).
// Environment: BENCH_PORT (default 8789), BENCH_RUNS (Lighthouse runs per page, default 3),
// DIST_DIR (default dist).
//
// Bytes: measured by tests/support/transfers.ts, shared with the budget test
// (tests/e2e/budgets.spec.ts): each response body gzip-compressed there, since
// `wrangler pages dev` may send files uncompressed.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../tests/support/browser.ts';
import { budgetFor, KB, MAX_LCP_MS, MIN_LIGHTHOUSE_SCORE } from '../tests/support/budgets.ts';
import { RESOURCE_KINDS } from '../tests/support/page-weight.ts';
import { distDir, fileForPath, pagePaths, readerPagePaths } from '../tests/support/site.ts';
import { openSettled, recordTransfers } from '../tests/support/transfers.ts';
import { run as runInquiryBench } from './bench/inquiry.mjs';
import { run as runMapTasksBench } from './bench/map-tasks.mjs';
import { withTimeout } from './bench/with-timeout.mjs';
import { startServer, stopServer } from '../tests/support/local-server.ts';

const port = Number(process.env.BENCH_PORT ?? 8789);
const origin = `http://127.0.0.1:${port}`;
const skipLighthouse = process.argv.includes('--skip-lighthouse');
// Lighthouse's performance score moves with the machine's load: the median of a few runs
// is what its authors recommend reporting. Every run counts; none is retried away.
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

/** Every wait is bounded, so a stuck page or server ends the bench instead of hanging it. */
const PAGE_LOAD_MS = 30_000;
const LIGHTHOUSE_RUN_MS = 150_000;

const CATEGORIES = [
  ['performance', 'Perf'],
  ['accessibility', 'A11y'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
];

/** The tests' own pinned Chromium (tests/support/browser.ts), for the byte counts and Lighthouse alike. */
const chromiumPath = chromiumExecutablePath();

/** Loads a page as a phone would, until it has settled, and sums every response by kind, compressed. */
async function measureTransfers(browser, path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    const transfers = recordTransfers(page, origin);
    await openSettled(page, origin, path, PAGE_LOAD_MS);
    return await transfers();
  } finally {
    await context.close();
  }
}

/** A page that asks search engines not to index it (the thanks page), as its built HTML says. */
function isNoindex(path) {
  const file = fileForPath(path);
  return file !== undefined && /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
}

async function runLighthouse(chrome, path) {
  const result = await withTimeout(
    lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map(([id]) => id),
      // A noindex page is kept out of search engines on purpose: every other SEO audit
      // still counts, but "Page is blocked from indexing" is the intent, not a fault.
      ...(isNoindex(path) ? { skipAudits: ['is-crawlable'] } : {}),
    }),
    LIGHTHOUSE_RUN_MS,
    `Lighthouse on ${path}`,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map(([id]) => [
      id,
      lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100),
    ]),
  );
  // First and largest contentful paint, in ms, as Lighthouse's simulated mobile load measures them.
  const paints = {
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? null,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
  };
  // The audits that cost points, so a low score says why.
  const losses = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${lhr.audits[ref.id].title}`),
  );
  return { scores, paints, losses };
}

/**
 * One Lighthouse run. When Lighthouse itself fails to record the page (a missing
 * trace on a busy machine: NO_NAVSTART and the like), that is no score at all, so
 * it tries once more; a score, good or bad, is never retried.
 */
async function lighthouseOnce(chrome, path) {
  try {
    return await runLighthouse(chrome, path);
  } catch (error) {
    process.stderr.write(`Lighthouse failed on ${path}, trying once more: ${error.message}\n`);
    return runLighthouse(chrome, path);
  }
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The middle value (the lower middle of an even count); null when any run gave no score. */
function median(values) {
  if (values.some((value) => value === null)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function printTable(rows) {
  const header = [
    'Page',
    'HTML',
    'CSS',
    'JS',
    'Fonts',
    'Images',
    'Data',
    'Total',
    'FCP',
    'LCP',
    'Budget',
    ...CATEGORIES.map(([, short]) => short),
    'Result',
  ];
  const lines = rows.map((row) => [
    row.path,
    ...RESOURCE_KINDS.map((kind) => kb(row.weight.byKind[kind])),
    kb(row.weight.total),
    row.paints?.fcp == null ? '–' : seconds(row.paints.fcp),
    row.paints?.lcp == null ? '–' : seconds(row.paints.lcp),
    `${kb(row.budget.total)}${row.budget.js === undefined ? '' : ` (JS ${kb(row.budget.js)})`}`,
    ...CATEGORIES.map(([id]) => (row.scores ? String(row.scores[id] ?? '–') : 'skip')),
    row.problems.length === 0 ? 'ok' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  const lighthouseNote = skipLighthouse
    ? 'skipped'
    : `at mobile settings, median of ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'}, minimum ${MIN_LIGHTHOUSE_SCORE}, largest paint at most ${seconds(MAX_LCP_MS)}`;
  console.log(`\nKB = 1,024 bytes, gzip-compressed as sent; Lighthouse ${lighthouseNote}.\n`);
  console.log(format(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

async function main() {
  if (!existsSync(`${distDir}/index.html`)) {
    console.error(`No build in ${distDir}. Run \`npm run build\` first; the bench measures what is built.`);
    return 1;
  }
  // Reader budgets hold reader pages; a page apart (the content editor, a web application
  // for staff) is named, not measured (src/features/admin/shared/apart.ts).
  const paths = readerPagePaths();
  const apart = pagePaths().filter((path) => !paths.includes(path));
  let server;
  let browser;
  let chrome;
  const rows = [];
  try {
    server = await startServer(port, { env: { DIST_DIR: distDir } });
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    if (!skipLighthouse)
      chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
    for (const path of paths) {
      const budget = budgetFor(path);
      const weight = await measureTransfers(browser, path);
      const problems = [];
      if (weight.total > budget.total) problems.push(`${kb(weight.total)} KB in all, over ${kb(budget.total)} KB`);
      if (weight.byKind.css > budget.css)
        problems.push(`${kb(weight.byKind.css)} KB of CSS, over ${kb(budget.css)} KB`);
      if (budget.js !== undefined && weight.byKind.js > budget.js) {
        problems.push(`${kb(weight.byKind.js)} KB of JavaScript, over ${kb(budget.js)} KB`);
      }
      if (weight.foreign.length > 0) problems.push(`requests to other origins: ${weight.foreign.join(', ')}`);
      let scores;
      let paints;
      if (chrome) {
        const runs = [];
        for (let run = 0; run < lighthouseRuns; run++) runs.push(await lighthouseOnce(chrome, path));
        scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, median(runs.map((result) => result.scores[id]))]));
        paints = {
          fcp: median(runs.map((result) => result.paints.fcp)),
          lcp: median(runs.map((result) => result.paints.lcp)),
        };
        if (paints.lcp === null || paints.lcp > MAX_LCP_MS) {
          problems.push(
            `largest paint ${paints.lcp === null ? 'not measured' : seconds(paints.lcp)}, over ${seconds(MAX_LCP_MS)}`,
          );
        }
        const lighthouseResult = { losses: [...new Set(runs.flatMap((result) => result.losses))] };
        for (const [id, short] of CATEGORIES) {
          const score = scores[id];
          if (score === null || score < MIN_LIGHTHOUSE_SCORE) problems.push(`${short} ${score ?? 'no score'}`);
        }
        if (problems.some((problem) => / \d+$|no score/.test(problem))) problems.push(...lighthouseResult.losses);
      }
      rows.push({ path, budget, weight, scores, paints, problems });
      process.stderr.write(`measured ${path}\n`);
    }
  } finally {
    chrome?.kill();
    await browser?.close();
    await stopServer(server);
  }

  printTable(rows);
  if (apart.length > 0) console.log(`Apart from the public site, not held to its budgets: ${apart.join(', ')}.`);
  const failing = rows.filter((row) => row.problems.length > 0);
  for (const row of failing) console.log(`\n${row.path}:\n  ${row.problems.join('\n  ')}`);

  let status = failing.length > 0 ? 1 : 0;
  for (const [title, run] of [
    ['The map on a phone, CPU 4× slower (scripts/bench/map-tasks.mjs)', runMapTasksBench],
    ['Inquiry function (scripts/bench/inquiry.mjs)', runInquiryBench],
  ]) {
    console.log(`\n${title}:`);
    try {
      const result = await run();
      if (result.ok === false) status = 1;
    } catch (error) {
      console.error(error);
      status = 1;
    }
  }
  console.log(status === 0 ? '\nEvery page is within budget.' : '\nBudget broken: see above.');
  return status;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
