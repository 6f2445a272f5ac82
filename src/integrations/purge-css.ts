/**
 * Each built page gets one stylesheet holding only the rules it can use (ADR 0008).
 *
 * After the build, for every HTML page: the stylesheets it links (USWDS, the shell's and
 * its components' own) are joined in their order, PurgeCSS drops every rule whose
 * selectors match nothing in that page's HTML or in the scripts it loads (which add
 * classes at run time), with the chunks they import (importsOf), and the
 * page links that one file instead, named by its content hash so equal results are
 * shared. Stylesheets no page links any more are deleted.
 *
 * The inquiry function's answers without JavaScript are the /inquiry/ page rewritten
 * with the same markup its script renders (src/features/inquiry/shared/markup.ts), so they are
 * covered by that page's stylesheet.
 *
 * What a script builds from parts PurgeCSS cannot read as whole words
 * (`usa-alert--${kind}`, states set as attributes) is kept by the
 * safelist below. The screenshot tests (tests/e2e/visual.spec.ts) are what catch a rule
 * dropped wrongly.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import postcss from 'postcss';
import { PurgeCSS, type ComplexSafelist } from 'purgecss';
import { attribute, builtPages, hasAttribute, readPage, writePage, type BuiltPage, type Element } from './built-html';
import { scriptsOf } from './deferred-scripts';
import { contentHash, type Step } from './pipeline';

/** The folder Vite writes hashed assets to, under the build folder. */
const ASSETS = '_astro';

/** Rules a script may need that no page's HTML shows, and no script names whole. */
export const SAFELIST = {
  standard: [
    // The inquiry form's error states, set by src/features/inquiry/browser/ when a field is checked.
    /^usa-(form-group|input|textarea|select|checkbox|radio|label|character-count)(--|__).*(error|invalid|status)/,
    /^usa-error-message$/,
    /^usa-character-count__/,
  ],
  // The countries map (src/features/countries/) sets states on its own elements. Leaflet's
  // classes and those of what the map draws are styled by the map's own stylesheet
  // (map-styles.css), which its script links and which no page's stylesheet holds.
  greedy: [/country-map/, /country-panel/],
} satisfies ComplexSafelist;

/** On a page whose HTML or scripts show alerts: every kind the inquiry's markup may render. */
const ALERT_KINDS = /^usa-alert--(success|error|warning|info)$/;

/** Attribute selectors a script toggles at run time: kept whatever the HTML holds. */
const DYNAMIC_ATTRIBUTES = [
  'aria-invalid',
  'aria-expanded',
  'aria-current',
  'aria-selected',
  'aria-pressed',
  'aria-busy',
  'aria-hidden',
  'hidden',
  'open',
  'disabled',
  // Set on the root by the page-script loader when a script fails (page-script-loader.ts),
  // which is written into the pages after this step.
  'data-scripts-failed',
];

/**
 * USWDS's rules for disabled controls (`:disabled`, `[aria-disabled=true]`, and their
 * hover, focus and forced-colours forms) are kept only where a control can be disabled:
 * a page whose HTML disables one, or whose own scripts do (the inquiry form's, while it
 * sends). PurgeCSS keeps them on every page that has a button, since a pseudo-class is
 * no word it could look for, and on the map's page because Leaflet, in the chunk its
 * script loads later, disables its zoom buttons, which map-styles.css styles.
 */
