import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** The project's content folder. */
export const contentDir = join(import.meta.dirname, '../../content');

/** An MDX file as a collection entry: frontmatter as data, the rest as body. */
export interface MdxEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * Reads an entry's frontmatter with a real YAML parser, as the site's build does: the
 * core schema plus timestamps (so `lastReviewed: 2026-11-27` is a Date, as Astro reads
 * it). Anything that is not a mapping is refused loudly, so a test never silently reads
 * content differently from the site.
 */
function parseFrontmatter(block: string, file: string): Record<string, unknown> {
  const data: unknown = parse(block, { customTags: ['timestamp'] }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the frontmatter is not a mapping`);
  return data as Record<string, unknown>;
}

/** Every .mdx file in content/<folder> (or in a copy of content/ at `root`), as entries. */
export function readMdx(folder: string, root = contentDir): MdxEntry[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseMdx(readFileSync(join(dir, name), 'utf8'), `${folder}/${name}`));
}

/** One MDX file's text (`file` names it, e.g. "faqs/cost.mdx") as an entry. */
export function parseMdx(text: string, file: string): MdxEntry {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { id: basename(file, '.mdx'), data: parseFrontmatter(match[1] ?? '', file), body: match[2] ?? '' };
}

/** A JSON file in content/ (or in a copy of it at `root`), as the `file()` loader's entries ({ id, data }). */
export function readJsonEntries(name: string, root = contentDir): { id: string; data: Record<string, unknown> }[] {
  const items = JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, unknown>[];
  return items.map((item) => ({ id: String(item.id), data: item }));
}

/** The questions the FAQ page shows: the files of content/faqs/ that are not retired. */
export const listedFaqFiles = (root = contentDir): MdxEntry[] =>
  readMdx('faqs', root).filter((faq) => faq.data.retiredOn === undefined);
