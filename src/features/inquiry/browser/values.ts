/** The inquiry form's values, read from and written to its controls (for sending and for the draft). */
import { FIELDS, isListField, type FormValues } from '../shared/schema';

export function readValues(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const values: FormValues = {};
  const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');
  for (const field of FIELDS) {
    values[field] = isListField(field) ? data.getAll(field).map(text) : text(data.get(field));
  }
  // The description of "Other" goes only with Other ticked (it is hidden otherwise).
  if (!data.getAll('expertise').includes('other')) values.expertiseOther = '';
  return values;
}

export function writeValues(form: HTMLFormElement, values: FormValues): void {
  for (const field of FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    if (isListField(field)) {
      const chosen = Array.isArray(value) ? value : [];
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`))
        box.checked = chosen.includes(box.value);
    } else {
      const control = form.elements.namedItem(field);
      if (
        control instanceof HTMLInputElement ||
        control instanceof HTMLSelectElement ||
        control instanceof HTMLTextAreaElement
      ) {
        control.value = typeof value === 'string' ? value : '';
      }
    }
  }
}

/**
 * Whether every control still holds what the page was served with. The form's script
 * starts after the page has painted, so a reader may already have typed; a saved draft
 * is written only into a form nobody has touched, never over what was typed.
 */
export function isUntouched(form: HTMLFormElement): boolean {
  for (const control of form.elements) {
    if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox' || control.type === 'radio') {
        if (control.checked !== control.defaultChecked) return false;
      } else if (control.type !== 'hidden' && control.value !== control.defaultValue) return false;
    } else if (control instanceof HTMLTextAreaElement) {
      if (control.value !== control.defaultValue) return false;
    } else if (control instanceof HTMLSelectElement) {
      // A select with no `selected` option opens on its first one that is not disabled.
      const options = [...control.options];
      const served = options.find((option) => option.defaultSelected) ?? options.find((option) => !option.disabled);
      if (control.value !== (served?.value ?? '')) return false;
    }
  }
  return true;
}
