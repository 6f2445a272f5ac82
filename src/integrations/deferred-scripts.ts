/**
 * Each page's own scripts start after the page has painted (ADR 0010).
 *
 * Every script here enhances HTML that works without it: the FAQ filter and copy links,
 * search, the inquiry form's checks, the map. Nothing on the first screen waits for one,
 * so none should be fetched while the stylesheet and the fonts are: on a slow HTTP/1.1
 * connection a script asked for by the HTML opens a connection of its own and delays the
 * first screen's text. Astro writes each as `<script type="module" src>`; this step
 * turns each into the hashed loader of src/security/headers.ts, which imports the same
 * file once the first contentful paint is reported.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_SCRIPT_LOADER } from '../security/headers';
import { afterBuild, builtPages } from './after-build';

const SITE_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/** The site's own scripts a page loads, whether Astro's tag or the loader names each. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\s(?:src|data-module)="(\/_astro\/[^"]+\.js)"/g)].map((match) => match[1]!);
}

/** The page with each of the site's module scripts started by the loader instead. */
export function withDeferredScripts(html: string): string {
  return html.replace(SITE_SCRIPT, (_, src: string) => `<script data-module="${src}">${PAGE_SCRIPT_LOADER}</script>`);
}

export default function deferredScripts(): AstroIntegration {
  return afterBuild('deferred-scripts', async ({ dir }) => {
    const root = fileURLToPath(dir);
    for (const page of await builtPages(root)) {
      const html = await readFile(join(root, page), 'utf8');
      const deferred = withDeferredScripts(html);
      if (deferred !== html) await writeFile(join(root, page), deferred);
    }
  });
}
