/**
 * <inquiry-form>: enhances the server-rendered inquiry form. It validates with
 * the function's own schema (validateInquiry, src/features/inquiry/shared/schema.ts), sends JSON with fetch and shows the outcome in
 * place, counts the message's characters, keeps a draft in this tab, and never sends
 * twice: a retry after an unanswered attempt carries the same submission id and values,
 * so the function recognises it (ADR 0004). Without it the form posts normally and the
 * function answers with pages.
 */
import { mailtoLink } from '../shared/mailto';
import { errorSummary, notice, type Notice } from '../shared/markup';
import { inquiryUi } from '../shared/words';
import {
  TEXT_FIELDS,
  validateInquiry,
  type FieldErrors,
  type FormValues,
  type InquiryField,
  type InquiryResponse,
} from '../shared/schema';
import { CharacterCount } from './character-count';
import { clearDraft, forgetDeviceDraft, readDraft, saveDraft } from './draft';
import { clearFieldErrors, followSummaryLink, showFieldErrors } from './field-errors';
import { presetAgencyType, revealWhenTicked } from './enhance';
import { isUntouched, readValues, writeValues } from './values';

/** The email route after an unconfirmed attempt: its first line says that attempt may have arrived. */
const unconfirmedMailto = (values: FormValues) => mailtoLink(values, { note: inquiryUi.earlierAttemptMailto });

