/**
 * The content rules that are a pattern, each with the one message a staff member reads
 * when a value breaks it: the zod schemas (src/schemas/) and the content editor
 * (src/features/admin/shared/cms-config.ts) both take them from here, so the editor
 * refuses a value with the very words the build would. Plain data with no zod import:
 * the editor's bundle loads it, and zod probes `Function('')`, which the editor's policy
 * refuses.
 */
import { SLUG_PATTERN } from '../lib/slug';

export interface PatternRule {
  readonly pattern: RegExp;
  readonly message: string;
}

/** A stable, URL-safe identifier (the site's one slug rule). */
export const SLUG_RULE: PatternRule = {
  pattern: SLUG_PATTERN,
  message: 'Use lowercase letters, digits and single hyphens only, e.g. "how-it-works".',
};

/** A FAQ question, as a reader would ask it. */
export const QUESTION_RULE: PatternRule = { pattern: /\?$/, message: 'End the question with a question mark.' };

/** ISO 3166-1 codes as content/countries.json writes them. */
export const ISO2_RULE: PatternRule = { pattern: /^[A-Z]{2}$/, message: 'Two capital letters, e.g. "KE".' };
export const ISO3_RULE: PatternRule = { pattern: /^[A-Z]{3}$/, message: 'Three capital letters, e.g. "KEN".' };
export const ISO_NUMERIC_RULE: PatternRule = {
  pattern: /^\d{3}$/,
  message: 'Three digits with leading zeros, e.g. "052".',
};

/** A page description's length: search results show about 160 characters. */
export const DESCRIPTION_LENGTH = {
  min: 50,
  max: 200,
  short: 'The description is short: search results show up to about 160 characters, use them.',
  long: 'The description is long: search results cut it after about 160 characters.',
} as const;
