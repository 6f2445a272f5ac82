import { describe, expect, it } from 'vitest';
import { errorSummary, fieldId, notice } from '../../src/inquiry/shared/markup';

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
