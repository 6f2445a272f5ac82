import { z } from 'astro/zod';
import { order, text, orderedProse } from './rules';

/** One prose section of the home page (content/sections/*.mdx); its body is the prose. */
export const SectionSchema = z.object({
  /** The section's heading, shown as an h2. */
  title: text('The section title'),
  /** Position on the home page, from 1. */
  order,
});
export type Section = z.infer<typeof SectionSchema>;

/** All sections together, with their MDX bodies: every section has prose and its own position. */
export const SectionListSchema = orderedProse(SectionSchema, 'A section’s prose (below the frontmatter)');
