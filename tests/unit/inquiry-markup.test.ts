import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mailtoLink } from '../../src/features/inquiry/shared/mailto';
import { ALERT_ICONS, errorSummary, fieldId, notice } from '../../src/features/inquiry/shared/markup';
import { inquiryUi } from '../../src/features/inquiry/shared/words';

describe('outcome markup shared by the browser and the function', () => {
  it('links each error to its field, checkbox groups to their first box', () => {
    const html = errorSummary({ city: 'Enter your agency’s city', expertise: 'Select at least one area of expertise' });
    expect(html).toContain('<a href="#inquiry-city">Enter your agency’s city</a>');
    expect(html).toContain(`<a href="#${fieldId('expertise')}">`);
    expect(fieldId('expertise')).toBe('inquiry-expertise-criminal-investigations');
    expect(html).not.toContain('autofocus');
    expect(errorSummary({}, { autofocus: true })).toContain(' autofocus');
  });

  it('escapes every value it writes', () => {
    const html = notice({
      kind: 'error',
      heading: '<b>x</b>',
      paragraphs: ['"quoted" & <i>'],
      mailto: 'mailto:a@b.gov?subject="><script>',
    });
    expect(html).not.toMatch(/<b>|<i>|<script>/);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('href="mailto:a@b.gov?subject=&quot;&gt;&lt;script&gt;"');
  });
});

describe('alerts that show with the network gone', () => {
  it('draw each icon inline, the very path of USWDS’s icon file', () => {
    for (const [kind, path] of Object.entries(ALERT_ICONS)) {
      const file = kind === 'success' ? 'check_circle' : kind;
      const svg = readFileSync(`node_modules/@uswds/uswds/dist/img/usa-icons/${file}.svg`, 'utf8');
      expect(svg).toContain(`<path d="${path}"/>`);
      const html = notice({ kind: kind as keyof typeof ALERT_ICONS, heading: 'h', paragraphs: [] });
      expect(html).toContain(`<path d="${path}"/>`);
      expect(html).not.toMatch(/url\(|src=/);
    }
    expect(errorSummary({ city: 'Enter your agency’s city' })).toContain(ALERT_ICONS.error);
  });
});

describe('the success notice', () => {
  const html = notice({
    kind: 'success',
    heading: inquiryUi.successHeading,
    reference: 'INQ-7KQ2-M4XA',
    paragraphs: [],
    steps: { heading: inquiryUi.nextHeading, items: inquiryUi.nextSteps },
  });

  it('keeps the reference whole in its own element, in the reference sentence', () => {
    expect(html).toContain(
      `${inquiryUi.referenceIs} <strong class="inquiry-reference">INQ-7KQ2-M4XA</strong>. ${inquiryUi.referenceKeep}`,
    );
  });

  it('says what happens next, each step as the thanks page says it', () => {
    expect(html).toContain(`<h3 class="inquiry-alert__subheading">${inquiryUi.nextHeading}</h3>`);
    for (const step of inquiryUi.nextSteps) expect(html).toContain(`<li>${step}</li>`);
  });
});

describe('the email route', () => {
  it('opens the body with a note when one is given, and otherwise with the first field', () => {
    const values = { agencyName: 'Springfield PD', city: 'Springfield', state: 'IL' };
    const plain = decodeURIComponent(mailtoLink(values).split('&body=')[1]!);
    expect(plain.startsWith('Agency name: Springfield PD\n')).toBe(true);
    const noted = decodeURIComponent(mailtoLink(values, { note: inquiryUi.earlierAttemptMailto }).split('&body=')[1]!);
    expect(noted.startsWith(`${inquiryUi.earlierAttemptMailto}\n\nAgency name: Springfield PD\n`)).toBe(true);
  });
});
