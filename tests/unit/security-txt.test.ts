import { describe, expect, it } from 'vitest';
import { EXPIRES_DAYS, expiresProblem, renderSecurityTxt } from '../../src/security/security-txt';

// An injected clock: the dates below hold on any day the tests run.
const now = new Date('2026-11-28T12:00:00Z');
const fields = {
  contact: 'https://hackerone.com/us-department-of-state',
  policy: 'https://hackerone.com/us-department-of-state',
  canonical: 'https://example.gov/.well-known/security.txt',
};

describe('security.txt (RFC 9116)', () => {
  const text = renderSecurityTxt(fields, now);

  it('names the contact, the policy, its own address and English, one field a line', () => {
    expect(text.split('\n')).toEqual([
      'Contact: https://hackerone.com/us-department-of-state',
      'Expires: 2027-11-27T12:00:00Z',
      'Policy: https://hackerone.com/us-department-of-state',
      'Canonical: https://example.gov/.well-known/security.txt',
      'Preferred-Languages: en',
      '',
    ]);
    expect(EXPIRES_DAYS).toBeLessThan(365);
  });

  it('expires under a year after the build', () => {
    expect(expiresProblem(text, now)).toBeNull();
    expect(expiresProblem(text, new Date('2027-11-27T11:59:59Z'))).toBeNull();
  });

  it('fails the check once Expires is past', () => {
    expect(expiresProblem(text, new Date('2027-11-27T12:00:00Z'))).toMatch(/in the past/);
    expect(expiresProblem(text, new Date('2028-01-01T00:00:00Z'))).toMatch(/in the past/);
  });

  it('fails the check when Expires is more than a year ahead', () => {
    const far = text.replace(/^Expires: .*$/m, 'Expires: 2027-11-28T12:00:01Z');
    expect(expiresProblem(far, now)).toMatch(/more than a year ahead/);
    const exactlyAYear = text.replace(/^Expires: .*$/m, 'Expires: 2027-11-28T12:00:00Z');
    expect(expiresProblem(exactlyAYear, now)).toBeNull();
  });

  it('fails the check on a missing, doubled or unreadable Expires', () => {
    expect(expiresProblem(text.replace(/^Expires: .*\n/m, ''), now)).toMatch(/exactly one Expires/);
    expect(expiresProblem(`${text}Expires: 2027-01-01T00:00:00Z\n`, now)).toMatch(/exactly one Expires/);
    expect(expiresProblem(text.replace(/^Expires: .*$/m, 'Expires: next year'), now)).toMatch(/not a date/);
  });
});
