import { z } from 'astro/zod';
import { order, slug, text, orderedList } from './rules';

/** A headline number about the program (content/key-figures.json). */
export const KeyFigureSchema = z
  .object({
    /** Stable identifier, e.g. "mous". */
    id: slug,
    /** "over" when the brochure says "over N"; "exactly" otherwise. */
    qualifier: z.enum(['over', 'exactly']).default('exactly'),
    /** The number itself, e.g. 20. */
    value: z.number().int('Give the number as a whole number.').positive(),
    /** What is counted, read after the number, e.g. "Memoranda of Understanding…". */
    label: text('The figure’s label'),
    /** Position on the home page, from 1. */
    order,
  })
  // The displayed form is made once here, so components print it as is.
  .transform((figure) => ({
    ...figure,
    display: figure.qualifier === 'over' ? `Over ${figure.value}` : String(figure.value),
  }));
export type KeyFigure = z.output<typeof KeyFigureSchema>;

/** All figures: no shared position. */
export const KeyFigureListSchema = orderedList(z.object({ order: z.number() }));
