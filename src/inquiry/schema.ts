/**
 * The inquiry's zod schemas: the shape of the option lists, and InquirySchema,
 * built from the rules table in `rules.ts`, the single source of truth for rules
 * and messages. The Pages Function validates with it; `zod/mini` keeps the
 * function's bundle small.
 */
import * as z from 'zod/mini';
import rawOptions from '../../content/inquiry-options.json' with { type: 'json' };
import {
  FIELDS,
  LIST_FIELDS,
  multiLine,
  oneLine,
  RULES,
  type FieldErrors,
  type InquiryField,
  type Rule,
} from './rules';

export { FIELDS, LIST_FIELDS, type FieldErrors, type InquiryField };

/** One choice in a select or a checkbox group. */
export const OptionSchema = z.object({
  /** Stable machine value, sent by the form (kebab-case or a postal code). */
  value: z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'An option value is 1–40 letters, digits or hyphens')),
  /** What the reader sees. */
  label: z.string().check(z.minLength(1, 'An option needs a label')),
});
export type Option = z.infer<typeof OptionSchema>;

/** The editable option lists in `content/inquiry-options.json`. */
export const InquiryOptionsSchema = z.object({
  /** Kinds of agency, from the brochure's list of partners. */
  agencyTypes: z.array(OptionSchema).check(z.minLength(2)),
  /** The 50 states, D.C. and the territories, by postal code. */
  states: z.array(OptionSchema).check(z.minLength(56)),
  /** Fields of expertise, from the brochure's examples. */
  expertise: z.array(OptionSchema).check(z.minLength(2)),
  /** The ways of taking part the brochure names. */
  participation: z.array(OptionSchema).check(z.minLength(2)),
});

/** The option lists, checked when the function or a page first loads this module. */
export const options = InquiryOptionsSchema.parse(rawOptions);

const values = (list: readonly Option[]) => list.map((o) => o.value) as [string, ...string[]];

/** A one-line text field; optional ones default to ''. */
function lineSchema(rule: Extract<Rule, { kind: 'line' }>) {
  const { messages } = rule;
  return z
    .string({ error: messages.required ?? messages.invalid })
    .check(
      z.overwrite(oneLine),
      ...(rule.required ? [z.minLength(1, messages.required)] : []),
      z.maxLength(rule.max, messages.tooLong),
      ...(rule.pattern ? [z.regex(rule.pattern, messages.invalid)] : []),
    );
}

function textSchema(rule: Extract<Rule, { kind: 'text' }>) {
  return z._default(
    z
      .string({ error: rule.messages.tooLong })
      .check(z.overwrite(multiLine), z.maxLength(rule.max, rule.messages.tooLong)),
    '',
  );
}

function choiceSchema(rule: Extract<Rule, { kind: 'choice' }>) {
  return z.enum(values(rule.options), { error: rule.message });
}

function choicesSchema(rule: Extract<Rule, { kind: 'choices' }>) {
  return z.array(z.enum(values(rule.options), { error: rule.message }), { error: rule.message }).check(
    z.minLength(1, rule.message),
    z.maxLength(rule.options.length, rule.message),
    // A value sent twice counts once.
    z.overwrite((a: string[]) => [...new Set(a)]),
  );
}

/** A partnership inquiry, as a person fills it in; each field built from its rule. */
export const InquirySchema = z.object({
  /** Name of the agency that would partner with INL. */
  agencyName: lineSchema(RULES.agencyName),
  /** Kind of agency; one of `options.agencyTypes`. */
  agencyType: choiceSchema(RULES.agencyType),
  /** City where the agency is based. */
  city: lineSchema(RULES.city),
  /** Postal code of the state or territory; one of `options.states`. */
  state: choiceSchema(RULES.state),
  /** The person writing. */
  name: lineSchema(RULES.name),
  /** Their title or rank. */
  title: lineSchema(RULES.title),
  /** Their work email; INL/CAP replies to it. */
  email: lineSchema(RULES.email),
  /** Their phone number, optional. */
  phone: z._default(lineSchema(RULES.phone), ''),
  /** Fields the agency could share; values from `options.expertise`. */
  expertise: choicesSchema(RULES.expertise),
  /** How the agency would take part; values from `options.participation`. */
  participation: choicesSchema(RULES.participation),
  /** Free text, optional; line breaks kept. */
  message: textSchema(RULES.message),
});
export type Inquiry = z.infer<typeof InquirySchema>;

/** What travels with an inquiry but is not part of it: anti-spam and exactly-once data. */
export const SubmissionMetaSchema = z.object({
  /** Made by the browser once per form fill; the idempotency key. Absent without JavaScript. */
  submissionId: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)),
  ),
  /** When the browser began the form, in milliseconds since the epoch. */
  startedAt: z.optional(z.number().check(z.int())),
  /** The honeypot: a person never sees it, so it stays empty. */
  website: z._default(z.string(), ''),
  /** A Cloudflare Turnstile token, when Turnstile is on. */
  turnstileToken: z._default(z.string().check(z.maxLength(4096)), ''),
});
export type SubmissionMeta = z.infer<typeof SubmissionMetaSchema>;

export type Validation = { ok: true; data: Inquiry } | { ok: false; errors: FieldErrors };

/** Checks an inquiry; on failure, the first message of each field in error, in form order. */
export function validateInquiry(input: unknown): Validation {
  // Anything but an object is judged as an empty form, so each field gets its own message.
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  const result = InquirySchema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const found: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in InquirySchema.shape && !found[field as InquiryField]) {
      found[field as InquiryField] = issue.message;
    }
  }
  const ordered: FieldErrors = {};
  for (const field of FIELDS) if (found[field]) ordered[field] = found[field];
  return { ok: false, errors: ordered };
}

/** Label of an option value, for emails. */
export function optionLabel(list: readonly Option[], value: string): string {
  return list.find((o) => o.value === value)?.label ?? value;
}
