/**
 * <search-results>: fills the search page's results from Pagefind's index in the
 * browser, around the question as ../shared/query.ts reads it. The component
 * (../components/SearchResults.astro) renders the places results go and the synonyms.
 */
import { searchUi } from '../shared/words';
import { parseExcerpt } from '../../../lib/excerpt';
import {
  foundPage,
  planSearch,
  rankResults,
  suggest,
  type FoundPage,
  type FoundPart,
  type PagefindResultData,
  type SearchRun,
  type Synonym,
} from '../shared/query';

/** What this page uses of Pagefind's browser API (pagefind.js, built with the site). */
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { score: number; data(): Promise<PagefindResultData> }[] }>;
}

/** Results shown at most; each costs a fetch of the page's index fragment. */
const MAX_RESULTS = 20;
/** Parts of one page linked under it at most, the best-matched first. */
const MAX_SUB_RESULTS = 3;
/** Where the build puts the index (see package.json "build"). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The index's words, for "Did you mean" (written by scripts/search-words.mjs after Pagefind). */
const WORDS_URL = '/pagefind/words.json';

let pagefind: Promise<Pagefind> | undefined;
let attempts = 0;
let words: Promise<string[]> | undefined;

/** Pagefind, loaded once. Any failure (fetch or init) is forgotten, so the next search tries again. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= importPagefind().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/**
 * The index's words, loaded once. Without them search still works, only with no
 * suggestion, so a failure gives an empty list (and is forgotten, to try again).
 */
function loadWords(): Promise<string[]> {
  words ??= fetch(WORDS_URL)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
    .then((list) => (Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : []))
    .catch(() => {
      words = undefined;
      return [];
    });
  return words;
}

async function importPagefind(): Promise<Pagefind> {
  attempts += 1;
  // Browsers keep a failed module fetch in their module map (whatwg/html#6768), so
  // importing the same URL again fails without a request. Each retry asks for a new
  // module; Pagefind still finds its files from its own URL, query aside.
  const url = attempts === 1 ? PAGEFIND_URL : `${PAGEFIND_URL}?retry=${attempts}`;
  // A runtime URL: the index exists only after the build, so the bundler must not resolve it.
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  // In the page, not a Web Worker: a worker takes its content security policy
  // from its own script's headers, and only /search/ allows WebAssembly. The
  // index is small enough that searching on the main thread is instant.
  await module.options({ noWorker: true });
  await module.init();
  return module;
}

/** The synonyms the server wrote into the element (content/search-synonyms.json). */
function readSynonyms(json: string | undefined): Synonym[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? (list as Synonym[]) : [];
  } catch {
    return [];
  }
}

class SearchResults extends HTMLElement {
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #found: HTMLElement | null = null;
  #run = 0;
  #synonyms: Synonym[] = [];

  connectedCallback() {
    this.#synonyms = readSynonyms(this.dataset['synonyms']);
    this.#status = this.querySelector('[data-search-status]');
    this.#list = this.querySelector('[data-search-list]');
    this.#found = this.querySelector('[data-search-found]');
    const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input || !this.#status || !this.#list || !this.#found) return;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      // Keep the address shareable and the back button meaningful.
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.pushState(null, '', url);
      void this.#search(query);
    });
    window.addEventListener('popstate', () => {
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      void this.#search(input.value.trim());
    });

    // The script runs, so the notice for when it does not can go. Whether Pagefind
    // itself loads is told in the status when a search runs (searchUi.failed).
    this.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
    // Typing starts the download, so results are ready sooner when the search is sent.
    // A failure here is not shown: the search that follows retries and reports it.
    input.addEventListener('input', () => void loadPagefind().catch(() => undefined), { once: true });
    const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
    input.value = query;
    if (query) void this.#search(query);
  }

  /** Shows the status, and after it, when a word looks misspelt, a link that searches for the suggestion. */
  #show(status: string, suggestion?: string) {
    this.#found?.removeAttribute('hidden');
    if (!this.#status) return;
    this.#status.textContent = status;
    if (suggestion) {
      const link = this.#link(`/search/?q=${encodeURIComponent(suggestion)}`, suggestion);
      this.#status.append(` ${searchUi.didYouMean.before}`, link, searchUi.didYouMean.after);
    }
  }

  async #search(query: string) {
    const run = ++this.#run;
    this.#list?.replaceChildren();
    if (!query) {
      this.#found?.setAttribute('hidden', '');
      return;
    }
    this.#show(searchUi.searching);
    const plan = planSearch(query, this.#synonyms);
    let found: FoundPage[];
    let suggestion: string | undefined;
    try {
      const [module, vocabulary] = await Promise.all([loadPagefind(), loadWords()]);
      const runs = await Promise.all(
        plan.searches.map(async (search): Promise<SearchRun> => {
          const { results } = await module.search(search.query);
          const pages = results
            .slice(0, MAX_RESULTS)
            .map(async (result) => foundPage(await result.data(), result.score));
          return { search, found: await Promise.all(pages) };
        }),
      );
      found = rankResults(runs).slice(0, MAX_RESULTS);
      suggestion = suggest(query, vocabulary, this.#synonyms);
    } catch {
      if (run === this.#run) this.#show(searchUi.failed);
      return;
    }
    if (run !== this.#run) return; // a newer search has started
    this.#list?.replaceChildren(...found.map((page) => this.#render(page)));
    this.#show(found.length === 0 ? searchUi.noResults(query) : searchUi.results(found.length, query), suggestion);
  }

  /**
   * One result, built from text nodes: page text is never parsed as HTML. A page whose
   * match is under headings with ids (the FAQ's questions) lists those parts, each
   * linking straight to its heading, in place of the page's own excerpt.
   */
  #render(page: FoundPage): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-results__item';
    const heading = document.createElement('h3');
    heading.className = 'search-results__title';
    heading.append(this.#link(page.url, page.title));
    item.append(heading);
    const parts: FoundPart[] = page.parts.slice(0, MAX_SUB_RESULTS);
    if (parts.length === 0) {
      item.append(this.#excerpt(page.excerpt));
      return item;
    }
    const list = document.createElement('ul');
    list.className = 'search-results__parts';
    for (const part of parts) {
      const entry = document.createElement('li');
      entry.append(this.#link(part.url, part.title));
      entry.append(this.#excerpt(part.excerpt));
      list.append(entry);
    }
    item.append(list);
    return item;
  }

  #link(href: string, text: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.className = 'usa-link';
    link.href = href;
    link.textContent = text;
    return link;
  }

  #excerpt(html: string): HTMLParagraphElement {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-results__excerpt';
    for (const part of parseExcerpt(html)) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    return excerpt;
  }
}

customElements.define('search-results', SearchResults);
