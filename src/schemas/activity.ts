import { z } from 'astro/zod';
import { order, slug, text, orderedList } from './rules';

/** A kind of work in the program (content/activities.json). */
export const ActivitySchema = z.object({
  /** Stable identifier, e.g. "hosting". */
  id: slug,
  /** Short heading, e.g. "Hosting foreign officials at home". */
  title: text('The activity’s title'),
  /** What the work is, in the brochure’s words. */
  summary: text('The activity’s summary'),
  /** Examples of the work, shown as a list; leave empty for none. */
  examples: z.array(text('An example')).default([]),
  /** Who does it: "partner" for partners’ work, "inl" for what INL/CAP gives partners. */
  providedBy: z.enum(['partner', 'inl']),
  /** Position on the partners page, from 1. */
  order,
});
export type Activity = z.infer<typeof ActivitySchema>;

/** All activities: no shared position. */
export const ActivityListSchema = orderedList(ActivitySchema);
