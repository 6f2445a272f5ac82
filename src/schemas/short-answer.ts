import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { order, slug, text, orderedList } from './rules';

/**
 * A question agencies ask first, answered in one sentence from the brochure's own
 * answer, with a link to the full answer (content/short-answers.json; the home page's
 * "at a glance" block).
 */
export const ShortAnswerSchema = z.object({
  /** Stable identifier, e.g. "cost". */
  id: slug,
  /** What the answer is about, as a short heading, e.g. "Cost". */
  topic: text('The topic'),
  /** The answer in one or two sentences, in the brochure's words (lightly edited). */
  answer: text('The short answer'),
  /** The FAQ entry (file name in content/faqs/) that answers in full; the block links to it. */
  faq: reference('faqs'),
  /** Position in the block, from 1. */
  order,
});
export type ShortAnswer = z.infer<typeof ShortAnswerSchema>;

/** All short answers: no shared position. */
export const ShortAnswerListSchema = orderedList(ShortAnswerSchema);
