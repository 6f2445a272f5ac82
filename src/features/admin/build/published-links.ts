/**
 * The ids that are published links (/faq/#cost, /countries/#kenya, /partners/#<id>), read
 * from content/ when the editor is built. The editor's link-id field (../browser/fields.ts) shows an id
 * in this list read-only: a staff member types the id of a new question or country, and
 * once it is published (the editor is built from what was deployed), nobody can change it
 * in the editor and break the links that readers and partners have kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishedLinks } from '../shared/field-types';

const CONTENT_DIR = fileURLToPath(new URL('../../../../content/', import.meta.url));

/**
 * A FAQ's id, from its frontmatter. A line match is enough: the build has already held
 * every file to FaqSchema, whose ids are slugs on a line of their own.
 */
const FRONTMATTER_ID = /^---\n(?:[^\n]*\n)*?id:[ \t]*([a-z0-9-]+)[ \t]*\n(?:[^\n]*\n)*?---\n/;

export function publishedLinks(contentDir = CONTENT_DIR): PublishedLinks {
  const faqDir = join(contentDir, 'faqs');
  const faqs = readdirSync(faqDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const id = FRONTMATTER_ID.exec(readFileSync(join(faqDir, name), 'utf8'))?.[1];
      if (!id) throw new Error(`content/faqs/${name}: no id in its frontmatter.`);
      return id;
    });
  const listIds = (name: string) =>
    (JSON.parse(readFileSync(join(contentDir, `${name}.json`), 'utf8')) as { id: string }[])
      .map((item) => item.id)
      .sort();
  return { faqs: faqs.sort(), countries: listIds('countries'), 'partner-types': listIds('partner-types') };
}
