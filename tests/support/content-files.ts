import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The project's content folder. */
export const contentDir = join(import.meta.dirname, '../../content');

/** An MDX file as a collection entry: frontmatter as data, the rest as body. */
export interface MdxEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * Reads the flat `key: value` frontmatter our content uses: quoted strings (single or double), [lists, of, words],
 * numbers, and bare words or dates. Anything richer is refused loudly, so a test
 * never silently reads content differently from the site.
 */
function parseFrontmatter(block: string, file: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    const match = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!match) throw new Error(`${file}: cannot read frontmatter line "${line}"`);
    const [, key = '', raw = ''] = match;
    if (raw.startsWith('"')) data[key] = JSON.parse(raw);
    else if (/^'.*'$/.test(raw))
      data[key] = raw.slice(1, -1).replaceAll("''", "'"); // YAML single quotes
    else if (/^-?\d+(\.\d+)?$/.test(raw)) data[key] = Number(raw);
    else if (/^\[[\w\s,-]*\]$/.test(raw))
      data[key] = raw
        .slice(1, -1)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean); // [a, b]
    else data[key] = raw;
  }
  return data;
}

/** Every .mdx file in content/<folder>, as entries. */
export function readMdx(folder: string): MdxEntry[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${name}: no frontmatter`);
      return { id: basename(name, '.mdx'), data: parseFrontmatter(match[1] ?? '', name), body: match[2] ?? '' };
    });
}

/** A JSON file in content/, as the `file()` loader's entries ({ id, data }). */
export function readJsonEntries(name: string): { id: string; data: Record<string, unknown> }[] {
  const items = JSON.parse(readFileSync(join(contentDir, name), 'utf8')) as Record<string, unknown>[];
  return items.map((item) => ({ id: String(item.id), data: item }));
}
