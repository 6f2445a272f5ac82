/**
 * The site's HTTP security policy, in one place. The build writes it to `dist/_headers`
 * for the static pages (src/integrations/security-headers.ts) and the Pages Functions
 * middleware sets it on every function response (functions/api/_middleware.ts), since
 * `_headers` never reaches a function.
 *
 * Plain TypeScript whose imports are plain constants (the generated loader module, the
 * editor's address), so the Astro config, the functions bundle and the unit tests can all load it.
 */
import { ADMIN_PATH } from '../features/admin/shared/apart';
import { PAGE_SCRIPT_LOADER_HASH } from './page-script-loader.generated';

/** Choices made at build time that widen the policy. */
export interface PolicyOptions {
  /** Cloudflare Turnstile is on (PUBLIC_TURNSTILE_SITE_KEY was set at build). */
  turnstile: boolean;
  /** The Digital Analytics Program is on (DAP_AGENCY was set at build): every page loads its script. */
  dap?: boolean;
}

/** A Content-Security-Policy as directive name → sources. */
export type Directives = Record<string, readonly string[]>;

/** One block of `_headers`: a path pattern, headers to drop, headers to set. */
export interface HeaderRule {
  path: string;
  unset: readonly string[];
  set: Readonly<Record<string, string>>;
}

/** Where Turnstile's script and challenge frame come from. */
export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

/** Where browsers send content-security-policy violation reports (functions/api/csp-report.ts). */
export const CSP_REPORT_PATH = '/api/csp-report';
/** The Reporting API's name for that endpoint (`report-to` and `Reporting-Endpoints`). */
export const CSP_REPORT_GROUP = 'csp';

/**
 * The one inline script on a page, the page-script loader (ADR 0010), and its hash.
 * Both come from src/integrations/page-script-loader.ts, compiled and hashed once by
 * the build into the generated module, so `_headers` and the functions' policy allow
 * exactly the text the pages carry.
 */
export { PAGE_SCRIPT_LOADER, PAGE_SCRIPT_LOADER_HASH } from './page-script-loader.generated';

/**
 * What every policy, the public site's and the editor's alike, forbids: frames, plugins,
 * another base, forms to another site, being framed. Violations are reported to the site
 * itself: report-to for browsers with the Reporting API, report-uri for the others (a
 * browser that knows report-to ignores report-uri).
 */
const LOCKED_DOWN: Directives = {
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'report-uri': [CSP_REPORT_PATH],
  'report-to': [CSP_REPORT_GROUP],
};

/**
 * Every page: its own files only. No 'unsafe-inline' anywhere: Astro is configured to
 * emit every script and stylesheet as a file (astro.config.mjs), and a build test
 * fails on any inline script or style attribute but the loader above, allowed by its hash.
 */
export const baseDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", PAGE_SCRIPT_LOADER_HASH],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // The map fetches its geometry and the inquiry form posts to /api/inquiry: same origin.
  'connect-src': ["'self'"],
  ...LOCKED_DOWN,
};

/** Pagefind compiles its search index reader from WebAssembly. */
export const searchDirectives: Directives = {
  'script-src': ["'wasm-unsafe-eval'"],
};

/** Turnstile loads its script, runs its challenge in a frame and reports back. */
export const turnstileDirectives: Directives = {
  'script-src': [TURNSTILE_ORIGIN],
  'frame-src': [TURNSTILE_ORIGIN],
  'connect-src': [TURNSTILE_ORIGIN],
};

/** DAP's script, served from its own host, and the GA4 library it loads. */
export const DAP_SCRIPT_ORIGINS = ['https://dap.digitalgov.gov', 'https://www.googletagmanager.com'] as const;
/** Where the GA4 library sends its measurements. */
export const DAP_CONNECT_ORIGINS = [
  'https://www.google-analytics.com',
  'https://*.google-analytics.com',
  'https://*.analytics.google.com',
] as const;

/**
 * GSA's Digital Analytics Program, when the build opts in: the origins DAP's README asks
 * a site with a CSP to allow (digital-analytics-program/gov-wide-code, "Content Security
 * Policy"), and no 'unsafe-inline': DAP is one external script, with no inline snippet.
 */
export const dapDirectives: Directives = {
  'script-src': [...DAP_SCRIPT_ORIGINS, 'https://www.google-analytics.com'],
  'connect-src': DAP_CONNECT_ORIGINS,
};

/** Browser features the site never uses, switched off for it and anything it embeds. */
export const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Headers every response carries, pages and functions alike, apart from the CSP. */
export const commonHeaders: Readonly<Record<string, string>> = {
  // Two years, the HSTS preload list's own minimum is one.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // The endpoint that the CSP's report-to names.
  'Reporting-Endpoints': `${CSP_REPORT_GROUP}="${CSP_REPORT_PATH}"`,
};

