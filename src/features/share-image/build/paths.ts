/**
 * Where a page's share image is served. The page's layout links it (og:image) and the
 * build step (src/integrations/share-images.ts) writes the image at the address the
 * page links, so the two cannot disagree.
 */

/** The Open Graph image size that link previews show large (summary_large_image). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The folder of the share images in the build. */
export const SHARE_IMAGE_DIR = 'og';

/** `/` → `/og/index.png`, `/faq/` → `/og/faq.png`, `/inquiry/thanks/` → `/og/inquiry/thanks.png`, `/404.html` → `/og/404.png`. */
export function shareImagePath(pagePath: string): string {
  const slug = pagePath
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/\/index$/, '');
  if (slug.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`No share image for the path ${pagePath}.`);
  }
  return `/${SHARE_IMAGE_DIR}/${slug === '' || slug === 'index' ? 'index' : slug}.png`;
}
