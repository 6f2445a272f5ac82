/**
 * Draws a page's share image (Open Graph), 1200 × 630 PNG: the page's title under the
 * program's name, in Public Sans and the site's colours. Runs at build time in Node:
 * satori lays the card out as SVG with the font's own glyphs, resvg turns it into PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { SHARE_IMAGE_SIZE } from './paths';
import { colorToken, parseColorTokens } from './tokens';

/** What one card says. */
export interface ShareCard {
  /** The page's own title, the card's headline. */
  title: string;
  /** The program's name, above the title (left out where the title is the name: the home page). */
  programName: string;
  /** Who runs the program, along the card's foot, one line each. */
  owner: readonly string[];
}

/** What every card shares: the typeface and the colours, loaded once per build. */
export interface ShareCardKit {
  fonts: Font[];
  colors: { background: string; band: string; eyebrow: string; title: string; owner: string };
}

/** Above this many characters a title is set smaller, so a long one still fits in three lines. */
const LONG_TITLE = 40;

/**
 * Loads Public Sans (regular and bold, Latin and Latin Extended) from @fontsource, in WOFF:
 * satori reads TTF, OTF and WOFF but not WOFF2. `root` is the project folder.
 */
export async function loadShareCardKit(root: URL): Promise<ShareCardKit> {
  const require = createRequire(new URL('package.json', root));
  const fonts = await Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight): Promise<Font> => ({
        name: 'Public Sans',
        weight,
        style: 'normal',
        data: await readFile(
          require.resolve(`@fontsource/public-sans/files/public-sans-${subset}-${weight}-normal.woff`),
        ),
      })),
    ),
  );
  const tokens = parseColorTokens(await readFile(new URL('src/styles/tokens.css', root), 'utf8'));
  return {
    fonts,
    colors: {
      // The navigation band's dark blue, with the site's gold accent and light blue text.
      background: colorToken(tokens, 'primary-darker'),
      band: colorToken(tokens, 'accent-warm'),
      eyebrow: colorToken(tokens, 'accent-cool'),
      title: colorToken(tokens, 'white'),
      owner: colorToken(tokens, 'primary-muted'),
    },
  };
}

/** A node of satori's element tree: React's element shape, with no React. */
interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children: (CardNode | string)[] };
}

const div = (style: CardNode['props']['style'], ...children: (CardNode | string | null)[]): CardNode => ({
  type: 'div',
  props: { style, children: children.filter((child) => child !== null) },
});

/** The card as satori's element tree (flexbox, inline styles: satori's own dialect). */
function card({ title, programName, owner }: ShareCard, { colors }: ShareCardKit): CardNode {
  const eyebrow =
    title.trim() === programName ? null : div({ fontSize: 36, fontWeight: 700, color: colors.eyebrow }, programName);
  const headline = div(
    {
      fontSize: title.length > LONG_TITLE ? 64 : 84,
      fontWeight: 700,
      lineHeight: 1.15,
      color: colors.title,
      lineClamp: 3,
    },
    title,
  );
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      backgroundColor: colors.background,
      fontFamily: 'Public Sans',
    },
    div({ height: 16, backgroundColor: colors.band }),
    div(
      { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '0 80px', gap: 24 },
      eyebrow,
      headline,
    ),
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        padding: '0 80px 56px',
        fontSize: 28,
        lineHeight: 1.3,
        color: colors.owner,
      },
      ...owner.map((line) => div({}, line)),
    ),
  );
}

/** One card as PNG bytes, 1200 × 630. */
export async function renderShareImage(content: ShareCard, kit: ShareCardKit): Promise<Buffer> {
  if (!content.title.trim()) throw new Error('A share image needs a title.');
  const svg = await satori(card(content, kit), { ...SHARE_IMAGE_SIZE, fonts: kit.fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
