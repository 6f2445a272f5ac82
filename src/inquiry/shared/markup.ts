/**
 * The HTML the form shows for an outcome (error summary, alerts), built in one
 * place so the browser script and the function (JavaScript off) render the very
 * same markup. Every value is escaped here.
 */
import { escapeHtml } from './escape';
import { ui } from './messages';
import { isListField, options, type FieldErrors, type InquiryField } from './schema';

/**
 * The id of a field's control, the one place control ids are made: a checkbox
 * group's box for `option`, or without one its first box (where the error
 * summary's link lands).
 */
export function fieldId(field: InquiryField | 'website', option?: string): string {
  const box = isListField(field) ? (option ?? options[field][0]!.value) : undefined;
  return box === undefined ? `inquiry-${field}` : `inquiry-${field}-${box}`;
}

/** The id of the element holding a field's error message. */
export const errorId = (field: InquiryField) => `inquiry-${field}-error`;

/** Id of a field's hint, which its control names in aria-describedby. */
export const hintId = (field: InquiryField) => `inquiry-${field}-hint`;

/** The error summary: a heading and a link to each field in error. */
export function errorSummary(errors: FieldErrors, { autofocus = false } = {}): string {
  const items = (Object.entries(errors) as [InquiryField, string][])
    .map(([field, message]) => `<li><a href="#${escapeHtml(fieldId(field))}">${escapeHtml(message)}</a></li>`)
    .join('');
  return (
    `<div class="usa-alert usa-alert--error inquiry-summary" tabindex="-1" aria-labelledby="inquiry-summary-heading" data-inquiry-summary${autofocus ? ' autofocus' : ''}>` +
    `<div class="usa-alert__body"><h2 class="usa-alert__heading" id="inquiry-summary-heading">${escapeHtml(ui.errorSummaryHeading)}</h2>` +
    `<ul class="usa-list usa-list--unstyled">${items}</ul></div></div>`
  );
}

export interface Notice {
  kind: 'success' | 'error' | 'warning' | 'info';
  heading: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** A mailto: link offered as a way round a failure. */
  mailto?: string;
}

/** A USWDS alert with a heading, some text and perhaps a mailto link; focusable so focus can move to it. */
export function notice({ kind, heading, paragraphs, mailto }: Notice, { autofocus = false } = {}): string {
  const body = paragraphs.map((p) => `<p class="usa-alert__text">${escapeHtml(p)}</p>`).join('');
  const link = mailto
    ? `<p class="usa-alert__text"><a class="usa-link" href="${escapeHtml(mailto)}">${escapeHtml(ui.failureMailto)}</a></p>`
    : '';
  return (
    `<div class="usa-alert usa-alert--${kind}" tabindex="-1" aria-labelledby="inquiry-notice-heading" data-inquiry-notice${autofocus ? ' autofocus' : ''}>` +
    `<div class="usa-alert__body"><h2 class="usa-alert__heading" id="inquiry-notice-heading">${escapeHtml(heading)}</h2>${body}${link}</div></div>`
  );
}
