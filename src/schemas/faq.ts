import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { BROCHURE_EDITION, RETIRE_INSTEAD } from './brochure-edition';
import { QUESTION_TEXT } from './patterns';
import { checkList, order, slug, orderedProse, ruledText, uniqueBy } from './rules';

/** One frequently asked question (content/faqs/*.mdx); its body is the answer. */
export const FaqSchema = z.object({
  /** The question, as a reader would ask it: short, ending with a question mark. */
  question: ruledText(QUESTION_TEXT),
  /** Stable anchor: /faq/#<id> links to the answer. Never change it once published. */
  id: slug,
  /** Position on the FAQ page, from 1. */
  order,
  /**
   * Kinds of work the question is about (ids from activities.json); each gets a link
   * under the answer. Astro checks that each id exists when it builds the site.
   */
  topics: z.array(reference('activities')).default([]),
  /**
   * The day the question left the FAQ (YYYY-MM-DD). Its file stays, so the brochure's
   * questions keep their record; from that edit on, the page, its search and its
   * structured data leave it out.
   */
  retiredOn: z.coerce.date().optional(),
});
export type Faq = z.infer<typeof FaqSchema>;

/** All questions together, with their MDX answers: no blank answer, no shared id or position. */
export const FaqListSchema = orderedProse(
  FaqSchema,
  'An answer (the text below the question’s frontmatter)',
).superRefine(uniqueBy((entry) => entry.data.id, 'id'));

/**
 * The FAQ as the site reads it: the list's rules, and every question of the brochure
 * edition kept in its file (listed, or retired on a stated date).
 */
export const FaqContentSchema = FaqListSchema.superRefine((entries, ctx) => {
  const ids = new Set(entries.map((entry) => entry.data.id));
  for (const { id, question } of BROCHURE_EDITION.questions) {
    if (!ids.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `The brochure asks “${question}”: content/faqs/${id}.mdx must stay. ${RETIRE_INSTEAD}`,
      });
    }
  }
});

/**
 * The questions on the FAQ page today, in reading order: the whole folder checked
 * (retired files included), then the retired ones left out. The page, its structured
 * data and the site search (which indexes the page) all start from this one call.
 */
export const listedFaqs = <T extends { data: { order: number; retiredOn?: Date | undefined } }>(
  entries: readonly T[],
): T[] => checkList(FaqContentSchema, entries, 'faqs').filter((entry) => entry.data.retiredOn === undefined);

/**
 * Where a link to a question goes (its answer on the FAQ page) and its words. A link to a
 * retired question would lead nowhere, so it stops the build, naming what links to it.
 */
export function faqLinkTo(faq: { id: string; data: Pick<Faq, 'id' | 'question' | 'retiredOn'> }, from: string) {
  if (faq.data.retiredOn) {
    throw new Error(
      `${from} links to the FAQ "${faq.id}", which is retired: link it to another question or remove the link.`,
    );
  }
  return { href: `/faq/#${faq.data.id}`, question: faq.data.question };
}
