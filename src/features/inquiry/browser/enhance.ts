/**
 * Two small enhancements of the inquiry form: a field shown only while a box is
 * ticked ("Describe the other expertise"), and the agency type preset by a link
 * from the partners page (`/inquiry/?agencyType=sheriff`). Without JavaScript the
 * field is always shown and the form opens without a preset; nothing breaks.
 */
import { options } from '../shared/schema';

/** Shows each [data-reveal-when="<checkbox id>"] block only while that box is ticked; returns a refresh. */
export function revealWhenTicked(root: HTMLElement): () => void {
  const pairs = [...root.querySelectorAll<HTMLElement>('[data-reveal-when]')].flatMap((block) => {
    const box = document.getElementById(block.dataset['revealWhen'] ?? '');
    return box instanceof HTMLInputElement ? [{ block, box }] : [];
  });
  const refresh = () => {
    for (const { block, box } of pairs) block.hidden = !box.checked;
  };
  for (const { box } of pairs) box.addEventListener('change', refresh);
  refresh();
  return refresh;
}

/** The agency type a link asked for, if it is one of the form's options; anything else is ignored. */
export function presetAgencyType(search: string): string | null {
  const value = new URLSearchParams(search).get('agencyType');
  return value !== null && options.agencyTypes.some((o) => o.value === value) ? value : null;
}
