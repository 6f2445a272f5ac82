// The <faq-list> element of FaqList.astro: the filter and the expand/collapse-all
// controls over server-rendered <details>, which work without it.
import { faqUi } from '../shared/words';

/** How long typing must pause before the count is announced, so it is read once. */
const ANNOUNCE_DELAY_MS = 400;
/** Shortest typed word that opens answers: one or two letters are in nearly every answer. */
const MIN_OPENING_WORD = 3;

/**
 * A question's own words and its answer's, without its "Link to this question" control,
 * whose words (the same in every answer) would match every question.
 */
function wordsOf(item: HTMLDetailsElement): { all: string; answer: string } {
  const copy = item.cloneNode(true) as HTMLDetailsElement;
  for (const control of copy.querySelectorAll('copy-link')) control.remove();
  return {
    all: copy.textContent.toLowerCase(),
    answer: (copy.querySelector('[data-faq-answer]')?.textContent ?? '').toLowerCase(),
  };
}

class FaqList extends HTMLElement {
  #items: HTMLDetailsElement[] = [];
  #status: HTMLElement | null = null;
  #filter: HTMLInputElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Questions the filter opened because their answer matched; it closes them again. */
  #openedByFilter = new Set<HTMLDetailsElement>();
  /** Each question's words and its answer's, read once, lowercase, for the filter. */
  #words = new Map<HTMLDetailsElement, { all: string; answer: string }>();

  connectedCallback() {
    const tools = this.querySelector<HTMLElement>('[data-faq-tools]');
    if (!tools || this.#filter) return;
    this.#items = [...this.querySelectorAll<HTMLDetailsElement>('details[data-faq-item]')];
    for (const item of this.#items) this.#words.set(item, wordsOf(item));
    this.#filter = tools.querySelector('input');
    this.#status = tools.querySelector('[data-faq-status]');
    tools.querySelector('[data-faq-expand]')?.addEventListener('click', () => this.#setAll(true));
    tools.querySelector('[data-faq-collapse]')?.addEventListener('click', () => this.#setAll(false));
    this.#filter?.addEventListener('input', () => this.#applyFilter());
    // A question the reader opens or closes is the reader's: the filter leaves it as it is.
    // A click on the summary is also what Enter and Space on it produce.
    for (const item of this.#items) {
      item.querySelector('summary')?.addEventListener('click', () => this.#openedByFilter.delete(item));
    }
    window.addEventListener('hashchange', () => this.#revealTarget());
    this.#revealTarget();
    // A filter the browser filled in again (back to the page) applies as if typed.
    if (this.#filter?.value) this.#applyFilter();
    if (!CSS.supports('selector(::details-content)')) this.#openForPrint();
  }

  /**
   * Where CSS cannot show a closed answer on paper (no ::details-content), opens every
   * question for printing and closes again, afterwards, those that were closed.
   */
  #openForPrint() {
    let opened: HTMLDetailsElement[] = [];
    window.addEventListener('beforeprint', () => {
      opened = this.#items.filter((item) => !item.open);
      for (const item of opened) item.open = true;
    });
    window.addEventListener('afterprint', () => {
      for (const item of opened) item.open = false;
      opened = [];
    });
  }

  /** Opens or closes every question the filter shows. */
  #setAll(open: boolean) {
    for (const item of this.#items) {
      if (item.hidden) continue;
      item.open = open;
      this.#openedByFilter.delete(item);
    }
  }

  /**
   * Keeps the questions whose text contains every typed word, opens those whose answer
   * holds a typed word (so the match is seen), and announces the count.
   */
  #applyFilter() {
    const query = this.#filter?.value.trim() ?? '';
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of this.#items) {
      const { all: text, answer } = this.#words.get(item) ?? { all: '', answer: '' };
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown += 1;
      const inAnswer = match && words.some((word) => word.length >= MIN_OPENING_WORD && answer.includes(word));
      if (inAnswer && !item.open) {
        item.open = true;
        this.#openedByFilter.add(item);
      } else if (!inAnswer && this.#openedByFilter.has(item)) {
        item.open = false;
        this.#openedByFilter.delete(item);
      }
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#status) {
        this.#status.textContent = shown === 0 ? faqUi.noMatch(query) : faqUi.showing(shown, this.#items.length);
      }
    }, ANNOUNCE_DELAY_MS);
  }

  /**
   * A link to an answer or a question (site search links to the question's heading) opens
   * that question. If the filter has hidden it, the filter is cleared first; then the
   * question is brought into view.
   */
  #revealTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const item = target?.closest<HTMLDetailsElement>('details[data-faq-item]');
    if (!item || !this.#items.includes(item)) return;
    if (item.hidden && this.#filter) {
      this.#filter.value = '';
      this.#applyFilter();
    }
    item.open = true;
    this.#openedByFilter.delete(item);
    item.scrollIntoView({ block: 'start' });
  }
}

customElements.define('faq-list', FaqList);
