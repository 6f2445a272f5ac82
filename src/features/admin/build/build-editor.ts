/**
 * Builds the content editor into the site's /admin/ folder after the site itself: its
 * page (../browser/index.html) and Sveltia CMS's npm build bundled by Vite, with every file it
 * loads beside it. The editor is a web application of its own, so it has a build of
 * its own: none of the site's page pipeline (stylesheet purge, deferred scripts,
 * search index) touches it, and no public page can load its bundle.
 *
 * Sveltia's code names other origins: its @font-face rules point at jsDelivr, its
 * fallbacks for code highlighting and map icons at unpkg, and its sign-in screen asks
 * GitHub's status page whether GitHub is up. The npm build already loads the fonts and
 * the highlighting files from the bundle (Vite copies them here); `selfHosted` below
 * rewrites the font addresses to those copies, answers the status check "unknown" (as
 * when GitHub's status page cannot be reached) without a request, points every other
 * such address (fallbacks the npm build never takes, a link) to a path on the site, and
 * fails the build if any of those origins survives. It also lets the editor be zoomed
 * (Sveltia's viewport sets maximum-scale=1, which WCAG 1.4.4 forbids).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { ADMIN_PATH } from '../shared/apart';
import { publishedLinks } from './published-links';

/** The other origins Sveltia's code names and would request from its own screens. */
export const FOREIGN_ORIGINS = [
  'https://cdn.jsdelivr.net',
  'https://unpkg.com',
  'https://www.githubstatus.com',
] as const;

/** Where an address of those origins points instead: a path on the site, which answers 404. */
const NOT_SELF_HOSTED = `${ADMIN_PATH}not-self-hosted`;

/** Exact changes to Sveltia's code, each of which must apply (a new version that moved one fails the build). */
const PATCHES: readonly { in: string; find: string; replace: string }[] = [
  // Pinch zoom stays on: WCAG 1.4.4 (Resize text).
  { in: 'npm/index.js', find: '`initial-scale=1`,`maximum-scale=1`,', replace: '`initial-scale=1`,' },
  // A field whose own check refuses a blank value (../browser/fields.ts, "ruled-text") says
  // so in the schema's words; Sveltia's generic "This field is required." is not added to them.
  {
    in: 'npm/index.js',
    find: 'if(e.valueMissing&&n.push(Y(`validation.value_missing`))',
    replace: 'if(e.valueMissing&&!e.customError&&n.push(Y(`validation.value_missing`))',
  },
  // No request to GitHub's status page: the check reads "unknown", as when it cannot be reached.
  {
    in: 'npm/index.js',
    find: 'Rye=`https://www.githubstatus.com/api/v2/status.json`',
    replace: 'Rye=`data:application/json,{"status":{"indicator":"unknown"}}`',
  },
];

/** The repository the editor reads and writes, unless CMS_GITHUB_REPO names another (README). */
export const DEFAULT_CMS_GITHUB_REPO = 'inl-cap/inl-police-partnerships';

/** `owner/name`, as GitHub spells a repository. */
const REPO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

export function cmsRepo(env: Record<string, string | undefined> = process.env): string {
  // An empty value is unset, as in the README's table.
  const repo = env['CMS_GITHUB_REPO']?.trim() ? env['CMS_GITHUB_REPO'].trim() : DEFAULT_CMS_GITHUB_REPO;
  if (!REPO_PATTERN.test(repo)) throw new Error(`CMS_GITHUB_REPO must be owner/name, not "${repo}".`);
  return repo;
}

/**
 * Rewrites Sveltia's CDN font addresses to the copies of the same fonts Vite emitted
 * (its npm build ships them), and any other CDN address to the unused fallback.
 */
export function selfHosted(): Plugin {
  return {
    name: 'admin-self-hosted',
    enforce: 'post',
    // Before minifying, while the code reads as Sveltia ships it.
    transform(code, id) {
      if (!id.includes('/@sveltia/cms/')) return null;
      let patched = code;
      for (const patch of PATCHES.filter((patch) => patch.in === id.split('/@sveltia/cms/')[1])) {
        if (!patched.includes(patch.find)) throw new Error(`Sveltia's code changed: no ${patch.find} to patch.`);
        patched = patched.replace(patch.find, patch.replace);
      }
      return patched === code ? null : { code: patched, map: null };
    },
    generateBundle(_options, bundle) {
      const fonts = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.woff2'));
      // jsDelivr's fontsource path: /fontsource/fonts/<id>[:vf]@<version>/<subset>.woff2;
      // the npm build's copy: assets/<id>-<subset>-<hash>.woff2.
      const fontUrl =
        /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(fontUrl, (url, family: string, subset: string) => {
          const copy = fonts.find((font) => font.fileName.split('/').pop()!.startsWith(`${family}-${subset}-`));
          if (!copy) throw new Error(`No self-hosted copy of ${url} in the editor's bundle.`);
          return `${ADMIN_PATH}${copy.fileName}`;
        });
        for (const origin of FOREIGN_ORIGINS) file.code = file.code.replaceAll(origin, NOT_SELF_HOSTED);
      }
    },
  };
}

/** The editor's page and its script (../browser/): the root of its own Vite build. */
const PAGE_DIR = new URL('../browser/', import.meta.url);

/** Builds the editor into `outDir` (the site's dist/admin/). */
export async function buildEditor(outDir: string, repo = cmsRepo()): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(PAGE_DIR),
    base: ADMIN_PATH,
    logLevel: 'warn',
    define: { __CMS_GITHUB_REPO__: JSON.stringify(repo), __PUBLISHED_LINKS__: JSON.stringify(publishedLinks()) },
    plugins: [selfHosted()],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'assets',
      // Files only, never inline: the editor's policy allows no inline script.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: fileURLToPath(new URL('index.html', PAGE_DIR)) },
    },
  });
}

export default function adminEditor(): AstroIntegration {
  return {
    name: 'admin-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const repo = cmsRepo();
        await buildEditor(fileURLToPath(new URL(ADMIN_PATH.slice(1), dir)), repo);
        logger.info(`content editor built into ${ADMIN_PATH} (repository ${repo})`);
      },
    },
  };
}
