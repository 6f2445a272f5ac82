import { z } from 'astro/zod';
import { order, slug, text, orderedList } from './rules';

/** A kind of U.S. organization INL partners with (content/partner-types.json). */
export const PartnerTypeSchema = z.object({
  /** Stable identifier, e.g. "forensic-laboratories". */
  id: slug,
  /** Plural name as a heading, e.g. "Forensic laboratories". */
  name: text('The partner type’s name'),
  /** One or two sentences from the brochure about this kind of partner. */
  description: text('The partner type’s description'),
  /** Position on the partners page, from 1. */
  order,
});
export type PartnerType = z.infer<typeof PartnerTypeSchema>;

/** All partner types: no shared position. */
export const PartnerTypeListSchema = orderedList(PartnerTypeSchema);
