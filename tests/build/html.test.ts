import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { cspFor } from '../../src/security/headers';
import { builtPages, distDir } from '../support/site';
import { isPageApart } from '../../src/features/admin/shared/apart';

const pages = builtPages();
const validator = new HtmlValidate(htmlValidateConfig);

const HREF = /href=["']?([^"'\s>]+)/;

const describeMessage = (message: Message) =>
  `${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;

describe('built HTML', () => {
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');

    it(`${page.path} is valid HTML (html-validate, .htmlvalidate.mjs)`, async () => {
      const report = await validator.validateString(html, page.file);
      const messages = report.results.flatMap((result) => result.messages).map(describeMessage);
      expect(messages).toEqual([]);
    });

    it(`${page.path} has no inline script or style but those its CSP allows by hash, and no 'unsafe-inline'`, () => {
      const scriptSrc = cspFor(page.path, { turnstile: false })
        .split('; ')
        .find((directive) => directive.startsWith('script-src '));
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      const unhashed = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
        .filter(([, attributes = '']) => !/\ssrc=/i.test(attributes))
        .filter(([, attributes = '']) => !/\stype=["']?application\/ld\+json/i.test(attributes))
        .filter(
          ([, , body = '']) => !scriptSrc?.includes(`'sha256-${createHash('sha256').update(body).digest('base64')}'`),
        )
        .map(([tag]) => tag.slice(0, 120));
      expect(unhashed).toEqual([]);
      expect([...html.matchAll(/<style\b[^>]*>/gi)].map(([tag]) => tag)).toEqual([]);
      expect([...html.matchAll(/<[^>]*\sstyle=["'][^>]*>/gi)].map(([tag]) => tag.slice(0, 120))).toEqual([]);
      expect([...html.matchAll(/<[^>]*\son[a-z]+=["'][^>]*>/gi)].map(([tag]) => tag.slice(0, 120))).toEqual([]);
      expect(html).not.toMatch(/(?:href|src|action)=["']?\s*javascript:/i);
    });

    // The rest is the public site's page shell, which a page apart (the content editor) does not use.
    if (isPageApart(page.path)) continue;

    // One render-blocking request for styles (src/integrations/purge-css.ts
    // joins a page's stylesheets), and the first screen's two faces fetched beside it:
    // the site's own characters cut out of them (src/integrations/font-subset.ts).
    it(`${page.path} links one stylesheet and preloads its two body faces`, () => {
      const stylesheets = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)].map(([tag]) => tag);
      expect(stylesheets).toHaveLength(1);
      const fonts = [...html.matchAll(/<link\b[^>]*\brel=["']?preload\b[^>]*\bas=["']?font\b[^>]*>/gi)].map(
        ([tag]) => HREF.exec(tag)?.[1] ?? '',
      );
      expect(fonts.map((href) => href.replace(/^.*\/|\.[\w-]+\.woff2$/g, ''))).toEqual([
        'public-sans-subset-400-normal',
        'public-sans-subset-700-normal',
      ]);
      // Each preloaded face is one the stylesheet asks for, not a second copy.
      const css = readFileSync(join(distDir, HREF.exec(stylesheets[0]!)?.[1] ?? ''), 'utf8');
      for (const href of fonts) expect(css).toContain(href);
    });

    // Only the inquiry form disables a control (its send button, while sending), so only
    // its page carries USWDS's rules for disabled controls (src/integrations/purge-css.ts).
    it(`${page.path} carries the rules for disabled controls only if it can disable one`, () => {
      const css = readFileSync(
        join(distDir, HREF.exec(/<link rel="stylesheet"[^>]*>/.exec(html)?.[0] ?? '')?.[1] ?? ''),
        'utf8',
      );
      expect(/:disabled|\[aria-disabled/.test(css)).toBe(page.path === '/inquiry/');
    });

    // A formatter that wraps `<a>…</a>.` onto two lines leaves a space that the
    // reader sees: "send an inquiry ." and an underlined space inside the link.
    it(`${page.path} has no stray space before punctuation after a link or emphasis`, () => {
      const strays = [...html.matchAll(/<\/(a|strong|em|abbr)>\s+[.,;:!?)]/gi)].map((m) =>
        html.slice(Math.max(0, m.index - 60), m.index + m[0].length).replace(/\s+/g, ' '),
      );
      expect(strays).toEqual([]);
    });
  }
});