const DISABLED_STATE = /:disabled|\[aria-disabled/;
/** Whether any element of the page has `disabled` or `aria-disabled`. */
function disablesInHtml(page: BuiltPage): boolean {
  return [...page.elements()].some(
    (element) => hasAttribute(element, 'disabled') || hasAttribute(element, 'aria-disabled'),
  );
}
/** A script that sets either: `aria-disabled`, `.disabled =`, or the attribute by name. */
const DISABLES_IN_SCRIPT = /aria-disabled|\.disabled\s*=[^=]|["'`]disabled["'`]/;

/**
 * Rules no page can use, which PurgeCSS keeps because their attribute is one a script
 * sets on other elements (DYNAMIC_ATTRIBUTES): USWDS's banner button is styled by its
 * aria-expanded, and the site's banner is a <details> whose button never has one
 * (GovBanner.astro draws the same arrow from the open state).
 */
const NEVER_MATCHED = /\.usa-banner__button\[aria-expanded/;
/** Both, for a page where nothing can be disabled. */
const NEVER_MATCHED_OR_DISABLED = new RegExp(`${NEVER_MATCHED.source}|${DISABLED_STATE.source}`);

/** The CSS without the selectors `unused` matches, nor the rules and blocks they leave empty. */
export function withoutSelectors(css: string, unused: RegExp): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !unused.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** Whether `element` links one of Astro's stylesheets. */
function isStylesheetLink(element: Element): boolean {
  const href = attribute(element, 'href');
  return (
    attribute(element, 'rel') === 'stylesheet' && href?.startsWith(`/${ASSETS}/`) === true && href.endsWith('.css')
  );
}

/** The page's links to Astro's stylesheets, in order. */
function stylesheetLinks(page: BuiltPage): Element[] {
  return [...page.elementsNamed('link')].filter(isStylesheetLink);
}

/** The stylesheets a page links, in order. */
export function stylesheetsOf(page: BuiltPage): string[] {
  return stylesheetLinks(page).map((link) => attribute(link, 'href')!);
}

/**
 * The site's chunks a script imports, by path, as Vite writes them beside it in /_astro/:
 * before it runs (`from"./chunk.js"`, `import"./chunk.js"`) and, unless `staticOnly`,
 * later (`import("./map-app.X.js")`). A page that loads a script may run what it imports
 * later, and that adds classes too (the country map's details panel,
 * src/features/countries/browser/map-app.ts, loaded once the map is needed).
 */
export function importsOf(script: string, src: string, { staticOnly = false } = {}): string[] {
  const dir = src.slice(0, src.lastIndexOf('/') + 1);
  return [...script.matchAll(/\b(from|import\s*\(|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)]
    .filter(([, keyword]) => !(staticOnly && keyword!.endsWith('(')))
    .map((match) => dir + match[2]!);
}

/** The page's stylesheet links made one, to `href`, where the first stood. */
export function linkOneStylesheet(page: BuiltPage, href: string): void {
  const [first, ...rest] = stylesheetLinks(page);
  if (!first) return;
  page.setAttribute(first, 'href', href);
  for (const link of rest) page.remove(link);
}

/** Whether an element of the page has a class of USWDS's alert (`usa-alert`, `usa-alert__body`, …). */
function showsAlerts(page: BuiltPage): boolean {
  return [...page.elements()].some((element) =>
    (attribute(element, 'class') ?? '').split(/\s+/).some((name) => name.startsWith('usa-alert')),
  );
}

/** The text of the scripts at `srcs` and of every chunk they import, each once, by path. */
async function readScripts(root: string, srcs: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const queue = [...srcs];
  // Each chunk is read once, so the loop ends with the build's chunks.
  for (let src = queue.shift(); src !== undefined; src = queue.shift()) {
    if (texts.has(src)) continue;
    const text = await readFile(join(root, src), 'utf8');
    texts.set(src, text);
    queue.push(...importsOf(text, src));
  }
  return texts;
}

export const purgeCss: Step = {
  name: 'purge-css',
  // The pages as Astro wrote them, before the loader: its words are not the page's.
  reads: ['pages', 'stylesheets', 'scripts', 'module-script-tags', 'subset-fonts'],
  writes: ['page-stylesheets'],
  replaces: ['stylesheets'],
  async run({ root, logger }) {
    const paths = await builtPages(root);
    const linked = new Set<string>();
    const written = new Set<string>();
    let largest = 0;

    for (const path of paths) {
      const page = await readPage(root, path);
      const sheets = stylesheetsOf(page);
      if (sheets.length === 0) continue;
      const html = page.toString();
      const css = (await Promise.all(sheets.map((href) => readFile(join(root, href), 'utf8')))).join('\n');
      const ownScripts = scriptsOf(page);
      const scripts = await readScripts(root, ownScripts);
      const scriptText = [...scripts.values()].join('\n');
      const alerts = showsAlerts(page) || scriptText.includes('usa-alert');
      const [result] = await new PurgeCSS().purge({
        content: [
          { raw: html, extension: 'html' },
          { raw: scriptText, extension: 'js' },
        ],
        css: [{ raw: css }],
        // Words with their colons: USWDS's responsive classes are `tablet:grid-col-6`.
        defaultExtractor: (content) => content.match(/[\w:/-]+/g) ?? [],
        safelist: alerts ? { ...SAFELIST, standard: [...SAFELIST.standard, ALERT_KINDS] } : SAFELIST,
        dynamicAttributes: DYNAMIC_ATTRIBUTES,
        // @font-face and @keyframes stay: the fonts are what the page paints in.
        fontFace: false,
        keyframes: false,
        variables: false,
      });
      if (!result) throw new Error(`PurgeCSS returned nothing for ${path}`);
      // The page's own scripts, not the chunks they load later (see DISABLED_STATE).
      const canDisable =
        disablesInHtml(page) || ownScripts.some((src) => DISABLES_IN_SCRIPT.test(scripts.get(src) ?? ''));
      const pageCss = withoutSelectors(result.css, canDisable ? NEVER_MATCHED : NEVER_MATCHED_OR_DISABLED);
      const href = `/${ASSETS}/page.${contentHash(pageCss)}.css`;
      if (!written.has(href)) {
        await writeFile(join(root, href), pageCss);
        written.add(href);
        largest = Math.max(largest, pageCss.length);
      }
      sheets.forEach((sheet) => linked.add(sheet));
      linkOneStylesheet(page, href);
      await writePage(root, path, page);
    }

    // The joined sources are no longer linked by any page.
    for (const sheet of linked) await rm(join(root, sheet.split('/').join(sep)));
    logger.info(
      `${paths.length} pages, ${written.size} stylesheets of at most ${Math.round(largest / 1024)} KB (uncompressed)`,
    );
  },
};
