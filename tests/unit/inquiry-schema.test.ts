import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rawOptions from '../../content/inquiry-options.json' with { type: 'json' };
import { errors, tooLong } from '../../src/features/inquiry/shared/words';
import {
  FIELDS,
  inquiryPreset,
  InquiryOptionsSchema,
  InquirySchema,
  SubmissionMetaSchema,
  TEXT_FIELDS,
  validateInquiry,
} from '../../src/features/inquiry/shared/schema';
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
    const required = ['agencyName', 'agencyType', 'city', 'state', 'name', 'title', 'email', 'expertise'];
    expect(Object.keys(result.errors)).toEqual([...required, 'participation']);
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
    ['email', `${'a'.repeat(250)}@b.gov`, 'Email address must be 254 characters or fewer'],
    ['phone', '555-0100; DROP', errors.phone.invalid],
    ['phone', '1'.repeat(41), 'Phone number must be 40 characters or fewer'],
    ['state', 'ZZ', errors.state.required],
    ['agencyType', 'cartel', errors.agencyType.required],
    ['expertise', ['forensics', 'hacking'], errors.expertise.required],
    ['expertise', 'forensics', errors.expertise.required],
    ['participation', [], errors.participation.required],
    ['message', 'x'.repeat(5001), 'Message must be 5,000 characters or fewer'],
    ['agencyName', 'x'.repeat(201), 'Agency name must be 200 characters or fewer'],
    ['city', '   ', errors.city.required],
    ['name', 42, errors.name.required],
  ])('rejects %s = %j with its message', (field, value, message) => {
    const result = validateInquiry({ ...validInquiry, [field]: value });
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('drops invisible format characters (\\p{Cf}) from one-line fields, as well as line breaks', () => {
    const result = validateInquiry({
      ...validInquiry,
      agencyName: 'Spring\u202Efield\u200B Police\u2060 Department\uFEFF',
      name: 'Pat\u200D\u200E Doe',
    });
    expect(result.ok && [result.data.agencyName, result.data.name]).toEqual([
      'Springfield Police Department',
      'Pat Doe',
    ]);
  });

  // A phone number is written with its extension in several common ways, and each is kept as typed.
  it.each([
    '555-0100 ext. 12',
    '555-0100 ext 12',
    '555-0100 Ext.12',
    '555-0100, ext. 12',
    '217.555.0100 extension 4',
    '+1 (217) 555-0100 x12',
    '+1 (217) 555-0100 X 12',
    '217 555 0100 #12',
    '217-555-0100',
  ])('accepts the phone number %j and keeps it as typed', (phone) => {
    const result = validateInquiry({ ...validInquiry, phone });
    expect(result.ok && result.data.phone).toBe(phone);
  });

  it.each([
    ['555-0100 ext. twelve', 'an extension in words'],
    ['555-0100 ext 1 ext 2', 'two extensions'],
    ['555-0100 ext.', 'an extension word with no number'],
    ['555-0100 # ', 'a # with no number'],
    ['555-0100 <ext>', 'angle brackets'],
    ['call me', 'no number at all'],
  ])('refuses the phone number %j (%s), with a message naming the extension forms', (phone) => {
    const result = validateInquiry({ ...validInquiry, phone });
    expect(result).toEqual({ ok: false, errors: { phone: errors.phone.invalid } });
    expect(errors.phone.invalid).toMatch(/ext, x or #/);
  });

  it('treats phone and message as optional', () => {
    const rest: Partial<typeof validInquiry> = { ...validInquiry };
    delete rest.phone;
    delete rest.message;
    const result = validateInquiry(rest);
    expect(result.ok && result.data.phone === '' && result.data.message === '').toBe(true);
  });

  it('has exactly the fields of FIELDS, in its order', () => {
    expect(Object.keys(InquirySchema.shape)).toEqual(FIELDS);
  });
});

describe('the messages', () => {
  it('restate no number: each limit reaches its message from TEXT_FIELDS', () => {
    for (const messages of Object.values(errors)) {
      for (const text of Object.values(messages)) expect(text).not.toMatch(/\d/);
    }
  });

  it("say each text field's own limit when it is exceeded", () => {
    for (const [field, { max }] of Object.entries(TEXT_FIELDS)) {
      const result = validateInquiry({ ...validInquiry, [field]: 'x'.repeat(max + 1) });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const noun = errors[field as keyof typeof TEXT_FIELDS].noun;
      // An over-long email is also malformed; its length is judged first.
      expect(result.errors[field as keyof typeof TEXT_FIELDS]).toBe(tooLong(noun, max));
    }
  });
});

describe('SubmissionMetaSchema', () => {
  it('accepts a browser submission id and fill time, and rejects a malformed id', () => {
    expect(SubmissionMetaSchema.safeParse({ submissionId: crypto.randomUUID(), fillMs: 4200 }).success).toBe(true);
    expect(SubmissionMetaSchema.safeParse({ submissionId: 'not-a-uuid' }).success).toBe(false);
    expect(SubmissionMetaSchema.parse({})).toEqual({ website: '', turnstileToken: '' });
  });
});

describe('the other expertise', () => {
  it('is optional, one line, and at most 200 characters', () => {
    const ok = validateInquiry({ ...validInquiry, expertise: ['other'], expertiseOther: ' Wildlife\ncrime ' });
    expect(ok.ok && ok.data.expertiseOther).toBe('Wildlife crime');
    expect(validateInquiry(validInquiry).ok && TEXT_FIELDS.expertiseOther.max).toBe(200);
    const long = validateInquiry({ ...validInquiry, expertiseOther: 'x'.repeat(201) });
    expect(long.ok ? '' : long.errors.expertiseOther).toBe(tooLong(errors.expertiseOther.noun, 200));
  });
});

describe('inquiry presets by partner type', () => {
  const partnerTypes = JSON.parse(
    readFileSync(new URL('../../content/partner-types.json', import.meta.url), 'utf8'),
  ) as { id: string }[];

  it('give every partner type a link: one agency type chosen, or the ones to choose from', () => {
    for (const { id } of partnerTypes) {
      const preset = inquiryPreset(id);
      expect(preset.choices.length, id).toBeGreaterThan(0);
      if (preset.choices.length === 1) expect(preset.href).toMatch(/^\/inquiry\/\?agencyType=[a-z-]+$/);
      else expect(preset.href).toBe('/inquiry/');
    }
    expect(inquiryPreset('county-sheriffs-offices').href).toBe('/inquiry/?agencyType=sheriff');
    expect(inquiryPreset('state-and-federal-agencies').choices).toHaveLength(2);
  });
});
