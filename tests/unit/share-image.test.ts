import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareImagePath } from '../../src/features/share-image/build/paths';
import { colorToken, parseColorTokens } from '../../src/features/share-image/build/tokens';

describe('shareImagePath', () => {
  it('gives each page its own image under /og/', () => {
    const paths = ['/', '/faq/', '/inquiry/thanks/', '/404.html', '/404/'];
    expect(Object.fromEntries(paths.map((path) => [path, shareImagePath(path)]))).toEqual({
      '/': '/og/index.png',
      '/faq/': '/og/faq.png',
      '/inquiry/thanks/': '/og/inquiry/thanks.png',
      '/404.html': '/og/404.png',
      '/404/': '/og/404.png',
    });
  });

  it('refuses a path that would leave the folder', () => {
    expect(() => shareImagePath('/../secrets/')).toThrow(/No share image/);
  });
});

describe('the colour tokens the share images use', () => {
  it('are read from src/styles/tokens.css', () => {
    const tokens = parseColorTokens(readFileSync('src/styles/tokens.css', 'utf8'));
    for (const name of ['primary-darker', 'accent-warm', 'accent-cool', 'white', 'primary-muted']) {
      expect(colorToken(tokens, name)).toMatch(/^#[0-9a-f]{3,8}$/);
    }
  });

  it('name a missing token instead of drawing in a default colour', () => {
    const tokens = parseColorTokens(':root { --color-ink: #1B1B1B; /* ink */ }');
    expect(colorToken(tokens, 'ink')).toBe('#1b1b1b');
    expect(() => colorToken(tokens, 'primary')).toThrow('src/styles/tokens.css has no --color-primary.');
  });
});
