/** The inquiry form's values, read from and written to its controls (for sending and for the draft). */
import { FIELDS, isListField, type FormValues } from '../../inquiry/shared/schema';

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
