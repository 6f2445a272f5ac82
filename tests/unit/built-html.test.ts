// Built pages are read and rewritten through one parser (src/integrations/built-html.ts):
// what a step does not touch stays byte for byte as Astro wrote it.
import { describe, expect, it } from 'vitest';
import { attribute, BuiltPage, markup, textOf } from '../../src/integrations/built-html';

// As Astro writes a page: compressed, a boolean attribute, a character reference, a space after <html>.
const source =
  '<!DOCTYPE html><html lang="en"> <head><meta charset="utf-8">' +
  '<link rel="preload" href="/_astro/a.woff2" as="font" type="font/woff2" crossorigin>' +
  '<link rel="stylesheet" href="/_astro/one.css"><link rel="stylesheet" href="/_astro/two.css">' +
  '<meta property="og:title" content="Q &amp; A"></head>' +
  '<body><template><p class="in-template">x</p></template><p>Caf&eacute; — <em>ok</em></p>' +
  '<script type="module" src="/_astro/page.js"></script></body></html>';

describe('a built page', () => {
  it('is written back unchanged when no step edits it', () => {
    const page = new BuiltPage(source);
    expect(page.changed).toBe(false);
    expect(page.toString()).toBe(source);
  });

  it('finds elements in document order, a template’s content included', () => {
    const page = new BuiltPage(source);
    expect([...page.elementsNamed('link')].map((link) => attribute(link, 'href'))).toEqual([
      '/_astro/a.woff2',
      '/_astro/one.css',
      '/_astro/two.css',
    ]);
    expect([...page.elementsNamed('p')].map((p) => attribute(p, 'class') ?? textOf(p))).toEqual([
      'in-template',
      'Café — ',
    ]);
  });

  it('reads attribute values and text with character references decoded', () => {
    const page = new BuiltPage(source);
    const meta = [...page.elementsNamed('meta')].find((element) => attribute(element, 'property') === 'og:title')!;
    expect(attribute(meta, 'content')).toBe('Q & A');
    expect([...page.characters()].join('|')).toContain('Café');
  });

  it('changes only the attribute value it sets, leaving the rest of the tag as written', () => {
    const page = new BuiltPage(source);
    const [preload] = page.elementsNamed('link');
    page.setAttribute(preload!, 'href', '/_astro/subset "1" & more.woff2');
    expect(page.toString()).toBe(
      source.replace('href="/_astro/a.woff2"', 'href="/_astro/subset &quot;1&quot; &amp; more.woff2"'),
    );
  });

  it('replaces and removes whole elements, start tag to end tag', () => {
    const page = new BuiltPage(source);
    const [, first, second] = page.elementsNamed('link');
    page.remove(second!);
    page.setAttribute(first!, 'href', '/_astro/page.X.css');
    const [script] = page.elementsNamed('script');
    page.replace(script!, markup('script', { 'data-module': '/_astro/page.js' }, 'start()'));
    expect(page.toString()).toBe(
      source
        .replace('<link rel="stylesheet" href="/_astro/two.css">', '')
        .replace('/_astro/one.css', '/_astro/page.X.css')
        .replace(
          '<script type="module" src="/_astro/page.js"></script>',
          '<script data-module="/_astro/page.js">start()</script>',
        ),
    );
  });

  it('refuses two edits of the same stretch, which would silently lose one', () => {
    const page = new BuiltPage(source);
    const [script] = page.elementsNamed('script');
    page.setAttribute(script!, 'src', '/_astro/other.js');
    expect(() => page.remove(script!)).toThrow(/Two edits/);
  });

  it('refuses to set an attribute the element does not have', () => {
    const page = new BuiltPage(source);
    const [script] = page.elementsNamed('script');
    expect(() => page.setAttribute(script!, 'nonce', 'x')).toThrow(/<script> has no nonce attribute/);
  });

  it('refuses to edit an element the parser implied but the page never wrote', () => {
    const page = new BuiltPage('<p>no html, head or body tags</p>');
    const [body] = page.elementsNamed('body');
    expect(() => page.remove(body!)).toThrow(/implied/);
  });
});
