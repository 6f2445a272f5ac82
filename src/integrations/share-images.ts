/**
 * Writes every page's share image (Open Graph) after the pages are built. Each built
 * page names its image (og:image, from src/features/share-image/build/paths.ts) and its title
 * (og:title); this step draws the image from that title at that address. A page added
 * later gets its image without a list to keep up to date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { attribute, builtPages, readPage, type BuiltPage } from './built-html';
import type { Step } from './pipeline';
import { site } from '../config/site';
import { siteUi } from '../config/ui';
import { loadShareCardKit, renderShareImage } from '../features/share-image/build/render';

/** The content of the page's `<meta property="…">`. */
function metaProperty(page: BuiltPage, property: string): string | undefined {
  for (const meta of page.elementsNamed('meta')) {
    if (attribute(meta, 'property') === property) return attribute(meta, 'content');
  }
  return undefined;
}

export const shareImages: Step = {
  name: 'share-images',
  reads: ['pages'],
  writes: ['share-images'],
  async run({ root: distDir, logger, config }) {
    const pages = await builtPages(distDir);
    // One image per address; two pages naming the same image must agree on its title.
    const images = new Map<string, { title: string; page: string }>();
    for (const page of pages) {
      const html = await readPage(distDir, page);
      const image = metaProperty(html, 'og:image');
      const title = metaProperty(html, 'og:title');
      if (!image || !title) throw new Error(`share images: ${page} has no og:image or og:title.`);
      const path = new URL(image).pathname;
      const earlier = images.get(path);
      if (earlier && earlier.title !== title) {
        throw new Error(`share images: ${page} and ${earlier.page} both name ${path} with different titles.`);
      }
      images.set(path, { title, page });
    }
    const kit = await loadShareCardKit(config.root);
    const started = performance.now();
    for (const [path, { title }] of images) {
      const png = await renderShareImage({ title, programName: site.name, owner: siteUi.share.owner }, kit);
      const file = join(distDir, decodeURIComponent(path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, png);
    }
    logger.info(`${images.size} share images written in ${Math.round(performance.now() - started)} ms`);
  },
};
