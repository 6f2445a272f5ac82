/**
 * The design tokens' colours, read from src/styles/tokens.css, the one file that may
 * hold a hex colour. The share images are drawn at build time, outside the browser's
 * CSS, so they take the same values from the same file instead of copying them.
 */

/** `--color-name: #hex;` declarations, as tokens.css writes them. */
const COLOR_DECLARATION = /--color-([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g;

/** Every colour token of a stylesheet, by its name without `--color-` (`primary-darker`). */
export function parseColorTokens(css: string): ReadonlyMap<string, string> {
  const tokens = new Map<string, string>();
  for (const [, name, value] of css.matchAll(COLOR_DECLARATION)) {
    if (name && value) tokens.set(name, value.toLowerCase());
  }
  return tokens;
}

/** One token's colour; a renamed or removed token stops the build instead of drawing black. */
export function colorToken(tokens: ReadonlyMap<string, string>, name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`src/styles/tokens.css has no --color-${name}.`);
  return value;
}
