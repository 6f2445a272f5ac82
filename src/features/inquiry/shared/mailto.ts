/**
 * The way round a failed delivery: a mailto: link to INL/CAP with the inquiry
 * prefilled. The browser's script and the function both use it.
 */
import { headerSafe, textSafe } from './escape';
import { CONTACT_EMAIL, labels } from './words';
import type { FormValues, InquiryField } from './schema';

/**
 * A mailto: link to INL/CAP with the inquiry prefilled, for when the form cannot deliver it.
 * `note` opens the body (for instance, that an earlier attempt with the form may have arrived).
 */
export function mailtoLink(inquiry: FormValues, { note }: { note?: string } = {}): string {
  const text = (k: InquiryField) => {
    const v = inquiry[k];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };
  const subject = headerSafe(`Partnership inquiry: ${text('agencyName')}, ${text('city')}, ${text('state')}`);
  const rows = (Object.keys(labels) as (keyof typeof labels)[])
    .filter((k): k is InquiryField => k !== 'honeypot')
    .map((k) => `${labels[k]}: ${textSafe(text(k))}`);
  const body = (note ? [note, '', ...rows] : rows).join('\n');
  // encodeURIComponent, not URLSearchParams: mail clients read %20, not +, as a space.
  return `mailto:${CONTACT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
