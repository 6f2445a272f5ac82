// What the FAQ page (src/pages/faq.astro) makes of a content folder when the site is
// built: each file of faqs/ through FaqSchema, the list through the FAQ's rules, and the
// page's structured data. For vitest only: the schemas resolve `astro:content` under
// Astro's Vite config, which Playwright's process has not.
import { faqStructuredData } from '../../src/lib/plain-text';
import { FaqSchema, listedFaqs } from '../../src/schemas/faq';
import { readMdx } from './content-files';

/** The FAQ page's questions from the content folder at `root`: every entry, those listed, and the structured data. */
export function buildFaqs(root: string) {
  const entries = readMdx('faqs', root).map((entry) => ({ ...entry, data: FaqSchema.parse(entry.data) }));
  const listed = listedFaqs(entries);
  return { entries, listed, structured: faqStructuredData(listed) };
}
