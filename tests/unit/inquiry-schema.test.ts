import { describe, expect, it } from 'vitest';
import rawOptions from '../../content/inquiry-options.json' with { type: 'json' };
import { errors } from '../../src/inquiry/messages';
import { checkInquiry, FIELDS, RULES } from '../../src/inquiry/rules';
import { InquiryOptionsSchema, InquirySchema, SubmissionMetaSchema, validateInquiry } from '../../src/inquiry/schema';
import { validInquiry } from './inquiry-fixtures';

describe('the option lists', () => {
  it('pass their schema, with the 50 states, D.C. and five territories', () => {
    const options = InquiryOptionsSchema.parse(rawOptions);
    expect(options.states).toHaveLength(56);
    expect(options.states.map((s) => s.value)).toEqual(
      expect.arrayContaining(['DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'WY']),
    );
    expect(new Set(options.states.map((s) => s.value)).size).toBe(56);
  });

  it('reject a malformed option', () => {
    const bad = {
      ...rawOptions,
      expertise: [
        { value: 'has space', label: 'x' },
        { value: 'ok', label: '' },
      ],
    };
    expect(InquiryOptionsSchema.safeParse(bad).success).toBe(false);
  });
});

describe('InquirySchema', () => {
  it('accepts a complete inquiry and tidies it', () => {
    const result = validateInquiry({
      ...validInquiry,
      agencyName: '  Springfield\r\nPolice   Department ',
      expertise: ['forensics', 'forensics'],
      message: ' line one\r\nline two ',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      agencyName: 'Springfield Police Department',
      expertise: ['forensics'],
      message: 'line one\nline two',
    });
  });

  it('gives every missing required field its own message, in form order', () => {
    const result = validateInquiry({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([
      'agencyName',
      'agencyType',
      'city',
      'state',
      'name',
      'title',
      'email',
      'expertise',
      'participation',
    ]);
    expect(result.errors.email).toBe(errors.email.required);
    expect(result.errors.state).toBe(errors.state.required);
  });

  it('judges a body that is not an object as an empty form', () => {
    for (const body of [null, 'text', 42, [validInquiry]]) {
      const result = validateInquiry(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.agencyName).toBe(errors.agencyName.required);
    }
  });

  it.each([
    ['email', 'not-an-email', errors.email.invalid],
    ['email', 'a@b.gov, c@d.gov', errors.email.invalid],
    ['email', 'a@b.gov\r\nBcc: x@y.z', errors.email.invalid],
    ['email', `${'a'.repeat(250)}@b.gov`, errors.email.tooLong],
    ['phone', '555-0100; DROP', errors.phone.invalid],
    ['phone', '1'.repeat(41), errors.phone.tooLong],
    ['state', 'ZZ', errors.state.required],
    ['agencyType', 'cartel', errors.agencyType.required],
    ['expertise', ['forensics', 'hacking'], errors.expertise.required],
    ['expertise', 'forensics', errors.expertise.required],
    ['participation', [], errors.participation.required],
    ['message', 'x'.repeat(5001), errors.message.tooLong],
    ['agencyName', 'x'.repeat(201), errors.agencyName.tooLong],
    ['city', '   ', errors.city.required],
    ['name', 42, errors.name.required],
  ])('rejects %s = %j with its message', (field, value, message) => {
    const result = validateInquiry({ ...validInquiry, [field]: value });
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('treats phone and message as optional', () => {
    const rest: Partial<typeof validInquiry> = { ...validInquiry };
    delete rest.phone;
    delete rest.message;
    const result = validateInquiry(rest);
    expect(result.ok && result.data.phone === '' && result.data.message === '').toBe(true);
  });

  it('has exactly the fields of the rules table, in its order', () => {
    expect(Object.keys(InquirySchema.shape)).toEqual(FIELDS);
  });
});

describe('the browser validator (rules table) and the zod schema', () => {
  // A small deterministic generator of hostile and ordinary values.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const samples: unknown[] = [
    undefined,
    null,
    '',
    ' ',
    'x',
    'a@b.gov',
    '  a@b.gov ',
    'a@b',
    'TX',
    'ZZ',
    'sheriff',
    'forensics',
    '<script>',
    'a\r\nb',
    '555 0100',
    'x'.repeat(201),
    'x'.repeat(100),
    'x'.repeat(5001),
    0,
    42,
    true,
    {},
    [],
    ['forensics'],
    ['ilea', 'ilea'],
    ['nope'],
    [
      'forensics',
      'traffic-management',
      'crowd-control',
      'forensics',
      'other',
      'forensics',
      'forensics',
      'forensics',
      'forensics',
    ],
  ];

  it('agree on verdict, messages and tidied data for 2,000 generated inquiries', () => {
    for (let i = 0; i < 2000; i++) {
      const input: Record<string, unknown> = { ...validInquiry };
      for (const field of FIELDS) if (random() < 0.3) input[field] = pick(samples);
      const fromZod = validateInquiry(input);
      const fromRules = checkInquiry(input);
      expect(fromRules, JSON.stringify(input)).toEqual(fromZod);
    }
  });

  it('reads its messages from messages.ts', () => {
    expect(RULES.email.messages).toBe(errors.email);
  });
});

describe('SubmissionMetaSchema', () => {
  it('accepts a browser submission id and start time, and rejects a malformed id', () => {
    expect(SubmissionMetaSchema.safeParse({ submissionId: crypto.randomUUID(), startedAt: Date.now() }).success).toBe(
      true,
    );
    expect(SubmissionMetaSchema.safeParse({ submissionId: 'not-a-uuid' }).success).toBe(false);
    expect(SubmissionMetaSchema.parse({})).toEqual({ website: '', turnstileToken: '' });
  });
});
