/**
 * The form's fields in error, on the live page: the same display the function renders
 * with JavaScript off, from one description (../shared/error-display.ts).
 */
import { describedByWith, errorEdits, GROUP_ERROR_CLASS } from '../shared/error-display';
import type { FieldErrors } from '../shared/schema';

/** Shows these errors beside their fields (after `clearFieldErrors`). */
export function showFieldErrors(form: HTMLFormElement, errors: FieldErrors): void {
  for (const edit of errorEdits(errors)) {
    for (const el of form.querySelectorAll<HTMLElement>(edit.selector)) {
      if ('addClass' in edit) el.classList.add(edit.addClass);
      else if ('showText' in edit) {
        el.textContent = edit.showText;
        el.hidden = false;
      } else if ('describedBy' in edit)
        el.setAttribute('aria-describedby', describedByWith(el.getAttribute('aria-describedby'), edit.describedBy));
      else el.setAttribute('aria-invalid', 'true');
    }
  }
}

/** Takes every field's error display away, the server's as well as the script's. */
export function clearFieldErrors(form: HTMLFormElement): void {
  for (const group of form.querySelectorAll(`.${GROUP_ERROR_CLASS}`)) group.classList.remove(GROUP_ERROR_CLASS);
  for (const message of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const described of form.querySelectorAll('[aria-describedby]')) {
    const ids = described
      .getAttribute('aria-describedby')!
      .split(/\s+/)
      .filter((id) => !id.endsWith('-error'));
    if (ids.length) described.setAttribute('aria-describedby', ids.join(' '));
    else described.removeAttribute('aria-describedby');
  }
}

/** A link of the error summary moves focus to its field and shows the field's label with it. */
export function followSummaryLink(form: HTMLFormElement, event: Event): void {
  const link = (event.target as Element).closest('[data-inquiry-summary] a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(link.getAttribute('href')!.slice(1));
  if (!target) return;
  event.preventDefault();
  const label = target.closest('fieldset')?.querySelector('legend') ?? form.querySelector(`label[for="${target.id}"]`);
  (label ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}
