/**
 * Each page's scripts are fetched at low priority (issue 12).
 *
 * Every script here enhances HTML that works without it: the FAQ filter and copy links,
 * search, the inquiry form's checks, the map. Nothing on the first screen waits for one,
 * so on a slow connection the stylesheet and the fonts should come first; browsers give
 * module scripts high priority unless told otherwise. Astro leaves a <script> that has
 * attributes of its own unbundled, so the attribute is added to the built pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterBuild, builtPages } from './after-build';

const SITE_SCRIPT = /(<script type="module" src="\/_astro\/[^"]+\.js")>/g;

/** The page with `fetchpriority="low"` on each of the site's own module scripts. */
export function withLowPriorityScripts(html: string): string {
  return html.replace(SITE_SCRIPT, '$1 fetchpriority="low">');
}

export default function scriptPriority(): AstroIntegration {
  return afterBuild('script-priority', async ({ dir }) => {
    const root = fileURLToPath(dir);
    for (const page of await builtPages(root)) {
      const html = await readFile(join(root, page), 'utf8');
      const lowered = withLowPriorityScripts(html);
      if (lowered !== html) await writeFile(join(root, page), lowered);
    }
  });
}
