/**
 * When an id that is part of a published link (/faq/#cost, /countries/#kenya) may be
 * changed in the editor: the rule behind the "link-id" field (../browser/fields.ts).
 * Plain data and functions: the editor's bundle and the unit tests both load it.
 */

/** What a link-id field knows as it opens. */
export interface LinkIdOpening {
  /** The id the field opens with. */
  value: unknown;
  /** The ids of its collection published when the editor was built (../build/published-links.ts). */
  published: readonly string[];
  /** Whether the entry is new (a new FAQ, or a copy of one). */
  newRecord: boolean;
  /** The whole entry's data: a FAQ's frontmatter, or a list file's every item. */
  data: unknown;
}

/** How many `id`s in `data`, at any depth, are `value`. */
export function idsEqualTo(data: unknown, value: unknown): number {
  if (Array.isArray(data)) return data.reduce((count: number, item) => count + idsEqualTo(item, value), 0);
  if (typeof data !== 'object' || data === null) return 0;
  return Object.entries(data).reduce(
    (count: number, [key, item]) => count + (key === 'id' && item === value ? 1 : idsEqualTo(item, value)),
    0,
  );
}

/**
 * Whether a link-id field opens read-only: its id is published, in an entry that is not
 * new, and no other item of the entry has it. A copy of a FAQ is a new entry, and a copy
 * of a list item shares its id with the original: the copy opens editable, so that it
 * can be given an id of its own. Decided once, as the field opens: an id being typed for
 * a new entry never locks halfway, even when it spells one that exists (the build
 * refuses the duplicate).
 */
export function opensLocked({ value, published, newRecord, data }: LinkIdOpening): boolean {
  if (typeof value !== 'string' || !published.includes(value)) return false;
  if (newRecord) return false;
  return idsEqualTo(data, value) <= 1;
}
