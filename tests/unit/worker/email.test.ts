import { describe, expect, it } from 'vitest';
import { headerSafe } from '../../../src/features/inquiry/shared/escape';
import {
  inquirySubject,
  renderConfirmationEmail,
  renderInquiryEmail,
} from '../../../src/features/inquiry/server/email';
import { mailtoLink } from '../../../src/features/inquiry/shared/mailto';
import { validateInquiry, type Inquiry } from '../../../src/features/inquiry/shared/schema';
import { validInquiry } from '../inquiry-fixtures';

function inquiry(overrides: Record<string, unknown> = {}): Inquiry {
  const result = validateInquiry({ ...validInquiry, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('the inquiry email', () => {
  it('has the agency, city, state and reference in its subject', () => {
    const email = renderInquiryEmail(inquiry(), 'INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    expect(email.subject).toBe('Partnership inquiry: Springfield Police Department, Springfield, IL (INQ-7KQ2-M4XA)');
    expect(email.text).toContain('Reference: INQ-7KQ2-M4XA');
    expect(email.html).toContain('INQ-7KQ2-M4XA');
  });

  it('lists every field with option labels, in text and HTML', () => {
    const email = renderInquiryEmail(inquiry(), 'INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    for (const expected of [
      'Municipal police department',
      'Illinois (IL)',
      'Criminal investigations; Forensics',
      'Teaching at an International Law Enforcement Academy (ILEA)',
      'pat.doe@springfield.gov',
      '+1 (217) 555-0100',
      'We train 40 recruits a year.\nWe would like to help.',
    ]) {
      expect(email.text).toContain(expected);
    }
    expect(email.html).toContain('Criminal investigations; Forensics');
  });

  it('escapes markup a person typed into the HTML body', () => {
    const hostile = inquiry({
      agencyName: '<img src=x onerror=alert(1)>',
      message: '</td><script>alert("x")</script> & \'quotes\'',
    });
    const { html, text } = renderInquiryEmail(hostile, 'INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    // The plain-text body is text: the characters are kept as typed.
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('never lets a line break into the subject', () => {
    // The schema already collapses line breaks; the subject does it again on its own.
    const raw = { ...inquiry(), agencyName: 'Agency\r\nBcc: victim@example.com', city: 'City\nX-Header: 1' };
    const subject = inquirySubject(raw, 'INQ-7KQ2-M4XA');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Partnership inquiry: Agency Bcc: victim@example.com, City X-Header: 1, IL (INQ-7KQ2-M4XA)');
    expect(headerSafe('a\u2028b\u0000c\u007fd')).toBe('a b c d');
  });

  it('drops control characters from the text body but keeps line breaks', () => {
    const raw = { ...inquiry(), message: 'one\u0007\r\ntwo\u001b[31m' };
    const { text } = renderInquiryEmail(raw, 'INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    expect(text).toContain('one\ntwo[31m');
    expect(text).not.toMatch(/[\u0007\u001b\r]/);
  });

  it('has a confirmation copy for the sender with fixed words and the reference only', () => {
    const copy = renderConfirmationEmail('INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    expect(copy.subject).toBe('Your partnership inquiry to INL/CAP (INQ-7KQ2-M4XA)');
    expect(copy.text).toContain('INQ-7KQ2-M4XA');
    // Its signature takes no inquiry at all, so no typed text can reach it.
    expect(renderConfirmationEmail.length).toBe(2);
  });

  it('tells INL/CAP that the reply address was typed by the sender and is not verified', () => {
    const { text, html } = renderInquiryEmail(inquiry(), 'INQ-7KQ2-M4XA', 'https://example.gov/inquiry/');
    expect(text).toMatch(/reply address is the one the sender typed in the form; it has not been verified/);
    expect(text).toContain('Email (as typed; not verified): pat.doe@springfield.gov');
    expect(html).toContain('not verified');
  });
});

describe('the mailto link', () => {
  it('addresses INL/CAP with the inquiry prefilled and encoded', () => {
    const link = mailtoLink({ ...validInquiry, agencyName: 'A&B Police?', message: 'Line 1\nLine 2' });
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('INLCAPPoliceTeam@state.gov');
    expect(url.searchParams.get('subject')).toBe('Partnership inquiry: A&B Police?, Springfield, IL');
    expect(url.searchParams.get('body')).toContain('Message (optional): Line 1\nLine 2');
    expect(link).not.toContain('+');
  });
});
