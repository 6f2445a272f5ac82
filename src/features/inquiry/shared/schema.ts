/**
 * The inquiry's one schema, in zod/mini (tree-shakeable, so the form's script can
 * carry it): the browser checks a form with `validateInquiry` before sending it,
 * and the Pages Function checks what arrives with the very same function. The
 * text fields' limits are data (TEXT_FIELDS); the form's maxlength/required
 * attributes and the "too long" messages are derived from them.
 */
import * as z from 'zod/mini';
import rawOptions from '../../../../content/inquiry-options.json' with { type: 'json' };
import { errors, tooLong } from './words';

/** One choice in a select or a checkbox group. */
export const OptionSchema = z.object({
  /** Stable machine value, sent by the form (kebab-case or a postal code). */
  value: z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'An option value is 1–40 letters, digits or hyphens')),
  /** What the reader sees. */
  label: z.string().check(z.minLength(1, 'An option needs a label')),
});
export type Option = z.infer<typeof OptionSchema>;

/** A kind of agency; `partnerType` names the partner type (content/partner-types.json) it belongs to. */
export const AgencyTypeOptionSchema = z.extend(OptionSchema, {
  /** The partners page links each partner type to the form with this agency type chosen. */
  partnerType: z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
});

/** The editable option lists in `content/inquiry-options.json`. */
export const InquiryOptionsSchema = z.object({
  /** Kinds of agency, from the brochure's list of partners. */
  agencyTypes: z.array(AgencyTypeOptionSchema).check(z.minLength(2)),
  /** The 50 states, D.C. and the territories, by postal code. */
  states: z.array(OptionSchema).check(z.minLength(56)),
  /** Fields of expertise, from the brochure's examples. */
  expertise: z.array(OptionSchema).check(z.minLength(2)),
  /** The ways of taking part the brochure names. */
  participation: z.array(OptionSchema).check(z.minLength(2)),
});

/** The option lists, checked when the function or a page first loads this module. */
export const options = InquiryOptionsSchema.parse(rawOptions);

// Deliberately narrower than RFC 5322: one address, no spaces, quotes, commas or
// angle brackets, so the value can never smuggle a second recipient or a header.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/**
 * A phone number: digits, spaces and + ( ) - . and then, if there is one, an extension
 * written as people write it: "ext. 12", "ext 12", "extension 12", "x12", "#12" (any
 * case, a comma before it allowed). Only these characters, so the value is safe in
 * every place it lands; the email shows it as typed.
 */
