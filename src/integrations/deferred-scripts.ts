/**
 * Each page's own scripts start after the page has painted (ADR 0010).
 *
 * Every script here enhances HTML that works without it: the FAQ filter and copy links,
 * search, the inquiry form's checks, the map. Nothing on the first screen waits for one,
 * so none should be fetched while the stylesheet and the fonts are: on a slow HTTP/1.1
 * connection a script asked for by the HTML opens a connection of its own and delays the
 * first screen's text. Astro writes each as `<script type="module" src>`; this step
 * turns each into the hashed loader (page-script-loader.ts), which imports the same
 * file once the first contentful paint is reported.
 */
import { PAGE_SCRIPT_LOADER } from '../security/page-script-loader.generated';
import { attribute, builtPages, markup, readPage, writePage, type BuiltPage, type Element } from './built-html';
import type { Step } from './pipeline';

/** The site's script `element` names, by Astro's tag (`src`) or the loader's (`data-module`). */
function ownScript(element: Element): string | undefined {
  const src = attribute(element, 'src') ?? attribute(element, 'data-module');
  return src?.startsWith('/_astro/') && src.endsWith('.js') ? src : undefined;
}

/** The site's own scripts a page loads, whether Astro's tag or the loader names each. */
export function scriptsOf(page: BuiltPage): string[] {
  return [...page.elementsNamed('script')].flatMap((element) => ownScript(element) ?? []);
}

/** Astro's tag for one of the site's module scripts: `type="module"` and `src`, nothing else. */
function isModuleTag(element: Element): boolean {
  return (
    element.attrs.length === 2 &&
    attribute(element, 'type') === 'module' &&
    attribute(element, 'src') !== undefined &&
    ownScript(element) !== undefined &&
    element.childNodes.length === 0
  );
}

/** Each of the page's module scripts, started by the loader instead. */
export function deferScripts(page: BuiltPage): void {
  for (const element of page.elementsNamed('script')) {
    if (!isModuleTag(element)) continue;
    page.replace(element, markup('script', { 'data-module': ownScript(element)! }, PAGE_SCRIPT_LOADER));
  }
}

export const deferredScripts: Step = {
  name: 'deferred-scripts',
  reads: ['pages', 'scripts', 'module-script-tags'],
  writes: ['deferred-scripts'],
  // Later steps would see the loader as the page's own text (purge-css would keep rules for its words).
  replaces: ['module-script-tags'],
  async run({ root }) {
    for (const path of await builtPages(root)) {
      const page = await readPage(root, path);
      deferScripts(page);
      await writePage(root, path, page);
    }
  },
};
