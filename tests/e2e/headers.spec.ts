// The security policy of src/security/headers.ts, as the browser receives it from the
// test server (`wrangler pages dev` applies dist/_headers as Cloudflare Pages does), on
// every page of the built site and on the function's responses. A page that trips its own
// policy, logs an error or calls another origin fails here.
import { expect, test, type Page } from '@playwright/test';
import { buildEnv } from '../../src/config/build-env';
import { cspFor, headersFor, IMMUTABLE_CACHE } from '../../src/security/headers';
import { pagePaths, readerPagePaths } from '../support/site';

const options = { turnstile: Boolean(process.env['PUBLIC_TURNSTILE_SITE_KEY']), dap: Boolean(buildEnv.dap) };
const NOT_FOUND_PATH = '/no-such-page/';

interface Problems {
  violations: string[];
  errors: string[];
  foreign: string[];
}

/** Records CSP violations, console errors, uncaught exceptions and requests to other origins. */
async function watch(page: Page, origin: string): Promise<Problems> {
  const problems: Problems = { violations: [], errors: [], foreign: [] };
  // The binding and init script go through the DevTools protocol, so the page's CSP does not apply to them.
  await page.exposeFunction('reportViolation', (violation: string) => problems.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${String(event.lineNumber)})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 status of the not-found page itself; that status is the point of it.
    const location = new URL(message.location().url || 'about:blank');
    if (location.pathname === NOT_FOUND_PATH && message.text().includes('status of 404')) return;
    problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreign.push(request.url());
  });
  return problems;
}

function expectPolicy(headers: Record<string, string>, path: string) {
  for (const [name, value] of Object.entries(headersFor(path, options))) {
    expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
  expect(headers['access-control-allow-origin'], `Access-Control-Allow-Origin on ${path}`).toBeUndefined();
}

for (const path of [...pagePaths(), NOT_FOUND_PATH]) {
  test(`${path} carries the strict headers and breaks none of its own rules`, async ({ page, baseURL }) => {
    const problems = await watch(page, new URL(baseURL ?? '').origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    expectPolicy(await response!.allHeaders(), path);
    expect(problems).toEqual({ violations: [], errors: [], foreign: [] });
  });
}

test('a search runs Pagefind within the search page’s policy', async ({ page, baseURL }) => {
  expect(cspFor('/search/', options)).toContain("'wasm-unsafe-eval'");
  expect(cspFor('/', options)).not.toContain("'wasm-unsafe-eval'");
  const problems = await watch(page, new URL(baseURL ?? '').origin);
  const pagefindFiles: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefindFiles.push(response.url());
  });
  await page.goto('/search/?q=police', { waitUntil: 'networkidle' });
  // The query really reached Pagefind (its index and WebAssembly were fetched).
  expect(pagefindFiles.some((url) => url.endsWith('.pagefind'))).toBe(true);
  expect(problems).toEqual({ violations: [], errors: [], foreign: [] });
});

test('fingerprinted assets are cached for a year and sent with nosniff', async ({ page }) => {
  const stylesheets: Promise<Record<string, string>>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_astro/')) stylesheets.push(response.allHeaders());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const all = await Promise.all(stylesheets);
  expect(all.length).toBeGreaterThan(0);
  for (const headers of all) {
    expect(headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
});

test('the inquiry function answers with the same headers', async ({ request }) => {
  const post = await request.post('/api/inquiry', { data: {}, headers: { Accept: 'application/json' } });
  // An empty inquiry is refused; what matters here is what the refusal carries.
  expect(post.status()).toBeGreaterThanOrEqual(400);
  expect(post.status()).toBeLessThan(500);
  expectPolicy(post.headers(), '/api/inquiry');

  const unknown = await request.get('/api/no-such-function');
  expectPolicy(unknown.headers(), '/api/no-such-function');
});

test('security.txt is served as UTF-8 plain text, and every page links the disclosure policy', async ({
  page,
  request,
}) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await response.text()).toContain(`Policy: ${buildEnv.vdpUrl}\n`);

  for (const path of readerPagePaths()) {
    await page.goto(path);
    const required = page.getByRole('navigation', { name: 'Important links' });
    await expect(required.getByRole('link', { name: 'Vulnerability disclosure policy' }), path).toHaveAttribute(
      'href',
      buildEnv.vdpUrl,
    );
  }
});
