import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PATH } from '../../src/features/admin/shared/apart';
import {
  commonHeaders,
  CSP_REPORT_PATH,
  cspFor,
  DAP_CONNECT_ORIGINS,
  DAP_SCRIPT_ORIGINS,
  headersFor,
  headerRules,
  PAGE_SCRIPT_LOADER,
  PAGE_SCRIPT_LOADER_HASH,
  renderHeadersFile,
  TURNSTILE_ORIGIN,
} from '../../src/security/headers';

/** Parses a CSP header value into directive → sources. */
function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the content security policy', () => {
  const base = parseCsp(cspFor('/', { turnstile: false }));

  it('allows only the site itself, and no inline code but the page-script loader, by its hash', () => {
    for (const name of ['default-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
      expect(base.get(name), name).toEqual(["'self'"]);
    }
    expect(base.get('script-src')).toEqual(["'self'", PAGE_SCRIPT_LOADER_HASH]);
    expect(cspFor('/', { turnstile: true })).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|https:/);
  });

  it('forbids plugins, framing, foreign form targets and base rewriting', () => {
    expect(base.get('object-src')).toEqual(["'none'"]);
    expect(base.get('frame-ancestors')).toEqual(["'none'"]);
    expect(base.get('form-action')).toEqual(["'self'"]);
    expect(base.get('base-uri')).toEqual(["'self'"]);
  });

  // Someone who edits the loader and forgets its hash would find every page's scripts
  // refused by the browser; this fails first.
  it('allows the loader by the SHA-256 of its exact text', () => {
    const digest = createHash('sha256').update(PAGE_SCRIPT_LOADER).digest('base64');
    expect(PAGE_SCRIPT_LOADER_HASH).toBe(`'sha256-${digest}'`);
  });

  it("adds 'wasm-unsafe-eval' for Pagefind on /search/ only", () => {
    expect(parseCsp(cspFor('/search/', { turnstile: false })).get('script-src')).toEqual([
      "'self'",
      PAGE_SCRIPT_LOADER_HASH,
      "'wasm-unsafe-eval'",
    ]);
    expect(cspFor('/faq/', { turnstile: false })).not.toContain('wasm');
  });

  it('allows Turnstile on /inquiry/ only, and only when it is configured', () => {
    const withTurnstile = parseCsp(cspFor('/inquiry/', { turnstile: true }));
    expect(withTurnstile.get('script-src')).toEqual(["'self'", PAGE_SCRIPT_LOADER_HASH, TURNSTILE_ORIGIN]);
    expect(withTurnstile.get('frame-src')).toEqual([TURNSTILE_ORIGIN]);
    expect(cspFor('/inquiry/', { turnstile: false })).not.toContain(TURNSTILE_ORIGIN);
    expect(cspFor('/', { turnstile: true })).not.toContain(TURNSTILE_ORIGIN);
  });
});

describe('violation reports', () => {
  it('go to the site’s own endpoint, by report-to and by report-uri, on every policy', () => {
    for (const path of ['/', '/search/', '/inquiry/', '/api/inquiry']) {
      const csp = parseCsp(cspFor(path, { turnstile: true, dap: true }));
      expect(csp.get('report-uri'), path).toEqual([CSP_REPORT_PATH]);
      expect(csp.get('report-to'), path).toEqual(['csp']);
    }
    expect(commonHeaders['Reporting-Endpoints']).toBe(`csp="${CSP_REPORT_PATH}"`);
  });
});

describe('the Digital Analytics Program (DAP)', () => {
  const off = renderHeadersFile({ turnstile: false });
  const on = renderHeadersFile({ turnstile: false, dap: true });

  it('is in no header of the default build', () => {
    expect(off).toBe(renderHeadersFile({ turnstile: false, dap: false }));
    expect(off).not.toMatch(/digitalgov|google/);
  });

  it('widens script-src and connect-src on every path of the DAP build, and nothing else', () => {
    for (const path of ['/', '/search/', '/countries/', '/inquiry/']) {
      const plain = parseCsp(cspFor(path, { turnstile: false }));
      const widened = parseCsp(cspFor(path, { turnstile: false, dap: true }));
      expect(widened.get('script-src'), path).toEqual([
        ...(plain.get('script-src') ?? []),
        ...DAP_SCRIPT_ORIGINS,
        'https://www.google-analytics.com',
      ]);
      expect(widened.get('connect-src'), path).toEqual(["'self'", ...DAP_CONNECT_ORIGINS]);
      for (const [name, sources] of plain) {
        if (name !== 'script-src' && name !== 'connect-src')
          expect(widened.get(name), `${path} ${name}`).toEqual(sources);
      }
    }
    expect(on).toContain('https://dap.digitalgov.gov');
    // The content editor's own policy (its rule, last but Turnstile's) loads no analytics.
    const publicRules = on.split('\n\n').filter((block) => !block.startsWith(`${ADMIN_PATH}*`));
    expect(publicRules.join('\n\n')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:/);
  });
});

describe('the _headers file', () => {
  it('removes Pages’ default CORS header and sets the policy on every path', () => {
    const text = renderHeadersFile({ turnstile: false });
    expect(text).toMatch(/^\/\*\n {2}! Access-Control-Allow-Origin\n/m);
    for (const [name, value] of Object.entries(headersFor('/', { turnstile: false }))) {
      expect(text).toContain(`  ${name}: ${value}\n`);
    }
  });

  it('caches fingerprinted assets for a year', () => {
    expect(renderHeadersFile({ turnstile: false })).toContain(
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
  });

  it('drops the general CSP before setting a wider one, so the two are never both enforced', () => {
    for (const rule of headerRules({ turnstile: true }).slice(1)) {
      if ('Content-Security-Policy' in rule.set) expect(rule.unset, rule.path).toContain('Content-Security-Policy');
    }
    expect(headerRules({ turnstile: true }).map((rule) => rule.path)).toContain('/inquiry/*');
    expect(headerRules({ turnstile: false }).map((rule) => rule.path)).not.toContain('/inquiry/*');
  });
});

describe('the functions folder', () => {
  const root = join(import.meta.dirname, '../../functions');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));

  it('has no middleware at its root, which would route every static page through a Worker', () => {
    expect(files).not.toContain('_middleware.ts');
  });

  it('covers every function with a middleware in its own folder or a parent folder', () => {
    const uncovered = files
      .filter((file) => !file.endsWith('_middleware.ts'))
      .filter((file) => {
        const folders = file.split('/').slice(0, -1);
        return !folders.some((_, i) => files.includes([...folders.slice(0, i + 1), '_middleware.ts'].join('/')));
      });
    expect(uncovered).toEqual([]);
  });

  it('uses one middleware everywhere: every other one re-exports functions/api/_middleware.ts', () => {
    for (const file of files.filter((f) => f.endsWith('_middleware.ts') && f !== 'api/_middleware.ts')) {
      expect(readFileSync(join(root, file), 'utf8'), file).toMatch(
        /export \{ onRequest \} from '(\.\.\/)+api\/_middleware'/,
      );
    }
  });
});
