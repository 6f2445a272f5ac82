/**
 * The USWDS character count for the message: the visible count changes at once,
 * the announcement for screen readers only after a pause in typing, so it does
 * not talk over every keystroke.
 */
import { inquiryUi } from '../shared/words';

export class CharacterCount {
  #timer = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly max: number,
  ) {}

  update(field: HTMLTextAreaElement, announce: boolean): void {
    const left = this.max - field.value.length;
    const text = left >= 0 ? inquiryUi.charactersLeft(left) : inquiryUi.charactersOver(-left);
    const visible = this.root.querySelector<HTMLElement>('[data-count-message]');
    const spoken = this.root.querySelector<HTMLElement>('[data-count-status]');
    if (visible) {
      visible.hidden = false;
      visible.textContent = text;
      visible.classList.toggle('usa-character-count__message--invalid', left < 0);
    }
    window.clearTimeout(this.#timer);
    if (announce && spoken) this.#timer = window.setTimeout(() => (spoken.textContent = text), 1000);
  }
}
