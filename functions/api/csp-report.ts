// POST /api/csp-report: content-security-policy violation reports, which every page's
// policy names (src/security/headers.ts: report-to and report-uri). Browsers send them
// on their own, sometimes cross-origin, so the endpoint takes no credentials and needs
// no CORS. It logs one compact line per violation and keeps nothing. The middleware
// beside this file adds the security headers.
import type { KeyValueStore } from '../../src/inquiry/server/config';
import { BodyError, readLimited } from '../../src/inquiry/server/body';
import { clientAddress, clientLimited } from '../../src/inquiry/server/spam';

interface ReportEnv {
  INQUIRY_KV?: KeyValueStore;
}

/** Largest body read: a report is a few hundred bytes, a batch a few KB. */
export const MAX_REPORT_BYTES = 64 * 1024;
/** report-uri sends application/csp-report, the Reporting API application/reports+json. */
const ACCEPTED_TYPES = ['application/csp-report', 'application/reports+json', 'application/json'];
/** Per address, in the inquiry's fixed KV windows: enough for a page's burst, not a flood. */
const REPORT_LIMIT = 30;
const REPORT_WINDOW_SECONDS = 60;
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

export const onRequest: PagesFunction<ReportEnv> = async ({ request, env }) => {
  if (request.method !== 'POST') return empty(405, { Allow: 'POST' });
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACCEPTED_TYPES.includes(type)) return empty(415);
  if (Number(request.headers.get('Content-Length') ?? '0') > MAX_REPORT_BYTES) return empty(413);

  let wait = 0;
  try {
    // Its own counters (the "csp" scope), so reports never use up an address's inquiries
    // nor the site-wide inquiry cap.
    if (env.INQUIRY_KV)
      wait = await clientLimited(env.INQUIRY_KV, 'csp', clientAddress(request), REPORT_LIMIT, REPORT_WINDOW_SECONDS);
  } catch (error) {
    // A store that fails must not turn reports into errors: they are taken unlimited for now.
    console.error('csp-report: rate limit skipped, the store failed:', error);
  }
  if (wait > 0) return empty(429, { 'Retry-After': String(wait) });

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(await readLimited(request, MAX_REPORT_BYTES)));
  } catch (error) {
    return empty(error instanceof BodyError ? error.status : 400);
  }
  const violations = parseReports(body);
  if (violations.length === 0) return empty(400);
  for (const { directive, blocked, page } of violations.slice(0, MAX_LINES)) {
    // console.info, not console.log: `wrangler pages dev --log-level info` hides console.log.
    console.info(`csp-violation directive=${directive} blocked=${blocked} page=${page}`);
  }
  return empty(204);
};
