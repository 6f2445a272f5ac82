// One source of truth for the content's shape: every field the editor (/admin/) shows is
// held to its zod schema in src/schemas/. Both must agree on which fields exist, which are
// required, every option list, and every limit and pattern: the editor must accept exactly
// the values the schema accepts, probed at and around each limit with the content's own
// values. A schema change the editor does not follow fails here (the last test shows it).
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { cmsConfig, collections } from '../../src/features/admin/shared/cms-config';
import { RULED_PARAGRAPH, RULED_TEXT, rulesOf } from '../../src/features/admin/shared/field-types';
import { CountrySchema } from '../../src/schemas/country';
import { FaqSchema } from '../../src/schemas/faq';
import { KeyFigureSchema } from '../../src/schemas/key-figure';
import { PageSchema } from '../../src/schemas/page';
import { PartnerTypeSchema } from '../../src/schemas/partner-type';
import { PartnershipStepSchema } from '../../src/schemas/partnership-step';
import { ShortAnswerSchema } from '../../src/schemas/short-answer';
import { textProblems, type TextRulesName } from '../../src/schemas/patterns';
import { text } from '../../src/schemas/rules';
import { readJsonEntries, readMdx } from '../support/content-files';

/** Whether the editor leaves an empty optional field out of the file, rather than writing "". */
const omitsEmpty = cmsConfig('owner/repo', 'https://example.test').output?.omit_empty_optional_fields === true;

type Shape = Record<string, z.ZodType>;
type Sample = Record<string, unknown>;

/** A schema's fields, through the transform or refinements around its object. */
function shapeOf(schema: z.ZodType): Shape {
  let inner: unknown = schema;
  while (inner && typeof inner === 'object' && !('shape' in inner) && 'in' in inner) inner = inner.in;
  return (inner as { shape: Shape }).shape;
}

/** The schema's verdict on `value`; undefined when it cannot parse it at all (it throws). */
const verdict = (schema: z.ZodType, value: unknown) => {
  try {
    return schema.safeParse(value);
  } catch {
    return undefined;
  }
};
const accepts = (schema: z.ZodType, value: unknown) => verdict(schema, value)?.success ?? false;
/** The messages the schema gives for `value` (none when it accepts it or cannot say). */
const messagesFor = (schema: z.ZodType, value: unknown): string[] =>
  verdict(schema, value)?.error?.issues.map((issue) => issue.message) ?? [];

interface Props {
  widget?: string;
  required?: boolean;
  pattern?: [string, string];
  minlength?: number;
  maxlength?: number;
  min?: number;
  max?: number;
  value_type?: string;
  options?: readonly (string | { value: string })[];
  multiple?: boolean;
  rules?: TextRulesName;
  what?: string;
}

/** Whether the editor checks `field` with the schema's rules (src/features/admin/browser/fields.ts). */
const isRuled = (field: Props) => field.widget === RULED_TEXT || field.widget === RULED_PARAGRAPH;
/** The rules a ruled field names. */
const rulesFor = (field: Props) => rulesOf((key) => field[key]);
/** What a ruled field says of `value`: the rules' own sentences. */
const ruledProblems = (field: Props, value: unknown) => {
  const rules = isRuled(field) ? rulesFor(field) : undefined;
  return rules ? textProblems(rules, value ?? '') : [];
};

const optionValues = (field: Props) => (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));

/** Whether the editor lets a staff member save `value` in `field` (undefined: left empty). */
function editorAccepts(field: Props, value: unknown): boolean {
  // Its rules refuse a blank too, in their own words (Sveltia's required message is left out).
  if (isRuled(field)) return ruledProblems(field, value).length === 0;
  if (value === undefined || value === '') return field.required === false;
  if (field.widget === 'number') {
    if (typeof value !== 'number') return false;
    if (field.value_type === 'int' && !Number.isInteger(value)) return false;
    return (field.min === undefined || value >= field.min) && (field.max === undefined || value <= field.max);
  }
  if (field.widget === 'select') {
    const values = Array.isArray(value) ? value : [value];
    return values.every((v) => optionValues(field).includes(String(v)));
  }
  if (typeof value !== 'string') return false;
  if (field.pattern && !new RegExp(field.pattern[0]).test(value)) return false;
  return (
    (field.minlength === undefined || value.length >= field.minlength) &&
    (field.maxlength === undefined || value.length <= field.maxlength)
  );
}

