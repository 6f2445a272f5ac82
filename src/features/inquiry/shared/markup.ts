/**
 * The HTML the form shows for an outcome (error summary, alerts), built in one
 * place so the browser script and the function (JavaScript off) render the very
 * same markup. Every value is escaped here.
 */
import { escapeHtml } from './escape';
import { inquiryUi } from './words';
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

/**
 * The icons of USWDS's alerts (`@uswds/uswds/dist/img/usa-icons/<name>.svg`, 24 × 24),
 * drawn inline (each kind's file named beside its path). USWDS draws them as a CSS mask that loads an SVG file the first time an
 * alert of that kind is shown, and the form's outcomes are shown when the network may be
 * gone: offline, that file fails and leaves an empty gap. Inline, nothing is fetched.
 * A unit test holds these paths to USWDS's files.
 */
export const ALERT_ICONS = {
  /** check_circle.svg */
  success:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
  /** error.svg */
  error: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  /** warning.svg */
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  /** info.svg */
  info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
} as const;

export type AlertKind = keyof typeof ALERT_ICONS;

/** An alert's opening tags, its icon inline (decorative: the heading says what kind it is). */
function alertStart(kind: AlertKind, attributes: string, extraClass = ''): string {
  return (
    `<div class="usa-alert usa-alert--${kind} inquiry-alert${extraClass}" tabindex="-1" ${attributes}>` +
    `<div class="usa-alert__body"><svg class="inquiry-alert__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${ALERT_ICONS[kind]}"/></svg>`
  );
}

/** The error summary: a heading and a link to each field in error. */
export function errorSummary(errors: FieldErrors, { autofocus = false } = {}): string {
  const items = (Object.entries(errors) as [InquiryField, string][])
    .map(([field, message]) => `<li><a href="#${escapeHtml(fieldId(field))}">${escapeHtml(message)}</a></li>`)
    .join('');
  return (
    alertStart(
      'error',
      `aria-labelledby="inquiry-summary-heading" data-inquiry-summary${autofocus ? ' autofocus' : ''}`,
      ' inquiry-summary',
    ) +
    `<h2 class="usa-alert__heading" id="inquiry-summary-heading">${escapeHtml(inquiryUi.errorSummaryHeading)}</h2>` +
    `<ul class="usa-list usa-list--unstyled">${items}</ul></div></div>`
  );
}

export interface Notice {
  kind: AlertKind;
  heading: string;
  /** A reference number, in its sentence; the number itself never breaks across lines. */
  reference?: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Steps under a heading of their own (what happens next). */
  steps?: { heading: string; items: readonly string[] };
  /** A mailto: link offered as a way round a failure. */
  mailto?: string;
}

/** A USWDS alert with a heading, some text and perhaps a mailto link; focusable so focus can move to it. */
export function notice(
  { kind, heading, reference, paragraphs, steps, mailto }: Notice,
  { autofocus = false } = {},
): string {
  const text = (html: string) => `<p class="usa-alert__text">${html}</p>`;
  const ref = reference
    ? text(
        `${escapeHtml(inquiryUi.referenceIs)} <strong class="inquiry-reference">${escapeHtml(reference)}</strong>. ${escapeHtml(inquiryUi.referenceKeep)}`,
      )
    : '';
  const body = paragraphs.map((p) => text(escapeHtml(p))).join('');
  const list = steps
    ? `<h3 class="inquiry-alert__subheading">${escapeHtml(steps.heading)}</h3>` +
      `<ul class="usa-list">${steps.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '';
  const link = mailto
    ? text(`<a class="usa-link" href="${escapeHtml(mailto)}">${escapeHtml(inquiryUi.failureMailto)}</a>`)
    : '';
  return (
    alertStart(kind, `aria-labelledby="inquiry-notice-heading" data-inquiry-notice${autofocus ? ' autofocus' : ''}`) +
    `<h2 class="usa-alert__heading" id="inquiry-notice-heading">${escapeHtml(heading)}</h2>${ref}${body}${list}${link}</div></div>`
  );
}
