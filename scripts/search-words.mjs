// After Pagefind has indexed the built site: writes the index's words to
// <dist>/pagefind/words.json, the vocabulary of the search page's "Did you mean"
// (src/features/search/shared/query.ts). Read from Pagefind's own fragments (each page's
// indexed text, gzip-compressed JSON after an 12-byte signature), so it holds exactly
// the words search can find, and nothing else. The page fetches it from this site
// only, and only once a search is run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { vocabularyOf } from '../src/features/search/shared/query.ts';

const root = join(import.meta.dirname, '..');
const pagefindDir = resolve(root, process.env.DIST_DIR ?? 'dist', 'pagefind');
/** Pagefind 1.x writes this before the JSON of each fragment. */
const SIGNATURE = 'pagefind_dcd';

const fragmentDir = join(pagefindDir, 'fragment');
const texts = readdirSync(fragmentDir)
  .filter((name) => name.endsWith('.pf_fragment'))
  .sort()
  .map((name) => {
    const raw = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment this script can read.`);
    const fragment = JSON.parse(raw.slice(SIGNATURE.length));
    if (typeof fragment.content !== 'string') throw new Error(`${name}: the fragment has no text.`);
    return `${fragment.meta?.title ?? ''}\n${fragment.content}`;
  });
if (texts.length === 0) throw new Error(`No Pagefind fragments in ${fragmentDir}: run Pagefind first.`);

const words = vocabularyOf(texts);
writeFileSync(join(pagefindDir, 'words.json'), `${JSON.stringify(words)}\n`);
console.log(`Search vocabulary: ${words.length} words from ${texts.length} pages, in pagefind/words.json.`);
