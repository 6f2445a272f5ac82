/**
 * The text a built page paints: its body's text and the attribute values a browser
 * shows (`alt`, `placeholder`, `value`, an option's `label`), without its scripts,
 * character references decoded. Templates count: scripts show their content. Plain
 * Node, so the build checks and `npm run bench` (through page-weight.ts) share it.
 */
import { decodeEntities } from '../../src/lib/excerpt.ts';

const SHOWN_ATTRIBUTES = /\s(?:alt|placeholder|value|label)=(?:"([^"]*)"|'([^']*)')/gi;

export function paintedText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1];
  if (body === undefined) throw new Error('A page without a <body>: is this built HTML?');
  const withoutCode = body.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ');
  const shown: string[] = [];
  const text = withoutCode.replace(/<[^>]*>/g, (tag) => {
    for (const match of tag.matchAll(SHOWN_ATTRIBUTES)) shown.push(match[1] ?? match[2] ?? '');
    return ' ';
  });
  return decodeEntities([text, ...shown].join(' '));
}
