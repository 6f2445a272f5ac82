import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/lib/excerpt';
import { jsonForScript, markdownToPlainText } from '../../src/lib/plain-text';
import { sitePages } from '../../src/lib/site-pages';
import { SLUG_PATTERN, slugify } from '../../src/lib/slug';

describe('parseExcerpt (search results)', () => {
  it('keeps the highlighted matches and the text around them', () => {
    expect(parseExcerpt('such as <mark>forensic</mark> laboratories')).toEqual([
      { text: 'such as ', marked: false },
      { text: 'forensic', marked: true },
      { text: ' laboratories', marked: false },
    ]);
  });

  it('turns escaped page text back into characters, never into markup', () => {
    const parts = parseExcerpt('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark> &#8217;s &#x2019;');
    expect(parts.map((p) => p.text).join('')).toBe('a <script>alert(1)</script> & b ’s ’');
    // The caller renders each part with textContent, so "<script>" stays text.
    expect(parts.find((p) => p.marked)?.text).toBe('b');
  });

  it('drops any tag other than mark', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)>hi <b>there</b>')).toEqual([{ text: 'hi there', marked: false }]);
  });
});

describe('plain text for structured data', () => {
  it('keeps a link’s words and drops Markdown syntax', () => {
    expect(
      markdownToPlainText(
        'Send it to [INLCAPPoliceTeam@state.gov](mailto:INLCAPPoliceTeam@state.gov).\n\n**No.** - a _b_',
      ),
    ).toBe('Send it to INLCAPPoliceTeam@state.gov. No. - a b');
    expect(markdownToPlainText('- one\n- two\n\n## Heading\ntext')).toBe('one two Heading text');
  });

  it('makes JSON that cannot close its <script> element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & <!--' });
  });
});

describe('sitePages', () => {
  it('lists every page once: navigation, then the site’s own required pages', () => {
    expect(sitePages().map((p) => p.href)).toEqual([
      '/',
      '/partners/',
      '/faq/',
      '/countries/',
      '/inquiry/',
      '/accessibility/',
      '/privacy/',
    ]);
  });
});

describe('the slug rule', () => {
  it.each([
    ['East Asia and Pacific', 'east-asia-and-pacific'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['  West Bank/Gaza  ', 'west-bank-gaza'],
    ['ILEA 2', 'ilea-2'],
  ])('makes the id of “%s” the way content ids are written', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('accepts only what slugify can make', () => {
    for (const name of ['Near East', 'Saint Vincent and the Grenadines', 'How does it work?']) {
      expect(slugify(name)).toMatch(SLUG_PATTERN);
    }
    for (const bad of ['Kenya', 'how--it-works', '-cost', 'cost-', 'west bank', '']) {
      expect(SLUG_PATTERN.test(bad), bad).toBe(false);
    }
  });
});
