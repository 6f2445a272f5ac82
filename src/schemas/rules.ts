// House rules shared by the content schemas, each with a message a content editor
// can act on without reading code.
import { z } from 'astro/zod';
import { emptyMessage, SLUG_RULE, type TextRules } from './patterns';

/** A stable, URL-safe identifier: lowercase words joined by hyphens (the site's one slug rule). */
export const slug = z.string().regex(SLUG_RULE.pattern, SLUG_RULE.message);

/** A position in a list, counted from 1. */
export const order = z.number().int('Give the position as a whole number.').positive('Positions start at 1.');

/** A calendar day written as YYYY-MM-DD, as JSON content states dates. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD, e.g. "2026-11-27".')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'Not a calendar date.');

/** Text a reader sees: never blank, and a missing one is blank too (the editor leaves an empty field out). */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? emptyMessage(what) : undefined) })
    .trim()
    .min(1, emptyMessage(what));

/**
 * Text held to rules the editor checks too (patterns.ts's `textProblems`): never blank,
 * within its lengths, matching its pattern, each refused in the rule's own words.
 */
export function ruledText(rules: TextRules) {
  let schema = text(rules.what);
  if (rules.min) schema = schema.min(rules.min.length, rules.min.message);
  if (rules.max) schema = schema.max(rules.max.length, rules.max.message);
  const { pattern } = rules;
  return pattern ? schema.refine((value) => pattern.pattern.test(value), pattern.message) : schema;
}

/**
 * Reports every value of `key` that more than one item shares. Collections validate
 * one file at a time, so rules across files (unique ids, unique positions) are
 * checked here, over the whole list, when a page loads it.
 */
export function uniqueBy<T>(key: (item: T) => string | number, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string | number, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `Two entries have the same ${what} "${value}" (items ${first + 1} and ${index + 1}). Each needs its own.`,
      });
    });
  };
}

/** No two entries of a collection (as Astro loads them, each under `data`) share a position. */
const uniquePositions = uniqueBy((entry: { data: { order: number } }) => entry.data.order, 'order');

/** A whole JSON collection, in which no two entries share a position. */
export const orderedList = <T extends { order: number }>(entry: z.ZodType<T>) =>
  z.array(z.object({ data: entry })).superRefine(uniquePositions);

/**
 * A whole MDX collection: no two entries share a position, and each has prose below
 * its frontmatter (`body` names it in the message when it is blank).
 */
export const orderedProse = <T extends { order: number }>(entry: z.ZodType<T>, body: string) =>
  z.array(z.object({ data: entry, body: text(body) })).superRefine(uniquePositions);

/**
 * Checks a whole loaded collection against its list schema and returns the
 * entries in reading order. Throws, naming every problem, so the build stops.
 */
export function checkList<T extends { data: { order: number } }>(
  schema: z.ZodType,
  entries: readonly T[],
  collection: string,
): T[] {
  const result = schema.safeParse(entries);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.message}`).join('\n');
    throw new Error(`The "${collection}" content has problems:\n${problems}`);
  }
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}
