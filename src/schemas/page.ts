import { z } from 'astro/zod';
import { PAGE_DESCRIPTION_TEXT } from './patterns';
import { ruledText, text } from './rules';

/** A page’s own words (content/pages/*.mdx): its metadata, and its prose as the body. */
export const PageSchema = z.object({
  /** The page’s title: its h1, and its browser tab title before the site name. */
  title: text('The page title'),
  /** One or two sentences for search results and link previews, 50 to 200 characters. */
  description: ruledText(PAGE_DESCRIPTION_TEXT),
  /** When the page’s statement was last checked (legal pages), as YYYY-MM-DD. */
  lastReviewed: z.coerce.date().optional(),
});
export type Page = z.infer<typeof PageSchema>;