/** A value like `base` but `length` characters long, keeping its last character (a question's "?"). */
function ofLength(base: string, length: number): string {
  if (length <= 1) return base.slice(-1).repeat(length);
  return (
    base
      .slice(0, -1)
      .padEnd(length - 1, 'a')
      .slice(0, length - 1) + base.slice(-1)
  );
}

const LENGTHS = [1, 2, 3, 4, 49, 50, 51, 79, 80, 81, 119, 120, 121, 159, 160, 161, 199, 200, 201, 300, 1000];
const NUMBERS = [-1, 0, 0.5, 1, 2, 1.5, 99, 1000, 1e6];

/** The values tried on a field: the content's own, empty, and each around every plausible limit. */
function probes(field: Props, samples: unknown[]): unknown[] {
  const present = samples.filter((value) => value !== undefined);
  if (field.widget === 'number') return [undefined, ...present, ...NUMBERS];
  if (field.widget === 'select') {
    const options = optionValues(field);
    const wrong = [`${options[0]}x`, 'none of these'];
    return field.multiple
      ? [undefined, ...present, [], ...options.map((o) => [o]), wrong.map((w) => [w])]
      : [undefined, ...present, ...options, ...wrong];
  }
  const strings = present.filter((value): value is string => typeof value === 'string');
  const base = strings[0] ?? 'abc';
  return [
    undefined,
    '',
    ...present,
    ...LENGTHS.map((n) => ofLength(base, n)),
    base.slice(0, -1),
    `${base}!`,
    base.toUpperCase(),
  ];
}

/** Fields whose value the editor picks from other content, or a date picker writes: checked by kind, not by value. */
const PICKED = new Set(['relation', 'datetime', 'boolean', 'list', 'markdown']);

/** Every way the editor's fields and a schema disagree, in words. */
export function disagreements(schema: z.ZodType, fields: readonly Field[], samples: readonly Sample[]): string[] {
  const shape = shapeOf(schema);
  const problems: string[] = [];
  const editorFields = fields.filter((field) => field.name !== 'body') as (Field & Props)[];
  const names = editorFields.map((field) => field.name).sort();
  const keys = Object.keys(shape).sort();
  for (const key of keys.filter((key) => !names.includes(key)))
    problems.push(`${key}: in the schema, not in the editor`);
  for (const name of names.filter((name) => !keys.includes(name)))
    problems.push(`${name}: in the editor, not in the schema`);

  for (const field of editorFields.filter((field) => keys.includes(field.name))) {
    const property = shape[field.name]!;
    if (isRuled(field) && !rulesFor(field)) problems.push(`${field.name}: checked by rules it does not name`);
    const required = !accepts(property, undefined);
    if (required !== (field.required !== false)) {
      problems.push(`${field.name}: ${required ? 'required' : 'optional'} in the schema, not in the editor`);
    }
    if (field.widget === 'datetime' && (field as { format?: string }).format !== 'YYYY-MM-DD') {
      problems.push(`${field.name}: a date the schema reads as YYYY-MM-DD, written otherwise by the editor`);
    }
    if (PICKED.has(field.widget ?? 'string')) continue;
    if (field.widget === 'select') {
      const json = z.toJSONSchema(property, { io: 'input', unrepresentable: 'any' }) as {
        enum?: unknown[];
        items?: { enum?: unknown[] };
      };
      const options = json.enum ?? json.items?.enum;
      if (options && [...options].sort().join('|') !== [...optionValues(field)].sort().join('|')) {
        problems.push(
          `${field.name}: options ${optionValues(field).join(', ')} in the editor, ${options.join(', ')} in the schema`,
        );
      }
    }
    for (const value of probes(
      field,
      samples.map((sample) => sample[field.name]),
    )) {
      // What reaches the file: an empty optional field is left out of it.
      const written = value === '' && field.required === false && omitsEmpty ? undefined : value;
      if (editorAccepts(field, value) !== accepts(property, written)) {
        problems.push(
          `${field.name}: ${JSON.stringify(value)} is ${editorAccepts(field, value) ? 'accepted' : 'refused'} by the editor, ${accepts(property, written) ? 'accepted' : 'refused'} by the schema`,
        );
      }
      // A value a ruled field refuses is refused with the schema's sentences, blank included.
      for (const words of ruledProblems(field, value)) {
        const said = messagesFor(property, written);
        if (!said.includes(words)) {
          problems.push(
            `${field.name}: ${JSON.stringify(value)} is refused by the editor with "${words}", by the schema with ${JSON.stringify(said)}`,
          );
        }
      }
      // A value the editor's pattern refuses is refused in the schema's words: the staff
      // member reads in the editor what the build would say.
      if (typeof value === 'string' && value !== '' && field.pattern && !new RegExp(field.pattern[0]).test(value)) {
        const said = messagesFor(property, value);
        if (!said.includes(field.pattern[1])) {
          problems.push(
            `${field.name}: ${JSON.stringify(value)} is refused by the editor with "${field.pattern[1]}", by the schema with ${JSON.stringify(said)}`,
          );
        }
      }
    }
  }
  return problems;
}

