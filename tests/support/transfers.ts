/**
 * What a page really transfers, measured in Chromium: every response of a page load,
 * summed by kind, each body gzip-compressed here (level 9; formats compressed already
 * count as they are, see compressedSize), since `wrangler pages dev` may send files
 * uncompressed. That is what Cloudflare sends at most (it prefers Brotli, smaller still).
 *
 * Unlike the static estimate (page-weight.ts) this sees what scripts fetch at run time:
 * the map's shapes, Pagefind's index. Shared by `npm run bench` and the budget test
 * (tests/e2e/budgets.spec.ts) so both measure the same way. Plain Node with Playwright's
 * page API only, no test-runner imports.
 */
import type { Page, Response } from '@playwright/test';
import { countriesUi } from '../../src/features/countries/shared/words.ts';
import { compressedSize, RESOURCE_KINDS, type PageWeight, type Resource, type ResourceKind } from './page-weight.ts';

/** A page's transfers, and any request that left the site's origin (none is allowed). */
export interface Transfers extends PageWeight {
  foreign: string[];
}

const RESOURCE_TYPE_KIND: Partial<Record<string, ResourceKind>> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
};

/** A response's kind: by what the browser fetched it as, else by its content type (the favicon is "other"). */
export function kindOf(resourceType: string, contentType: string): ResourceKind {
  const byType = RESOURCE_TYPE_KIND[resourceType];
  if (byType) return byType;
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('font/')) return 'font';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'data';
}

/**
 * Starts recording `page`'s responses; call it before navigating. The function it
 * returns, called once the page has settled, totals what was received by then.
 */
export function recordTransfers(page: Page, origin: string): () => Promise<Transfers> {
  const pending: Promise<Resource>[] = [];
  const foreign: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) {
      foreign.push(response.url());
      return;
    }
    // A redirect has no body; its target is a response of its own.
    const status = response.status();
    if (status >= 300 && status < 400) return;
    const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
    pending.push(
      response.body().then(
        (body) => ({ url: url.pathname, kind, bytes: compressedSize(body, url.pathname) }),
        // Chromium drops the bodies of some responses it did not keep (a cancelled prefetch).
        () => ({ url: url.pathname, kind, bytes: 0 }),
      ),
    );
  });
  return async () => {
    const resources = await Promise.all(pending);
    const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, 0])) as Record<ResourceKind, number>;
    for (const resource of resources) byKind[resource.kind] += resource.bytes;
    const total = RESOURCE_KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
    return { resources, byKind, total, foreign: [...foreign] };
  };
}

/**
 * Pages whose script draws something after the load, and how to tell it has: the map
 * is drawn when its countries are buttons (aria-expanded marks a country, not a zoom control).
 * The map loads only when it nears the viewport (src/features/countries/browser/country-map.ts), so
 * the page is scrolled to it first, as its reader does: the weight counted is the page's
 * with its map, all a visitor who uses it pays.
 */
const DRAWN: Partial<Record<string, (page: Page, timeout: number) => Promise<void>>> = {
  '/countries/': async (page, timeout) => {
    const map = page.getByRole('region', { name: countriesUi.mapLabel });
    await map.scrollIntoViewIfNeeded({ timeout });
    await map.getByRole('button', { expanded: false }).first().waitFor({ state: 'visible', timeout });
  },
};

/**
 * Opens `path` and waits until it has settled: no request for half a second (network
 * idle), and for a page that draws after the load, until it has drawn (what it drew
 * from has been fetched by then; the page is left scrolled to the top again). Throws
 * when the page does not answer 2xx or does not settle within `timeout` ms.
 */
export async function openSettled(page: Page, origin: string, path: string, timeout: number): Promise<Response> {
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout });
  if (!response?.ok()) throw new Error(`${path} answered ${String(response?.status())}`);
  const drawn = DRAWN[path];
  if (drawn) {
    await drawn(page, timeout);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  return response;
}
