/** One run of excerpt text, highlighted where it matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references (numeric, and the few named ones Astro and Pagefind write) decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpts are HTML: escaped page text with <mark> around the matches.
 * This reads them as plain text runs, keeping only the marks, so the results are
 * built with textContent and no page text can ever be parsed as markup.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(token)) {
      marked = true;
    } else if (/^<\/mark/i.test(token)) {
      marked = false;
    } else {
      // Any other tag is dropped, then entities are decoded to the characters they stand for.
      const text = decodeEntities(token.replace(/<[^>]*>?/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
