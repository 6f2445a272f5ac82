import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { order, orderedList, slug, text } from './rules';

/**
 * One step of how a partnership works, in the brochure's words (content/partnership-steps.json).
 * Only steps the brochure states: no durations, no steps of our own.
 */
export const PartnershipStepSchema = z.object({
  /** Stable identifier, e.g. "mou". */
  id: slug,
  /** The step as a short heading, e.g. "Negotiate and sign a memorandum of understanding". */
  title: text('The step’s title'),
  /** What happens, in the brochure's words (lightly edited). */
  text: text('The step’s text'),
  /** A short note from the brochure on this step (voluntary participation, reimbursed expenses); leave it out when there is none. */
  note: text('The step’s note').optional(),
  /** The FAQ entry the note or step comes from, linked after it. */
  faq: reference('faqs').optional(),
  /** Position in the list, from 1. */
  order,
});
export type PartnershipStep = z.infer<typeof PartnershipStepSchema>;

/** All steps: no shared position. */
export const PartnershipStepListSchema = orderedList(PartnershipStepSchema);
