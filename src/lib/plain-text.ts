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

/**
 * The FAQ page's structured data (schema.org FAQPage) for the questions it shows, each
 * answer as plain text. Pure, so a test reaches what the page states from its content.
 */
export function faqStructuredData(faqs: readonly { data: { question: string }; body?: string | undefined }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map((entry) => ({
      '@type': 'Question',
      name: entry.data.question,
      acceptedAnswer: { '@type': 'Answer', text: markdownToPlainText(entry.body ?? '') },
    })),
  };
}
