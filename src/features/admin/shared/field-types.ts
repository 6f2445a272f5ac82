/**
 * The editor's own field types (../browser/fields.ts registers them), as the editor's
 * configuration (cms-config.ts), its build and the tests name them. Plain data with no
 * Sveltia import: the tests load it in Node.
 */
import { TEXT_RULES, type TextRules, type TextRulesName } from '../../../schemas/patterns';

/** The field types ../browser/fields.ts registers. */
export const RULED_TEXT = 'ruled-text';
export const RULED_PARAGRAPH = 'ruled-paragraph';
export const LINK_ID = 'link-id';

/** The collections whose ids are published links: /faq/#<id>, /countries/#<id>, /partners/#<id>. */
export const LINKED_COLLECTIONS = ['faqs', 'countries', 'partner-types'] as const;
export type LinkedCollection = (typeof LINKED_COLLECTIONS)[number];
/** Their ids when the editor was built (../build/published-links.ts). */
export type PublishedLinks = Record<LinkedCollection, readonly string[]>;

/**
 * How a required text field is checked in the editor (../browser/fields.ts): by the rules
 * src/schemas/patterns.ts names (`rules`), or, for text that is only never blank, by the
 * words the schema names it with (`what`, as in `text('The page title')`).
 * tests/unit/admin-cms-config.test.ts holds both to the schema's messages.
 */
export type TextCheck = { readonly rules: TextRulesName } | { readonly what: string };

/** The rules a field's configuration names (`get` reads it, as a plain object or Sveltia's Map). */
export function rulesOf(get: (key: 'rules' | 'what') => unknown): TextRules | undefined {
  const name = get('rules');
  if (typeof name === 'string') return name in TEXT_RULES ? TEXT_RULES[name as TextRulesName] : undefined;
  const what = get('what');
  return typeof what === 'string' ? { what } : undefined;
}
