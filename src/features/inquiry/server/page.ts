/**
 * The answers a browser without JavaScript gets: the static inquiry page,
 * fetched from the site's own assets and rewritten with HTMLRewriter (workerd)
 * to show what happened, with every value the person typed filled back in.
 */
import type { Assets } from './config';
import { classWith, describedByWith, errorEdits } from '../shared/error-display';
import { errorSummary, notice, type Notice } from '../shared/markup';
import { inquiryUi } from '../shared/words';
import { FIELDS, type FieldErrors, type InquiryField } from '../shared/schema';
import type { Submitted } from './body';

export interface PageState {
  /** What was posted; only the form's own fields are written back. */
  values: Submitted;
  errors?: FieldErrors;
  notice?: Notice;
}

const noStore = { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' };

const asText = (v: unknown) => (typeof v === 'string' ? v : '');
const asList = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

async function fetchPage(assets: Assets, request: Request, path: string): Promise<Response> {
  const response = await assets.fetch(new URL(path, request.url).href);
  if (!response.ok) throw new Error(`Static page ${path} answered ${response.status}`);
  return response;
}

/** Shows the fields in error, as the browser script does (shared/error-display.ts). */
function showErrors(rewriter: HTMLRewriter, errors: FieldErrors): HTMLRewriter {
  return errorEdits(errors).reduce(
    (chain, edit) =>
      chain.on(edit.selector, {
        element(el) {
          if ('addClass' in edit) el.setAttribute('class', classWith(el.getAttribute('class'), edit.addClass));
          else if ('showText' in edit) {
            el.removeAttribute('hidden');
            // Plain text: HTMLRewriter escapes it.
            el.setInnerContent(edit.showText);
          } else if ('describedBy' in edit)
            el.setAttribute('aria-describedby', describedByWith(el.getAttribute('aria-describedby'), edit.describedBy));
          else el.setAttribute('aria-invalid', 'true');
        },
      }),
    rewriter,
  );
}

/** The inquiry page showing an outcome: errors, a failure notice, the values kept. */
export async function renderFormPage(
  assets: Assets,
  request: Request,
  state: PageState,
  status: number,
): Promise<Response> {
  const page = await fetchPage(assets, request, '/inquiry/');
  const errors = state.errors ?? {};
  const known = (name: string | null): name is InquiryField => name !== null && FIELDS.includes(name as InquiryField);
  const hasErrors = Object.keys(errors).length > 0;

  const status_html = hasErrors
    ? errorSummary(errors, { autofocus: true })
    : state.notice
      ? notice(state.notice, { autofocus: true })
      : '';

  // The select being read: HTMLRewriter streams the page in order, so its options follow it.
  let select: InquiryField | undefined;
  const rewriter = new HTMLRewriter()
    .on('title', {
      element(el) {
        if (hasErrors || state.notice?.kind === 'error') el.prepend(inquiryUi.errorTitlePrefix);
      },
    })
    .on('[data-inquiry-status]', {
      element(el) {
        el.setInnerContent(status_html, { html: true });
      },
    })
    .on('input[name]', {
      element(el) {
        const name = el.getAttribute('name');
        if (!known(name)) return;
        if (el.getAttribute('type') === 'checkbox') {
          const chosen = asList(state.values[name]);
          if (chosen.includes(el.getAttribute('value') ?? '')) el.setAttribute('checked', '');
          else el.removeAttribute('checked');
        } else {
          el.setAttribute('value', asText(state.values[name]));
        }
      },
    })
    .on('select[name]', {
      element(el) {
        const name = el.getAttribute('name');
        select = known(name) ? name : undefined;
      },
    })
    .on('select[name] option', {
      // The posted option of its select is selected, and only it.
      element(el) {
        const value = el.getAttribute('value') ?? '';
        const posted = select === undefined ? '' : asText(state.values[select]);
        if (value !== '' && value === posted) el.setAttribute('selected', '');
        else el.removeAttribute('selected');
      },
    })
    .on('textarea[name]', {
      element(el) {
        const name = el.getAttribute('name');
        // Plain text: HTMLRewriter escapes it.
        if (known(name)) el.setInnerContent(asText(state.values[name]));
      },
    });

  return new Response(showErrors(rewriter, errors).transform(page).body, { status, headers: noStore });
}

/** The words that change on the thanks page once something was sent (src/config/ui.ts). */
export interface ThanksWords {
  /** The built page's own title words, replaced by `title`. */
  staticTitle: string;
  title: string;
  heading: string;
}

/** The thanks page for a sent inquiry: the "sent" heading and block, the reference written in. */
export async function renderThanksPage(
  assets: Assets,
  request: Request,
  reference: string,
  viaLog: boolean,
  words: ThanksWords,
): Promise<Response> {
  const page = await fetchPage(assets, request, '/inquiry/thanks/');
  const rewriter = new HTMLRewriter()
    .on('title', {
      text(chunk) {
        // The raw text stays raw (html: true), so an entity in the site's name is kept as it is.
        if (chunk.text) chunk.replace(chunk.text.replace(words.staticTitle, words.title), { html: true });
      },
    })
    .on('[data-thanks-heading]', {
      element(el) {
        el.setInnerContent(words.heading);
      },
    })
    .on('[data-thanks-none]', {
      element(el) {
        el.remove();
      },
    })
    .on('[data-thanks-sent]', {
      element(el) {
        el.removeAttribute('hidden');
      },
    })
    .on('[data-inquiry-reference]', {
      element(el) {
        el.setInnerContent(reference);
      },
    })
    .on('[data-inquiry-log-note]', {
      element(el) {
        if (viaLog) el.removeAttribute('hidden');
      },
    });
  return new Response(rewriter.transform(page).body, { status: 200, headers: noStore });
}
