/**
 * Sets of Unicode code points and the CSS `unicode-range` text that names them, for the
 * font subsetting step (src/integrations/font-subset.ts) and the checks that read its
 * output (tests/build/fonts.test.ts, tests/support/page-weight.ts).
 *
 * Plain TypeScript with no imports, so Node scripts (`npm run bench`) can load it too.
 */

/** Code points as a set, the form every operation here takes and gives. */
export type CodePoints = ReadonlySet<number>;

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();

/** The code points of a text. */
export function codePointsOf(text: string): Set<number> {
  const found = new Set<number>();
  for (const character of text) found.add(character.codePointAt(0)!);
  return found;
}

/** The code points of `a` that are not in any of `others`. */
export function without(a: CodePoints, ...others: CodePoints[]): Set<number> {
  return new Set([...a].filter((codePoint) => !others.some((other) => other.has(codePoint))));
}

/** The code points of `a` that are also in `b`. */
export function common(a: CodePoints, b: CodePoints): Set<number> {
  return new Set([...a].filter((codePoint) => b.has(codePoint)));
}

/** CSS `unicode-range` text for a set, runs joined: `U+20-7E,U+A0,U+2019`. Empty for an empty set. */
export function toUnicodeRange(codePoints: CodePoints): string {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    i += 1;
    runs.push(end === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return runs.join(',');
}

/**
 * The code points a CSS `unicode-range` value names (`U+20-7E, U+A0`, or one range as
 * fontace writes it). Wildcards (`U+4??`) are read too. Throws on anything else, so a
 * range this code cannot read is never taken as empty.
 */
export function parseUnicodeRange(value: string): Set<number> {
  const found = new Set<number>();
  for (const part of value.split(',').map((item) => item.trim())) {
    if (part === '') continue;
    const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range: "${part}" in "${value}"`);
    const [, first = '', last] = match;
    const start = parseInt(first.replace(/\?/g, '0'), 16);
    const end = last !== undefined ? parseInt(last, 16) : parseInt(first.replace(/\?/g, 'F'), 16);
    if (end < start) throw new Error(`A unicode-range that ends before it starts: "${part}"`);
    for (let codePoint = start; codePoint <= end; codePoint += 1) found.add(codePoint);
  }
  return found;
}

/**
 * The fewest runs that hold every code point of `required` and none of `forbidden`: two
 * neighbouring required code points share a run unless a forbidden one lies between them.
 * What falls in a run's gaps is neither required nor forbidden, so naming it costs
 * nothing, and the `unicode-range` text is a few runs instead of dozens.
 */
export function runsAround(required: CodePoints, forbidden: CodePoints): Set<number> {
  const sorted = [...required].sort((a, b) => a - b);
  const blocked = [...forbidden].sort((a, b) => a - b);
  const result = new Set<number>();
  let next = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const from = sorted[i]!;
    const to = sorted[i + 1];
    result.add(from);
    if (to === undefined) break;
    while (next < blocked.length && blocked[next]! <= from) next += 1;
    if (next < blocked.length && blocked[next]! < to) continue;
    for (let codePoint = from + 1; codePoint < to; codePoint += 1) result.add(codePoint);
  }
  return result;
}
