// What the FAQ page (src/pages/faq.astro) makes of a content folder when the site is
// built: each file of faqs/ through FaqSchema, the whole list through the FAQ's rules
// (listedFaqs: unique ids and positions, no blank answer, the brochure's questions
// kept), then the page's questions in order and its structured data, whose answers are
// the files' own words. It reads content/ itself by default. The editor's end-to-end test
// (tests/e2e/admin-edit.spec.ts) runs this file again on a copy of content/ holding the
// file the editor saved (FAQ_CONTENT_DIR), with the words that answer must now say
// (FAQ_EXPECT="<id>=<words>"): the schemas resolve `astro:content` only under Astro's
// Vite config, which vitest has and Playwright's process has not, and a second full
// build of the site would take minutes. Astro's own rendering of the MDX to HTML is not
// repeated here; tests/e2e/faq.spec.ts reads /faq/#cost as built from content/.
import { describe, expect, it } from 'vitest';
import { contentDir, readMdx } from '../support/content-files';
import { buildFaqs } from '../support/faq-page';

// An empty value is unset.
const folder = process.env['FAQ_CONTENT_DIR'] ?? '';
const root = folder.trim() === '' ? contentDir : folder;

/** The question to find on the page and words its answer must say: given, or the cost answer's own opening. */
function expected(): { id: string; words: string } {
  const given = process.env['FAQ_EXPECT'];
  if (given) {
    const at = given.indexOf('=');
    if (at < 1) throw new Error(`FAQ_EXPECT is "<id>=<words>", not ${JSON.stringify(given)}`);
    return { id: given.slice(0, at), words: given.slice(at + 1) };
  }
  const cost = readMdx('faqs').find((faq) => faq.id === 'cost');
  return { id: 'cost', words: cost?.body.trim().split(/\s+/).slice(0, 8).join(' ') ?? '(no content/faqs/cost.mdx)' };
}

describe('the FAQ page built from a content folder', () => {
  const { id, words } = expected();

  it(`checks every question against the schema and answers /faq/#${id} in its words`, () => {
    const { listed, structured } = buildFaqs(root);
    const faq = listed.find((entry) => entry.data.id === id);
    expect(faq, `/faq/#${id} is not on the page`).toBeDefined();
    expect(faq!.body).toContain(words);
    const question = structured.mainEntity.find((entry) => entry.name === faq!.data.question);
    expect(question?.acceptedAnswer.text).toContain(words);
  });
});
