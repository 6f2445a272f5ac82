/**
 * Everything that rewrites or adds to the site once `astro build` has written it, in
 * the one order it runs. Each step declares what it reads and writes (pipeline.ts); the
 * build checks this order against those declarations before the first step starts.
 *
 * 1. security-headers: `_headers` from src/security/headers.ts, and security.txt.
 * 2. share-images: each page's Open Graph image, drawn from its og:title.
 * 3. font-subset: Public Sans cut to the site's characters. Before the purge, which
 *    names each page's stylesheet by its content, so a new subset gives a new name.
 * 4. purge-css: one stylesheet per page with only the rules it uses (ADR 0008). Before
 *    the loader is written, whose words are not the page's own.
 * 5. deferred-scripts: each page script started by the hashed loader after the first
 *    paint (ADR 0010).
 *
 * Pagefind indexes the result afterwards (`npm run build`). Every step reads and
 * rewrites pages through built-html.ts (ADR 0016).
 */
import { deferredScripts } from './deferred-scripts';
import { fontSubset } from './font-subset';
import { afterBuildPipeline, type Step } from './pipeline';
import { purgeCss } from './purge-css';
import { securityHeaders } from './security-headers';
import { shareImages } from './share-images';

export const AFTER_BUILD_STEPS: readonly Step[] = [securityHeaders, shareImages, fontSubset, purgeCss, deferredScripts];

/** The Astro integration that runs AFTER_BUILD_STEPS once the build has written its files. */
export default function afterBuild() {
  return afterBuildPipeline(AFTER_BUILD_STEPS);
}
