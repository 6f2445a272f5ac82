/**
 * How the form shows fields in error, described once as edits to its elements, so the
 * browser script (on the live DOM) and the function (with HTMLRewriter, JavaScript off)
 * apply the very same display. The selectors name the hooks the form's components
 * render (data-field, data-field-group, data-error-for) and the controls' names; both
 * the DOM and HTMLRewriter understand them.
 */
import { errorId } from './markup';
import { isListField, type FieldErrors, type InquiryField } from './schema';

/** One change to every element a selector finds. */
export type ErrorEdit =
  /** The USWDS group of a field in error gets its error class (the red rule beside it). */
  | { selector: string; addClass: string }
  /** The field's message slot is shown, holding the message as plain text. */
  | { selector: string; showText: string }
  /** The control (or a checkbox group's fieldset) names the message first in aria-describedby. */
  | { selector: string; describedBy: string }
  /** Every control of the field is marked invalid. */
  | { selector: string; invalid: true };

/** The class a field's form group carries while it is in error. */
export const GROUP_ERROR_CLASS = 'usa-form-group--error';

/** The edits that show these errors on a form with no error shown. */
export function errorEdits(errors: FieldErrors): ErrorEdit[] {
  return (Object.entries(errors) as [InquiryField, string][]).flatMap(([field, message]): ErrorEdit[] => [
    { selector: `[data-field="${field}"]`, addClass: GROUP_ERROR_CLASS },
    { selector: `[data-error-for="${field}"]`, showText: message },
    // A checkbox group is described as a whole by its fieldset; any other field by its control.
    {
      selector: isListField(field) ? `fieldset[data-field-group="${field}"]` : `[name="${field}"]`,
      describedBy: errorId(field),
    },
    { selector: `[name="${field}"]`, invalid: true },
  ]);
}

/** aria-describedby with `id` first, once, ahead of the ids it already held. */
export function describedByWith(current: string | null, id: string): string {
  const ids = (current ?? '').split(/\s+/).filter(Boolean);
  return ids.includes(id) ? ids.join(' ') : [id, ...ids].join(' ');
}

/** The class attribute with `name` added, once. */
export function classWith(current: string | null, name: string): string {
  const names = (current ?? '').split(/\s+/).filter(Boolean);
  return (names.includes(name) ? names : [...names, name]).join(' ');
}
