import { z } from 'astro/zod';
import { STOP_WORDS, wordsOf } from '../features/search/shared/query';
import { slug, text, uniqueBy } from './rules';

/** A page of the site as a path, e.g. "/faq/". */
const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'Name a page of this site by its path, starting and ending with "/", e.g. "/faq/".');

/** A word or phrase a reader types: at least one word that is not a common word search ignores. */
const readerWords = z
  .string()
  .trim()
  .min(1, 'A reader’s word is empty: write it in, e.g. "deployment".')
  .superRefine((phrase, ctx) => {
    if (phrase && wordsOf(phrase).every((word) => STOP_WORDS.has(word))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${phrase}" is made only of common words, which search ignores: add a word that says what the reader means.`,
      });
    }
  });

/**
 * Words a reader may search with that the site's text does not use, and the site's own
 * words for the same thing (content/search-synonyms.json). Search looks for both; it
 * never adds text to a page, so an entry can only lead to what a page already says.
 */
export const SearchSynonymSchema = z
  .object({
    /** Stable identifier, e.g. "commitment". */
    id: slug,
    /** What readers type, e.g. ["deployment", "time away"]. Plurals and "’s" are matched too. */
    words: z.array(readerWords).min(1, 'List at least one word a reader may type.'),
    /** The site's own words to search for instead, e.g. "commitment". */
    searchFor: text('What to search for'),
    /** Optional: only results on these pages count, e.g. ["/faq/"], so a word used elsewhere in another sense does not lead there. */
    pages: z.array(sitePath).min(1, 'Leave "pages" out, or name at least one page.').optional(),
  })
  .refine(
    (synonym) => !synonym.words.some((phrase) => wordsOf(phrase).join(' ') === wordsOf(synonym.searchFor).join(' ')),
    {
      message: 'A synonym leads to the same words it starts from: "searchFor" must differ from every entry in "words".',
    },
  );
export type SearchSynonym = z.infer<typeof SearchSynonymSchema>;

/** The whole list: no two entries share an id, and no reader's word leads two ways. */
export const SearchSynonymListSchema = z
  .array(z.object({ data: SearchSynonymSchema }))
  .superRefine(uniqueBy((entry) => entry.data.id, 'id'))
  .superRefine((entries, ctx) => {
    const owner = new Map<string, string>();
    for (const { data } of entries) {
      for (const phrase of data.words) {
        const key = wordsOf(phrase).join(' ');
        const first = owner.get(key);
        if (first !== undefined && first !== data.id) {
          ctx.addIssue({
            code: 'custom',
            message: `"${phrase}" is listed under both "${first}" and "${data.id}": keep it in one entry.`,
          });
        }
        owner.set(key, first ?? data.id);
      }
    }
  });
