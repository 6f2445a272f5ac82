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

/** What the schema and the editor both say of a required text left blank. */
export const emptyMessage = (what: string) => `${what} is empty: write it in.`;

/**
 * A FAQ question's length. It is the answer's heading, the search result's title and the
 * structured data's name, so it stays short; the brochure's longest question has 78
 * characters. The program's office may change the limit here: the schema and the editor
 * both follow.
 */
const QUESTION_MAX = 120;
export const QUESTION_LENGTH = {
  max: QUESTION_MAX,
  long: `The question is long: keep it to ${QUESTION_MAX} characters, so that it reads as a heading.`,
} as const;

/** A text field's rules, stated once: the schema builds its checks from them, the editor runs them. */
export interface TextRules {
  /** The field, as a message names it ("The question"). */
  readonly what: string;
  readonly min?: { readonly length: number; readonly message: string };
  readonly max?: { readonly length: number; readonly message: string };
  readonly pattern?: PatternRule;
}

export const QUESTION_TEXT: TextRules = {
  what: 'The question',
  max: { length: QUESTION_LENGTH.max, message: QUESTION_LENGTH.long },
  pattern: QUESTION_RULE,
};

export const PAGE_DESCRIPTION_TEXT: TextRules = {
  what: 'The page description',
  min: { length: DESCRIPTION_LENGTH.min, message: DESCRIPTION_LENGTH.short },
  max: { length: DESCRIPTION_LENGTH.max, message: DESCRIPTION_LENGTH.long },
};

/**
 * The text fields with rules beyond "never blank", by the name the editor's configuration
 * gives them (a field that is only never blank names itself there, as `what`).
 */
export const TEXT_RULES = {
  question: QUESTION_TEXT,
  'page-description': PAGE_DESCRIPTION_TEXT,
} as const satisfies Record<string, TextRules>;
export type TextRulesName = keyof typeof TEXT_RULES;

/**
 * Every rule `value` breaks, in the schema's words, checked as zod checks it (on the
 * trimmed text): the editor's refusal and the build's are the same sentences.
 */
export function textProblems(rules: TextRules, value: unknown): string[] {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return [emptyMessage(rules.what)];
  const problems: string[] = [];
  if (rules.min && text.length < rules.min.length) problems.push(rules.min.message);
  if (rules.max && text.length > rules.max.length) problems.push(rules.max.message);
  if (rules.pattern && !rules.pattern.pattern.test(text)) problems.push(rules.pattern.message);
  return problems;
}