class InquiryForm extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #submit!: HTMLButtonElement;
  #submissionId = '';
  /** When the form became interactive on this page, on the page's own monotonic clock. */
  #openedAt = 0;
  #busy = false;
  /** An attempt got no answer, so it may have arrived: the next failure says so, and only then offers email. */
  #unconfirmed = false;
  #baseTitle = document.title;
  /** The errors on show, so each goes as soon as its field is valid. */
  #shown: FieldErrors = {};
  #counter = new CharacterCount(this, TEXT_FIELDS.message.max);
  #reveal: () => void = () => undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-inquiry-status]');
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (!form || !status || !submit) return;
    this.#form = form;
    this.#status = status;
    this.#submit = submit;
    // The baseline title, without an error prefix the server may have added.
    this.#baseTitle = document.title.replace(inquiryUi.errorTitlePrefix, '');

    forgetDeviceDraft();
    const draft = readDraft();
    const serverState = status.childElementCount > 0;
    // What the reader typed before this script ran wins over a draft from earlier in this tab.
    const untouched = isUntouched(form);
    const restored = draft !== null && !serverState && untouched;
    if (restored) {
      this.#setValues(draft.values);
      this.#showDraftNotice();
    }
    // A preset from a partners-page link is what the reader chose just now: it wins over a
    // restored draft's agency type, but never over a choice made on this page before the
    // script ran (a restored draft means the form was untouched).
    const preset = presetAgencyType(location.search);
    const agencyType = form.elements.namedItem('agencyType');
    const applyPreset =
      preset !== null &&
      agencyType instanceof HTMLSelectElement &&
      !serverState &&
      (restored || agencyType.value === '');
    if (applyPreset) agencyType.value = preset;
    this.#reveal = revealWhenTicked(form);
    this.#submissionId = draft?.submissionId ?? crypto.randomUUID();
    this.#unconfirmed = restored && draft.unconfirmed === true;
    this.#field('submissionId').value = this.#submissionId;
    this.#openedAt = performance.now();
    // Kept at once if the reader typed before this script ran, or a preset changed the draft.
    if ((!untouched || (restored && applyPreset)) && !serverState) this.#saveDraft();

    // Over-long text stays visible and counted instead of being cut off on paste.
    const message = form.elements.namedItem('message');
    if (message instanceof HTMLTextAreaElement) {
      message.removeAttribute('maxlength');
      message.addEventListener('input', () => this.#counter.update(message, true));
      this.#counter.update(message, false);
    }
    for (const type of ['input', 'change'])
      form.addEventListener(type, () => {
        this.#saveDraft();
        this.#recheck();
      });
    form.addEventListener('focusout', () => this.#recheck());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send();
    });
    this.addEventListener('click', (event) => followSummaryLink(this.#form, event));
  }

  #field(name: string): HTMLInputElement {
    return this.#form.elements.namedItem(name) as HTMLInputElement;
  }

  #values(): FormValues {
    return readValues(this.#form);
  }

  #setValues(values: FormValues): void {
    writeValues(this.#form, values);
    this.#reveal();
  }

  #saveDraft(): void {
    saveDraft({
      values: this.#values(),
      submissionId: this.#submissionId,
      ...(this.#unconfirmed ? { unconfirmed: true } : {}),
    });
  }

  #showDraftNotice(): void {
    this.#status.innerHTML = notice({
      kind: 'info',
      heading: inquiryUi.draftRestored,
      paragraphs: [inquiryUi.draftKept],
    });
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'usa-button usa-button--outline margin-top-1';
    clear.textContent = inquiryUi.draftClear;
    clear.addEventListener('click', () => {
      this.#form.reset();
      clearDraft();
      this.#unconfirmed = false;
      this.#submissionId = crypto.randomUUID();
      this.#field('submissionId').value = this.#submissionId;
      this.#status.replaceChildren();
      const message = this.#form.elements.namedItem('message');
      if (message instanceof HTMLTextAreaElement) this.#counter.update(message, true);
      this.#reveal();
      this.#field('agencyName').focus();
    });
    this.#status.querySelector<HTMLElement>('.usa-alert__body')?.append(clear);
  }

  #clearErrors(): void {
    this.#shown = {};
    document.title = this.#baseTitle;
    clearFieldErrors(this.#form);
  }

  #showErrors(errors: FieldErrors, { focus = true } = {}): void {
    this.#clearErrors();
    this.#shown = errors;
    showFieldErrors(this.#form, errors);
    document.title = `${inquiryUi.errorTitlePrefix}${this.#baseTitle}`;
    this.#status.innerHTML = errorSummary(errors);
    if (focus) this.#status.querySelector<HTMLElement>('[data-inquiry-summary]')?.focus();
  }

  /** After a failed send, a field's message goes as soon as the field is valid, and the summary follows. */
  #recheck(): void {
    const before = Object.keys(this.#shown).length;
    if (before === 0) return;
    const now = validateInquiry(this.#values());
    const still: FieldErrors = {};
    for (const field of Object.keys(this.#shown) as InquiryField[]) {
      const message = now.ok ? undefined : now.errors[field];
      if (message) still[field] = message;
    }
    if (Object.keys(still).length === before) return;
    if (Object.keys(still).length > 0) this.#showErrors(still, { focus: false });
    else {
      this.#clearErrors();
      this.#status.replaceChildren();
    }
  }

  /**
   * An attempt got no answer. The first time, the honest thing is a retry, which cannot
   * send twice; email, which could, is offered only once a retry has failed too, with a
   * note that the earlier attempt may have arrived.
   */
  #showUnconfirmed(values: FormValues): void {
    this.#clearErrors();
    const first = !this.#unconfirmed;
    this.#unconfirmed = true;
    this.#saveDraft();
    this.#showNotice(
      first
        ? { kind: 'warning', heading: inquiryUi.unconfirmedHeading, paragraphs: [inquiryUi.unconfirmedBody] }
        : {
            kind: 'warning',
            heading: inquiryUi.stillUnconfirmedHeading,
            paragraphs: [inquiryUi.stillUnconfirmedBody, inquiryUi.earlierAttemptNote],
            mailto: unconfirmedMailto(values),
          },
    );
  }

  #showNotice(content: Notice): void {
    this.#status.innerHTML = notice(content);
    this.#status.querySelector<HTMLElement>('[data-inquiry-notice]')?.focus();
  }

  async #send(): Promise<void> {
    // Set before the first await, so a second click or Enter finds it and does nothing.
    if (this.#busy) return;
    const values = this.#values();
    const checked = validateInquiry(values);
    if (!checked.ok) {
      this.#showErrors(checked.errors);
      return;
    }
    this.#busy = true;
    // aria-disabled, not disabled: a disabled button would drop keyboard focus.
    this.#submit.setAttribute('aria-disabled', 'true');
    this.#submit.textContent = inquiryUi.sending;
    const token = this.#form.elements.namedItem('cf-turnstile-response');
    let outcome: 'sent' | 'failed' | 'invalid' = 'failed';
    try {
      let response: Response;
      try {
        response = await fetch(this.#form.action, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            ...values,
            submissionId: this.#submissionId,
            // Elapsed time, not a timestamp: the server never compares our clock with its own.
            fillMs: Math.round(performance.now() - this.#openedAt),
            website: this.#field('website').value,
            ...(token instanceof HTMLInputElement ? { turnstileToken: token.value } : {}),
          }),
          // The function gives up on Resend within about 8 seconds.
          signal: AbortSignal.timeout(30_000),
        });
      } catch {
        // The request may have reached the function and only its answer was lost.
        this.#showUnconfirmed(values);
        return;
      }
      const body = (await response.json().catch(() => null)) as InquiryResponse | null;
      if (!body) {
        // An answer that is not the function's own (a proxy, a cut connection): it may have sent.
        this.#showUnconfirmed(values);
      } else if (body.ok) {
        outcome = 'sent';
        this.#unconfirmed = false;
        this.#clearErrors();
        clearDraft();
        this.#form.hidden = true;
        this.#showNotice({
          kind: 'success',
          heading: inquiryUi.successHeading,
          reference: body.reference,
          paragraphs: body.transport === 'log' ? [inquiryUi.logTransport] : [],
          steps: { heading: inquiryUi.nextHeading, items: inquiryUi.nextSteps },
        });
      } else if (body.errors) {
        outcome = 'invalid';
        this.#showErrors(body.errors);
      } else if (body.error === 'too_fast') {
        // Nothing was sent: the values stay, and the next press goes through.
        outcome = 'invalid';
        this.#clearErrors();
        this.#showNotice({ kind: 'warning', heading: inquiryUi.tooFastHeading, paragraphs: [body.message] });
      } else {
        // The function answered that this attempt was not sent.
        this.#clearErrors();
        this.#showNotice({
          kind: 'error',
          heading: inquiryUi.failureHeading,
          paragraphs: this.#unconfirmed ? [body.message, inquiryUi.earlierAttemptNote] : [body.message],
          mailto: this.#unconfirmed ? unconfirmedMailto(values) : (body.mailto ?? mailtoLink(values)),
        });
      }
    } finally {
      // A Turnstile token is spent by the attempt; a retry needs a fresh one.
      if (outcome !== 'sent') window.turnstile?.reset();
      this.#busy = false;
      this.#submit.removeAttribute('aria-disabled');
      this.#submit.textContent = outcome === 'failed' ? inquiryUi.retry : inquiryUi.submit;
    }
  }
}

declare global {
  interface Window {
    /** Cloudflare Turnstile's script, when the site is built with a site key. */
    turnstile?: { reset(widget?: string): void };
  }
}

customElements.define('inquiry-form', InquiryForm);
