// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import afterBuild from './src/integrations/after-build';
import { trimLeafletCss } from './src/features/countries/build/trim-leaflet-css';
import { ownCopyForSearch } from './src/integrations/own-copy';
import adminEditor from './src/features/admin/build/build-editor';
import { isPageApart } from './src/features/admin/shared/apart';

// The canonical origin of the deployed site. Canonical URLs, Open Graph tags and
// the sitemap are absolute, so they need it at build time (see README).
const site = process.env.SITE_URL ?? 'https://inl-police-partnerships.pages.dev';

export default defineConfig({
  site,
  // DIST_DIR and ASTRO_CACHE_DIR let two builds run side by side (see README).
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Lossless whitespace removal. Astro 7's default ('jsx') drops the space between a
  // word and a link that starts the next source line, which breaks prose.
  compressHTML: true,
  integrations: [
    mdx(),
    // The 404 page and the inquiry's thanks page (noindex, reached only after sending) are no destinations.
    // Pages apart from the public site (the content editor, src/features/admin/shared/apart.ts) are none either.
    sitemap({
      filter: (page) =>
        !page.includes('/404') && !page.includes('/inquiry/thanks/') && !isPageApart(new URL(page).pathname),
    }),
    // Every step that rewrites or adds to the built site, in the order listed in
    // src/integrations/after-build.ts: headers, share images, fonts, CSS, scripts.
    afterBuild(),
    // The content editor at /admin/: a build of its own, after the site's (src/features/admin/).
    adminEditor(),
  ],
  build: {
    format: 'directory',
    // Every stylesheet is a file, never an inline <style>, so the content security
    // policy can forbid inline styles without per-page hashes.
    inlineStylesheets: 'never',
  },
  vite: {
    // The search page's script in one file, though it shares helpers with the map (see the plugin).
    plugins: [ownCopyForSearch()],
    resolve: {
      // Leaflet's ES module build rather than its UMD main: the map imports only what it
      // draws with, and the bundler leaves out the rest (tile layers, popups, controls).
      alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
    },
    // Vite's own default unless ASTRO_CACHE_DIR is set (exactOptionalPropertyTypes: no `undefined` value).
    ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: `${process.env.ASTRO_CACHE_DIR}/vite` } : {}),
    build: {
      // Same reason for scripts and small assets: no data: URLs, no inline scripts.
      assetsInlineLimit: 0,
    },
    css: {
      // Leaflet's stylesheet without the parts the country map never creates (CSS budget).
      postcss: { plugins: [trimLeafletCss()] },
      preprocessorOptions: {
        scss: {
          loadPaths: ['node_modules/@uswds/uswds/packages'],
          quietDeps: true,
          silenceDeprecations: ['import', 'global-builtin', 'if-function'],
          // The print style writes internal links' full address on paper, so it needs the
          // site's origin, known only at build (src/styles/print.scss).
          additionalData: (source, file) =>
            file.endsWith('/print.scss') ? `$site-origin: ${JSON.stringify(new URL(site).origin)};\n${source}` : source,
        },
      },
    },
  },
});