/** Fingerprinted build assets never change under their name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Joins directive sets, keeping the first's order and dropping duplicate sources. */
export function mergeDirectives(...sets: readonly Directives[]): Directives {
  const merged: Record<string, string[]> = {};
  for (const set of sets) {
    for (const [name, sources] of Object.entries(set)) {
      const combined = [...new Set([...(merged[name] ?? []), ...sources])];
      // A real source replaces 'none': 'none' beside another source is invalid CSP.
      merged[name] = combined.length > 1 ? combined.filter((source) => source !== "'none'") : combined;
    }
  }
  return merged;
}

/** Serialises directives into a header value. */
export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The CSP of a static page or function response at `pathname`. */
export function cspFor(pathname: string, options: PolicyOptions): string {
  const sets: Directives[] = [baseDirectives];
  if (pathname.startsWith('/search/')) sets.push(searchDirectives);
  if (options.turnstile && pathname.startsWith('/inquiry/')) sets.push(turnstileDirectives);
  if (options.dap) sets.push(dapDirectives);
  return serializeCsp(mergeDirectives(...sets));
}

/** Every header of a page or function response at `pathname` (the CSP included). */
export function headersFor(pathname: string, options: PolicyOptions): Record<string, string> {
  if (pathname.startsWith(ADMIN_PATH)) return { ...headersFor('/', options), ...adminHeaderRule.set };
  return { 'Content-Security-Policy': cspFor(pathname, options), ...commonHeaders };
}

/**
 * The rules of `_headers`, in order. Cloudflare applies every rule that matches a path,
 * in file order, and joins a header set twice with a comma, which for a CSP means two
 * policies both enforced. So a path with a wider policy first drops the general one.
 */
export function headerRules(options: PolicyOptions): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      path: '/*',
      // Pages adds `Access-Control-Allow-Origin: *` by default; nothing here is for other sites.
      unset: ['Access-Control-Allow-Origin'],
      set: headersFor('/', options),
    },
    { path: '/_astro/*', unset: [], set: { 'Cache-Control': IMMUTABLE_CACHE } },
    // The country list as CSV (src/pages/countries/assisted-countries.csv.ts) is a file to
    // save and open in a spreadsheet, under a name that says what it is. Pages already
    // serves a .csv as text/csv; setting Content-Type here too would join the two values.
    {
      path: '/countries/assisted-countries.csv',
      unset: [],
      set: { 'Content-Disposition': 'attachment; filename="inl-assisted-countries.csv"' },
    },
    {
      path: '/search/*',
      unset: ['Content-Security-Policy'],
      set: { 'Content-Security-Policy': cspFor('/search/', options) },
    },
  ];
  rules.push(adminHeaderRule);
  if (options.turnstile) {
    rules.push({
      path: '/inquiry/*',
      unset: ['Content-Security-Policy'],
      set: { 'Content-Security-Policy': cspFor('/inquiry/', options) },
    });
  }
  return rules;
}

// ---- The content editor (/admin/): a policy of its own ---------------------------------
// Sveltia CMS, a web application for staff, apart from the public site (src/features/admin/).
// Only /admin/ gets what it needs; no public page's policy changes.

/** Where the editor reads and writes the repository once a staff member has signed in. */
export const GITHUB_API_ORIGIN = 'https://api.github.com';
/** Where GitHub serves the signed-in staff member's avatar. */
export const GITHUB_AVATARS_ORIGIN = 'https://avatars.githubusercontent.com';

/**
 * The editor's page: its own bundle only, its styles injected by Svelte at run time
 * ('unsafe-inline' for styles, never for scripts, and no 'unsafe-eval'), images it makes
 * from uploads (blob:, data:), and GitHub's API for the content.
 */
export const adminDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'blob:', 'data:', GITHUB_AVATARS_ORIGIN],
  'font-src': ["'self'"],
  // data: and blob: are the editor's own images read back as files, never a network request.
  'connect-src': ["'self'", 'data:', 'blob:', GITHUB_API_ORIGIN],
  'worker-src': ["'self'", 'blob:'],
  ...LOCKED_DOWN,
};

/**
 * The editor opens GitHub's sign-in in a window of its own and reads the result the
 * window posts back (functions/api/admin/callback.ts): `same-origin` would cut that
 * link, so the editor alone allows its popups.
 */
export const ADMIN_OPENER_POLICY = 'same-origin-allow-popups';

/** The `_headers` rule of the editor: its policy instead of the site's, and never indexed. */
export const adminHeaderRule: HeaderRule = {
  path: `${ADMIN_PATH}*`,
  unset: ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'],
  set: {
    'Content-Security-Policy': serializeCsp(adminDirectives),
    'Cross-Origin-Opener-Policy': ADMIN_OPENER_POLICY,
    'X-Robots-Tag': 'noindex, nofollow',
  },
};
// ---- end of the content editor's block -----------------------------------------------

/** The text of `dist/_headers`. */
export function renderHeadersFile(options: PolicyOptions): string {
  const blocks = headerRules(options).map((rule) =>
    [
      rule.path,
      ...rule.unset.map((name) => `  ! ${name}`),
      ...Object.entries(rule.set).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n'),
  );
  return `# Written by the build from src/security/headers.ts: edit that file, not this one.\n${blocks.join('\n\n')}\n`;
}
