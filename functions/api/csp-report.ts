// POST /api/csp-report: content-security-policy violation reports, which every page's
// policy names (src/security/headers.ts: report-to and report-uri). Browsers send them
// on their own, sometimes cross-origin, so the endpoint takes no credentials and needs
// no CORS. It logs one JSON line per violation and keeps nothing. The middleware
// beside this file adds the security headers.
//
// It touches no store. Anyone can post here (a browser extension's injected script makes
// every page it runs on report), and a store's writes are a quota shared with the inquiry
// path: a write per report once used up a day's KV writes in half an hour and switched
// the inquiry limits off. So each isolate counts reports itself; a flood spread over many
// isolates gets more lines logged, and nothing else (docs/adr/0013-limits-that-hold.md).
import { BodyError, readLimited } from '../../src/features/inquiry/server/body';
import { clientAddress, rateKeyFor } from '../../src/features/inquiry/server/spam';

/** Largest body read: a report is a few hundred bytes, a batch a few KB. */
export const MAX_REPORT_BYTES = 64 * 1024;
/** report-uri sends application/csp-report, the Reporting API application/reports+json. */
const ACCEPTED_TYPES = ['application/csp-report', 'application/reports+json', 'application/json'];
/** Per address (an IPv6 client: its /64), per isolate, per minute: enough for a page's burst, not a flood. */
const REPORT_LIMIT = 30;
const REPORT_WINDOW_MS = 60_000;
/** Addresses an isolate keeps counts for at most; past it, the oldest window is forgotten. */
const MAX_TRACKED = 10_000;
/** Lines logged per request at most: one bad page reports a few violations, not hundreds. */
const MAX_LINES = 20;

const empty = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

export interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A URL without its query or fragment (they may carry personal data); a keyword ("inline", "eval") as is. */
function withoutQuery(value: string): string {
  try {
    const url = new URL(value);
    return `${url.origin === 'null' ? url.protocol : url.origin}${url.origin === 'null' ? '' : url.pathname}`;
  } catch {
    return /^[a-z-]{1,20}$/.test(value) ? value : '';
  }
}

function pathOf(value: string): string {
  try {
    return new URL(value).pathname;
  } catch {
    return '';
  }
}

/** One violation from either format's fields, or null when it names no directive. */
function violation(directive: string, blocked: string, page: string): Violation | null {
  const name = directive.trim().split(/\s+/)[0] ?? '';
  if (!/^[a-z-]{1,40}$/.test(name)) return null;
  return {
    directive: name,
    blocked: withoutQuery(blocked).slice(0, 200) || '-',
    page: pathOf(page).slice(0, 200) || '-',
  };
}

/** The violations in a report body of either format; empty when it holds none. */
export function parseReports(body: unknown): Violation[] {
  // report-uri: { "csp-report": { "document-uri", "effective-directive", "blocked-uri", … } }
  const legacy = record(record(body)?.['csp-report']);
  if (legacy) {
    const found = violation(
      text(legacy['effective-directive']) || text(legacy['violated-directive']),
      text(legacy['blocked-uri']),
      text(legacy['document-uri']),
    );
    return found ? [found] : [];
  }
  // The Reporting API: [{ "type": "csp-violation", "body": { "documentURL", "effectiveDirective", "blockedURL" } }]
  if (!Array.isArray(body)) return [];
  return body.flatMap((item: unknown) => {
    const report = record(item);
    const details = record(report?.['body']);
    if (report?.['type'] !== 'csp-violation' || !details) return [];
    const found = violation(
      text(details['effectiveDirective']),
      text(details['blockedURL']),
      text(details['documentURL']),
    );
    return found ? [found] : [];
  });
}

/** This isolate's counts: per address key, the start of its window and the reports in it. */
const counts = new Map<string, { start: number; count: number }>();

/** Takes one report from the address's allowance in this isolate: the seconds to wait, or 0. */
export function reportLimited(address: string, now = Date.now()): number {
  const key = rateKeyFor(address);
  const start = Math.floor(now / REPORT_WINDOW_MS) * REPORT_WINDOW_MS;
  const seen = counts.get(key);
  const count = seen?.start === start ? seen.count : 0;
  if (count >= REPORT_LIMIT) return Math.max(1, Math.ceil((start + REPORT_WINDOW_MS - now) / 1000));
  if (!seen && counts.size >= MAX_TRACKED) {
    for (const [k, v] of counts) if (v.start < start) counts.delete(k);
    // Every tracked address is in this window: forget the first one counted.
    if (counts.size >= MAX_TRACKED) counts.delete(counts.keys().next().value!);
  }
  counts.set(key, { start, count: count + 1 });
  return 0;
}

/**
 * One violation as one log line: a fixed tag and a JSON object. JSON escapes every
 * quote, backslash and line break, so no value can end its own field or begin another
 * one, however the page's address was written.
 */
export const logLine = (v: Violation) =>
  `csp-violation ${JSON.stringify({ directive: v.directive, blocked: v.blocked, page: v.page })}`;

export const onRequest: PagesFunction = async ({ request }) => {
  if (request.method !== 'POST') return empty(405, { Allow: 'POST' });
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACCEPTED_TYPES.includes(type)) return empty(415);
  if (Number(request.headers.get('Content-Length') ?? '0') > MAX_REPORT_BYTES) return empty(413);

  const wait = reportLimited(clientAddress(request));
  if (wait > 0) return empty(429, { 'Retry-After': String(wait) });

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(await readLimited(request, MAX_REPORT_BYTES)));
  } catch (error) {
    return empty(error instanceof BodyError ? error.status : 400);
  }
  const violations = parseReports(body);
  if (violations.length === 0) return empty(400);
  // console.info, not console.log: `wrangler pages dev --log-level info` hides console.log.
  for (const violation of violations.slice(0, MAX_LINES)) console.info(logLine(violation));
  return empty(204);
};
