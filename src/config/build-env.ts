/**
 * The variables read when the site is built (not by the functions): where to report a
 * vulnerability, and whether the site takes part in the government-wide analytics.
 * Each is documented in the README's configuration table, which a unit test holds.
 *
 * No imports, so the Astro config, its integrations, the pages and the tests can all
 * load it. It runs at build time only: nothing here reaches the browser.
 */

/** Every variable the build reads, for the README test. */
export const BUILD_VARIABLES = [
  'SITE_URL',
  'PUBLIC_TURNSTILE_SITE_KEY',
  'SECURITY_CONTACT',
  'VDP_URL',
  'DAP_AGENCY',
  'DAP_SUBAGENCY',
] as const;

/**
 * The State Department's vulnerability disclosure policy: the Department runs it publicly
 * as a HackerOne program (22 U.S.C. 10306). VDP_URL replaces it.
 */
export const DEFAULT_VDP_URL = 'https://hackerone.com/us-department-of-state';

/** GSA's Digital Analytics Program: its centrally hosted script (digital-analytics-program/gov-wide-code). */
export const DAP_SCRIPT_URL = 'https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js';

/** DAP's own answers on what it collects and keeps (digital.gov, "Data Access, Retention, and Privacy"). */
export const DAP_PRIVACY_URL = 'https://digital.gov/guides/dap/common-questions-about-dap/';

export interface DapSettings {
  /** The agency's DAP abbreviation, e.g. DOS. */
  agency: string;
  /** An optional sub-agency abbreviation, e.g. INL. */
  subagency?: string;
}

export interface BuildEnv {
  /** The disclosure policy: security.txt's Policy and the footer's link. */
  vdpUrl: string;
  /** security.txt's Contact: an https:, mailto: or tel: URI (RFC 9116). */
  securityContact: string;
  /** Set when DAP_AGENCY is: every page then loads DAP's script. */
  dap?: DapSettings;
}

/** A DAP abbreviation goes into a script URL: letters, digits and hyphens only. */
const DAP_CODE = /^[A-Za-z0-9-]{1,32}$/;

function uri(name: string, value: string, schemes: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URI (${schemes.join(', ')}), not "${value}".`);
  }
  if (!schemes.includes(url.protocol)) throw new Error(`${name} must start with ${schemes.join(' or ')}: "${value}".`);
  return url.href;
}

function dapCode(name: string, value: string): string {
  if (!DAP_CODE.test(value))
    throw new Error(`${name} must be a short code of letters and digits (e.g. DOS): "${value}".`);
  return value;
}

/** Reads and checks the build's variables; a bad value stops the build with a clear message. */
export function readBuildEnv(env: Readonly<Record<string, string | undefined>>): BuildEnv {
  // An empty value counts as unset, as an empty line in a .env file would.
  const read = (name: (typeof BUILD_VARIABLES)[number]) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const vdpUrl = uri('VDP_URL', read('VDP_URL') ?? DEFAULT_VDP_URL, ['https:']);
  const securityContact = uri('SECURITY_CONTACT', read('SECURITY_CONTACT') ?? vdpUrl, ['https:', 'mailto:', 'tel:']);
  const agency = read('DAP_AGENCY');
  const subagency = read('DAP_SUBAGENCY');
  if (!agency) {
    if (subagency) throw new Error('DAP_SUBAGENCY is set without DAP_AGENCY.');
    return { vdpUrl, securityContact };
  }
  const dap: DapSettings = subagency
    ? { agency: dapCode('DAP_AGENCY', agency), subagency: dapCode('DAP_SUBAGENCY', subagency) }
    : { agency: dapCode('DAP_AGENCY', agency) };
  return { vdpUrl, securityContact, dap };
}

/** The DAP script's address for these settings, as DAP documents it (`?agency=…&subagency=…`). */
export function dapScriptUrl(dap: DapSettings): string {
  const url = new URL(DAP_SCRIPT_URL);
  url.searchParams.set('agency', dap.agency);
  if (dap.subagency) url.searchParams.set('subagency', dap.subagency);
  return url.href;
}

/** This build's settings, from the environment it runs in. */
export const buildEnv: BuildEnv = readBuildEnv(process.env);
