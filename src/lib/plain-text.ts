/**
 * Markdown prose to plain text, for places that cannot carry markup: the FAQ's
 * structured data (JSON-LD) and the like. Handles what our content uses: links,
 * emphasis, list markers, headings and line breaks.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ') // inline HTML or JSX tags
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) keeps its text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // heading markers
    .replace(/^\s*[-*+]\s+/gm, '') // list markers
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2') // emphasis
    .replace(/\s+/g, ' ')
    .trim();
}

/** JSON safe to place inside a <script> element: no "</script>" or "<!--" can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
