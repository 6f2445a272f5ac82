/**
 * The inquiry's rules as data: one entry per field, with its limits and the
 * messages from `messages.ts`. This table is the single source of truth.
 * `schema.ts` builds the zod schema the function validates with from it; the
 * browser checks the same table with the small interpreter below, because zod
 * would take the page past its 10 KB script budget (docs/adr/0005). A unit test
 * holds that the two always give the same verdict and the same messages.
 */
import rawOptions from '../../content/inquiry-options.json' with { type: 'json' };
import { errors, MESSAGE_MAX } from './messages';

export interface Option {
  value: string;
  label: string;
}

/** The option lists as stored; `schema.ts` checks their shape. */
export const options: Record<'agencyTypes' | 'states' | 'expertise' | 'participation', Option[]> = rawOptions;

/** A one-line text field: whitespace runs, line breaks included, collapse to one space. */
export interface LineRule {
  kind: 'line';
  required: boolean;
  max: number;
  pattern?: RegExp;
  messages: { required?: string; tooLong: string; invalid?: string };
}
/** A multi-line text field: line breaks kept, ends trimmed. */
export interface TextRule {
  kind: 'text';
  max: number;
  messages: { tooLong: string };
}
/** One value from a list (a select). */
export interface ChoiceRule {
  kind: 'choice';
  options: readonly Option[];
  message: string;
}
/** At least one value from a list (a checkbox group). */
export interface ChoicesRule {
  kind: 'choices';
  options: readonly Option[];
  message: string;
}
export type Rule = LineRule | TextRule | ChoiceRule | ChoicesRule;

// Deliberately narrower than RFC 5322: one address, no spaces, quotes, commas or
// angle brackets, so the value can never smuggle a second recipient or a header.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const PHONE = /^[0-9+().\-x ]*$/;

const required = (max: number, messages: { required: string; tooLong: string }): LineRule => ({
  kind: 'line',
  required: true,
  max,
  messages,
});

/** Every field, in the order the form shows them (the error summary's order). */
export const RULES = {
  agencyName: required(200, errors.agencyName),
  agencyType: { kind: 'choice', options: options.agencyTypes, message: errors.agencyType.required },
  city: required(100, errors.city),
  state: { kind: 'choice', options: options.states, message: errors.state.required },
  name: required(200, errors.name),
  title: required(200, errors.title),
  email: { kind: 'line', required: true, max: 254, pattern: EMAIL, messages: errors.email },
  phone: { kind: 'line', required: false, max: 40, pattern: PHONE, messages: errors.phone },
  expertise: { kind: 'choices', options: options.expertise, message: errors.expertise.required },
  participation: { kind: 'choices', options: options.participation, message: errors.participation.required },
  message: { kind: 'text', max: MESSAGE_MAX, messages: errors.message },
} as const satisfies Record<string, Rule>;

export type InquiryField = keyof typeof RULES;
export const FIELDS = Object.keys(RULES) as InquiryField[];
/** Fields that hold several values (checkbox groups). */
export const LIST_FIELDS: readonly InquiryField[] = FIELDS.filter((f) => RULES[f].kind === 'choices');

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
export const multiLine = (s: string) => s.replace(/\r\n?/g, '\n').trim();

export type FieldErrors = Partial<Record<InquiryField, string>>;
export type Values = Record<InquiryField, string | string[]>;

/** Checks one value against its rule: the tidied value, or the first message. */
export function checkField(rule: Rule, input: unknown): { value: string | string[] } | { error: string } {
  switch (rule.kind) {
    case 'line': {
      if (input === undefined && !rule.required) return { value: '' };
      if (typeof input !== 'string') return { error: (rule.messages.required ?? rule.messages.invalid)! };
      const value = oneLine(input);
      if (rule.required && value.length < 1) return { error: rule.messages.required! };
      if (value.length > rule.max) return { error: rule.messages.tooLong };
      if (rule.pattern && !rule.pattern.test(value)) return { error: rule.messages.invalid! };
      return { value };
    }
    case 'text': {
      if (input === undefined) return { value: '' };
      if (typeof input !== 'string') return { error: rule.messages.tooLong };
      const value = multiLine(input);
      return value.length > rule.max ? { error: rule.messages.tooLong } : { value };
    }
    case 'choice':
      return typeof input === 'string' && rule.options.some((o) => o.value === input)
        ? { value: input }
        : { error: rule.message };
    case 'choices': {
      if (!Array.isArray(input) || input.length < 1 || input.length > rule.options.length)
        return { error: rule.message };
      if (!input.every((v) => typeof v === 'string' && rule.options.some((o) => o.value === v)))
        return { error: rule.message };
      return { value: [...new Set(input as string[])] };
    }
  }
}

/** Checks a whole inquiry with the rules table (the browser's validator). */
export function checkInquiry(input: unknown): { ok: true; data: Values } | { ok: false; errors: FieldErrors } {
  const body = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<
    string,
    unknown
  >;
  const data = {} as Values;
  const found: FieldErrors = {};
  for (const field of FIELDS) {
    const result = checkField(RULES[field], body[field]);
    if ('error' in result) found[field] = result.error;
    else data[field] = result.value;
  }
  return Object.keys(found).length ? { ok: false, errors: found } : { ok: true, data };
}