const PHONE = /^[0-9+().\- ]*(?:,? *(?:ext(?:\.|ension)?|x|#) *[0-9]+)?$/i;

/** The text fields: their length limit and whether they must be filled. */
export const TEXT_FIELDS = {
  agencyName: { max: 200, required: true },
  city: { max: 100, required: true },
  name: { max: 200, required: true },
  title: { max: 200, required: true },
  email: { max: 254, required: true },
  phone: { max: 40, required: false },
  expertiseOther: { max: 200, required: false },
  message: { max: 5000, required: false },
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** Every field, in the order the form shows them (the error summary's order). */
export const FIELDS = [
  'agencyName',
  'agencyType',
  'city',
  'state',
  'name',
  'title',
  'email',
  'phone',
  'expertise',
  'expertiseOther',
  'participation',
  'message',
] as const;
export type InquiryField = (typeof FIELDS)[number];
/** Fields that hold several values (checkbox groups). */
export const LIST_FIELDS = ['expertise', 'participation'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const isListField = (field: string): field is ListField => (LIST_FIELDS as readonly string[]).includes(field);

/**
 * A one-line value: invisible format characters (\p{Cf}: bidirectional overrides
 * such as U+202E, zero-width spaces) dropped, whitespace runs and line breaks
 * collapsed to one space.
 */
export const oneLine = (s: string) =>
  s
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
export const multiLine = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** A one-line text field: whitespace runs, line breaks included, collapse to one space. */
function line(field: Exclude<TextField, 'message'>, pattern?: RegExp) {
  const { max, required } = TEXT_FIELDS[field];
  const m: { required?: string; invalid?: string; noun: string } = errors[field];
  return z
    .string({ error: m.required ?? m.invalid })
    .check(
      z.overwrite(oneLine),
      ...(required ? [z.minLength(1, m.required)] : []),
      z.maxLength(max, tooLong(m.noun, max)),
      ...(pattern ? [z.regex(pattern, m.invalid)] : []),
    );
}

const values = (list: readonly Option[]) => list.map((o) => o.value) as [string, ...string[]];

/** One value from a list (a select). */
const choice = (list: readonly Option[], message: string) => z.enum(values(list), { error: message });

/** At least one value from a list (a checkbox group); a value sent twice counts once. */
function choices(list: readonly Option[], message: string) {
  return z.array(z.enum(values(list), { error: message }), { error: message }).check(
    z.minLength(1, message),
    z.maxLength(list.length, message),
    z.overwrite((a: string[]) => [...new Set(a)]),
  );
}

const messageTooLong = tooLong(errors.message.noun, TEXT_FIELDS.message.max);

/** A partnership inquiry, as a person fills it in. */
export const InquirySchema = z.object({
  /** Name of the agency that would partner with INL. */
  agencyName: line('agencyName'),
  /** Kind of agency; one of `options.agencyTypes`. */
  agencyType: choice(options.agencyTypes, errors.agencyType.required),
  /** City where the agency is based. */
  city: line('city'),
  /** Postal code of the state or territory; one of `options.states`. */
  state: choice(options.states, errors.state.required),
  /** The person writing. */
  name: line('name'),
  /** Their title or rank. */
  title: line('title'),
  /** Their work email; INL/CAP replies to it. */
  email: line('email', EMAIL),
  /** Their phone number, optional. */
  phone: z._default(line('phone', PHONE), ''),
  /** Fields the agency could share; values from `options.expertise`. */
  expertise: choices(options.expertise, errors.expertise.required),
  /** What "Other" under expertise means, optional; the form shows it when Other is ticked. */
  expertiseOther: z._default(line('expertiseOther'), ''),
  /** How the agency would take part; values from `options.participation`. */
  participation: choices(options.participation, errors.participation.required),
  /** Free text, optional; line breaks kept, ends trimmed. */
  message: z._default(
    z
      .string({ error: messageTooLong })
      .check(z.overwrite(multiLine), z.maxLength(TEXT_FIELDS.message.max, messageTooLong)),
    '',
  ),
});
export type Inquiry = z.infer<typeof InquirySchema>;

export type FieldErrors = Partial<Record<InquiryField, string>>;
/** Values as a form holds them, before checking. */
export type FormValues = Partial<Record<InquiryField, string | string[]>>;

/** What travels with an inquiry but is not part of it: anti-spam and exactly-once data. */
export const SubmissionMetaSchema = z.object({
  /** Made by the browser once per form fill; the idempotency key. Absent without JavaScript. */
  submissionId: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)),
  ),
  /**
   * How long the form was open before it was sent, in milliseconds, measured by the
   * browser itself (performance.now()), never a timestamp to compare with the
   * server's clock. Absent without JavaScript.
   */
  fillMs: z.optional(z.number()),
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
    const field = issue.path[0] as InquiryField;
    found[field] ??= issue.message;
  }
  const ordered: FieldErrors = {};
  for (const field of FIELDS) if (found[field]) ordered[field] = found[field];
  return { ok: false, errors: ordered };
}

/** Label of an option value, for emails. */
export function optionLabel(list: readonly Option[], value: string): string {
  return list.find((o) => o.value === value)?.label ?? value;
}

/** The JSON /api/inquiry answers with; the form's script reads the same type. */
export type InquiryResponse =
  | { ok: true; reference: string; transport: 'resend' | 'log' }
  | { ok: false; error: string; message: string; errors?: FieldErrors; mailto?: string };

/**
 * The inquiry form's address preset for a partner type: its one agency type
 * chosen (`?agencyType=`), or for a partner type that spans several, no preset
 * and the choices to make.
 */
export function inquiryPreset(partnerType: string): { href: string; choices: string[] } {
  const matches = options.agencyTypes.filter((o) => o.partnerType === partnerType);
  if (matches.length === 1) return { href: `/inquiry/?agencyType=${matches[0]!.value}`, choices: [matches[0]!.label] };
  return { href: '/inquiry/', choices: matches.map((o) => o.label) };
}