const lists = Object.fromEntries(
  collections.lists.files.map((file) => [file.name, file.fields[0]!.fields as unknown as readonly Field[]]),
);
const json = (name: string) => readJsonEntries(`${name}.json`).map((entry) => entry.data);
const mdx = (folder: string) => readMdx(folder).map((entry) => entry.data);
const fieldsOf = (collection: { fields: readonly unknown[] }) => collection.fields as unknown as readonly Field[];

/** Each collection the editor shows, its schema, and the content it holds today. */
const cases: [string, z.ZodType, readonly Field[], Sample[]][] = [
  ['FAQs', FaqSchema, fieldsOf(collections.faqs), mdx('faqs')],
  ['page intros', PageSchema, fieldsOf(collections.pages), mdx('pages')],
  ['countries', CountrySchema, lists['countries']!, json('countries')],
  ['partner types', PartnerTypeSchema, lists['partner-types']!, json('partner-types')],
  ['key figures', KeyFigureSchema, lists['key-figures']!, json('key-figures')],
  ['partnership steps', PartnershipStepSchema, lists['partnership-steps']!, json('partnership-steps')],
  ['short answers', ShortAnswerSchema, lists['short-answers']!, json('short-answers')],
];

describe('the editor’s fields and the content schemas', () => {
  for (const [name, schema, fields, samples] of cases) {
    it(`agree for ${name}: fields, required, options, limits and patterns`, () => {
      expect(disagreements(schema, fields, samples)).toEqual([]);
    });
  }

  it('fail together when a schema changes and the editor does not follow', () => {
    const fields = fieldsOf(collections.faqs);
    const shorter = FaqSchema.extend({ question: text('The question').max(80) });
    const faqs = mdx('faqs');
    const question = String(faqs[0]!['question']);
    expect(disagreements(shorter, fields, faqs)).toContain(
      `question: ${JSON.stringify(ofLength(question, 81))} is accepted by the editor, refused by the schema`,
    );
    const unlimited = FaqSchema.extend({ question: text('The question').refine((q) => q.endsWith('?'), 'Ask it.') });
    expect(disagreements(unlimited, fields, faqs)).toContain(
      `question: ${JSON.stringify(ofLength(question, 121))} is refused by the editor, accepted by the schema`,
    );
    const reworded = FaqSchema.extend({ question: text('The question').refine((q) => q.endsWith('?'), 'Ask it.') });
    expect(disagreements(reworded, fields, faqs)).toContain(
      `question: ${JSON.stringify(`${question}!`)} is refused by the editor with "End the question with a question mark.", by the schema with ["Ask it."]`,
    );
    const withSource = PartnerTypeSchema.extend({ source: z.string() });
    expect(disagreements(withSource, lists['partner-types']!, [])).toContain(
      'source: in the schema, not in the editor',
    );
  });
});
