import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Gives the site search's pure module (src/features/search/shared/query.ts) its own copy of the
 * helpers it shares with the map's finder (`fold`, `editDistance` in src/lib/). The
 * source stays one; only the bundle repeats it. Without this the bundler moves what two
 * scripts share into a third file, and the search page's script would import it before
 * it runs: one more request before search works, which tests/build/scripts.test.ts
 * forbids (ADR 0010). The copy is a few hundred bytes.
 */
export function ownCopyForSearch(): Plugin {
  const importer = fileURLToPath(new URL('../features/search/shared/query.ts', import.meta.url));
  const shared = new Set(['../../../lib/edit-distance.ts', '../../../lib/fold.ts']);
  return {
    name: 'inl:own-copy-for-search',
    enforce: 'pre',
    async resolveId(source, from, options) {
      if (from?.split('?')[0] !== importer || !shared.has(source)) return null;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      // A query makes it another module to the bundler, read from the same file.
      return resolved ? { ...resolved, id: `${resolved.id}?search-copy` } : null;
    },
  };
}
