// No source file over 300 lines: past that, a file holds more than one thing to
// understand, and a feature's folder (docs/adr/0018) has room for each of them.
// Tests are not counted. Lines are counted as an editor shows them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const MAX_LINES = 300;
const repo = join(import.meta.dirname, '../..');
const src = join(repo, 'src');

/**
 * Files over the limit while someone else is splitting them, each with the most lines
 * it may have until then: it may shrink, never grow. Remove an entry once its file is split.
 */
const BEING_SPLIT: Readonly<Record<string, number>> = {};

const lineCount = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;

function sourceFiles(): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

it('finds the source files it counts', () => {
  expect(sourceFiles().length).toBeGreaterThan(50);
});

it(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const over = sourceFiles()
    .map((path) => ({ file: relative(repo, path), lines: lineCount(path) }))
    .filter(({ file, lines }) => lines > (BEING_SPLIT[file] ?? MAX_LINES))
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  expect(over, 'split these by what each part does').toEqual([]);
});
