import { describe, expect, it } from 'vitest';
import { idempotencyKey, makeReference, REFERENCE } from '../../../src/features/inquiry/server/reference';
import { validateInquiry, type Inquiry } from '../../../src/features/inquiry/shared/schema';
import { validInquiry } from '../inquiry-fixtures';

const inquiry = (overrides: Record<string, unknown> = {}): Inquiry => {
  const result = validateInquiry({ ...validInquiry, ...overrides });
  if (!result.ok) throw new Error('invalid fixture');
  return result.data;
};

describe('reference numbers', () => {
  it('read INQ- and eight unambiguous characters, with no date in them', async () => {
    const ref = await makeReference('inquiry-h-abc');
    expect(ref).toMatch(/^INQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(REFERENCE.test(ref)).toBe(true);
    expect(REFERENCE.test('INQ-7KQ2-M4XA')).toBe(true);
    expect(REFERENCE.test('INQ-7KQ2-M4XA<')).toBe(false);
    expect(REFERENCE.test('INQ-IL0U-M4XA')).toBe(false);
    expect(REFERENCE.test('INQ-20261127-7KQ2')).toBe(false);
  });

  it('depend on the key alone: the same key gives the same reference on any day, and keys spread', async () => {
    expect(await makeReference('k1')).toBe(await makeReference('k1'));
    // 40 bits: 5,000 keys give 5,000 different references.
    const refs = new Set(await Promise.all(Array.from({ length: 5000 }, (_, i) => makeReference(`key-${i}`))));
    expect(refs.size).toBe(5000);
  });
});

describe('idempotency keys', () => {
  const id = '6b4c2f4e-1f7a-4a7e-9b8e-0c1d2e3f4a5b';

  it('without a submission id, are equal for equal inquiries whatever the order of choices', async () => {
    const a = await idempotencyKey(inquiry({ expertise: ['forensics', 'crowd-control'] }), {});
    const b = await idempotencyKey(inquiry({ expertise: ['crowd-control', 'forensics'] }), {});
    expect(a).toBe(b);
    expect(a).toMatch(/^inquiry-h-[0-9a-f]{32}$/);
    expect(await idempotencyKey(inquiry({ city: 'Shelbyville' }), {})).not.toBe(a);
  });

  it('with a submission id, are scoped to it and still change when the content does', async () => {
    const a = await idempotencyKey(inquiry(), { submissionId: id });
    expect(a.startsWith(`inquiry-${id}-`)).toBe(true);
    expect(await idempotencyKey(inquiry(), { submissionId: id.toUpperCase() })).toBe(a);
    expect(await idempotencyKey(inquiry({ message: 'edited' }), { submissionId: id })).not.toBe(a);
    expect(await idempotencyKey(inquiry(), { submissionId: crypto.randomUUID() })).not.toBe(a);
  });
});
