// The record of the brochure edition the content started from
// (content/brochure-edition.json). Content grows and shrinks past it, but never loses
// it: every country and question it names keeps an entry, listed or retired on a
// stated date, so the site can always show where its first facts came from.
import { z } from 'astro/zod';
import edition from '../../content/brochure-edition.json' with { type: 'json' };
import { isoDate, slug, text } from './rules';

/** A place as the brochure prints it, with the id of its entry in content/countries.json. */
const BrochurePlaceSchema = z.object({
  /** The id of the place's entry in content/countries.json. */
  id: slug,
  /** The brochure's own label, exactly as printed (e.g. "Cape Verde"). */
  label: text('The brochure label'),
});

export const BrochureEditionSchema = z.object({
  /** Which brochure, and which edition of it, this record is of. */
  edition: text('The edition'),
  /** The day this record was taken from the brochure, as YYYY-MM-DD. */
  recorded: isoDate,
  /** The brochure's list of countries receiving INL assistance, in its order. */
  countries: z.array(BrochurePlaceSchema).min(1),
  /** The places the brochure's map labels. */
  mapLabels: z.array(BrochurePlaceSchema).min(1),
  /** The brochure's questions, each with the id of its file in content/faqs/ and the facts its answer gives. */
  questions: z
    .array(z.object({ id: slug, question: text('The question'), facts: z.array(text('A fact')).min(1) }))
    .min(1),
});

export type BrochureEdition = z.infer<typeof BrochureEditionSchema>;

/** The brochure edition the content started from. */
export const BROCHURE_EDITION: BrochureEdition = BrochureEditionSchema.parse(edition);

/** What an editor does instead of deleting an entry the brochure names. */
export const RETIRE_INSTEAD = 'To take it off the site, keep the entry and add "retiredOn" with the date.';
