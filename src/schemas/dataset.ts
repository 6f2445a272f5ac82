import { z } from 'astro/zod';
import { isoDate, slug, text } from './rules';

/**
 * A list the site also offers as files (CSV and JSON), and what the files say about
 * themselves: a row of content/datasets.json. The date is the content's, written by the
 * editor, never the build's, so building the same content twice gives the same files.
 */
export const DatasetSchema = z.object({
  /** Lower-case slug; the files' name (e.g. "assisted-countries" → assisted-countries.csv). */
  id: slug,
  /** The list's title, as the JSON file states it. */
  title: text('The title'),
  /** Where the list's facts come from, in a sentence a reader of the file understands. */
  source: text('The source'),
  /** The content file the list is built from, from the project root (e.g. "content/countries.json"). */
  from: z.string().regex(/^content\/[a-z0-9-]+\.json$/, 'A content file, e.g. "content/countries.json".'),
  /**
   * The day that content file last changed, as YYYY-MM-DD: update it with every change to
   * the file (a build test compares it with the file's history in git).
   */
  lastChanged: isoDate,
});

export type Dataset = z.infer<typeof DatasetSchema>;
