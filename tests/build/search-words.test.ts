// The vocabulary of the search page's "Did you mean", as the build wrote it after Pagefind
// (scripts/search-words.mjs): the index's own words, so a suggestion always finds something.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../src/features/search/shared/query';
import { distDir, requireBuild } from '../support/site';

describe('pagefind/words.json', () => {
  requireBuild();
  const file = join(distDir, 'pagefind', 'words.json');

  it('lists the index’s words: those readers misspell, none common, none short, no numbers', () => {
    expect(existsSync(file), file).toBe(true);
    const words: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(Array.isArray(words)).toBe(true);
    const list = words as string[];
    expect(new Set(list).size).toBe(list.length);
    // From the partners page and the FAQ: what "sherrif" and "committment" are near.
    expect(list).toEqual(expect.arrayContaining(['sheriff', 'sheriffs', 'commitment', 'reimbursed', 'forensic']));
    expect(list.filter((word) => STOP_WORDS.has(word) || word.length < 4 || /\d/.test(word))).toEqual([]);
    // Text Pagefind does not index (the search page, the FAQ's filter) is not in it.
    expect(list).not.toContain('searching');
  });
});
