import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { order, slug, text, orderedProse, uniqueBy } from './rules';

/** One frequently asked question (content/faqs/*.mdx); its body is the answer. */
export const FaqSchema = z.object({
  /** The question, as a reader would ask it, ending with a question mark. */
  question: text('The question').refine((q) => q.endsWith('?'), 'End the question with a question mark.'),
  /** Stable anchor: /faq/#<id> links to the answer. Never change it once published. */
  id: slug,
  /** Position on the FAQ page, from 1. */
  order,
  /**
   * Kinds of work the question is about (ids from activities.json); each gets a link
   * under the answer. Astro checks that each id exists when it builds the site.
   */
  topics: z.array(reference('activities')).default([]),
});
export type Faq = z.infer<typeof FaqSchema>;

/** All questions together, with their MDX answers: no blank answer, no shared id or position. */
export const FaqListSchema = orderedProse(
  FaqSchema,
  'An answer (the text below the question’s frontmatter)',
).superRefine(uniqueBy((entry) => entry.data.id, 'id'));
