/**
 * The inquiry as email: subject, plain-text and HTML bodies. Every value a person typed is escaped for where it
 * lands: line breaks never reach a header, markup never reaches the HTML.
 */
import { escapeHtml, headerSafe, textSafe } from '../shared/escape';
import { emailLabels } from '../shared/words';
import { optionLabel, options, type Inquiry } from '../shared/schema';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The inquiry as labelled rows, option values turned into their labels. */
function rows(inquiry: Inquiry): [string, string][] {
  const l = emailLabels;
  const state = optionLabel(options.states, inquiry.state);
  return [
    [l.agencyName, inquiry.agencyName],
    [l.agencyType, optionLabel(options.agencyTypes, inquiry.agencyType)],
    [l.city, inquiry.city],
    [l.state, `${state} (${inquiry.state})`],
    [l.name, inquiry.name],
    [l.title, inquiry.title],
    [l.email, inquiry.email],
    [l.phone, inquiry.phone === '' ? l.notGiven : inquiry.phone],
    [l.expertise, inquiry.expertise.map((v) => optionLabel(options.expertise, v)).join('; ')],
    ...(inquiry.expertiseOther === '' ? [] : [[l.expertiseOther, inquiry.expertiseOther] as [string, string]]),
    [l.participation, inquiry.participation.map((v) => optionLabel(options.participation, v)).join('; ')],
    [l.message, inquiry.message === '' ? l.none : inquiry.message],
  ];
}

/** "Partnership inquiry: Agency, City, ST (INQ-…)", on one line. */
export function inquirySubject(inquiry: Inquiry, reference?: string): string {
  const base = headerSafe(`Partnership inquiry: ${inquiry.agencyName}, ${inquiry.city}, ${inquiry.state}`, 180);
  return reference ? `${base} (${reference})` : base;
}

function plainText(inquiry: Inquiry, intro: string, reference?: string): string {
  const lines = [intro, ''];
  if (reference) lines.push(`Reference: ${reference}`, '');
  for (const [label, value] of rows(inquiry)) {
    lines.push(value.includes('\n') ? `${label}:\n${textSafe(value)}` : `${label}: ${textSafe(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function htmlBody(inquiry: Inquiry, intro: string, reference: string): string {
  const cells = rows(inquiry)
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 12px 4px 0">${escapeHtml(label)}</th>` +
        `<td style="padding:4px 0;white-space:pre-wrap">${escapeHtml(textSafe(value))}</td></tr>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(inquirySubject(inquiry, reference))}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5">${intro
      .split('\n\n')
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('')}` +
    `<p><strong>Reference: ${escapeHtml(reference)}</strong></p><table>${cells}</table></body></html>`
  );
}

/** What marks a suspected automated inquiry: the subject's first words, so a mail rule can file it. */
export const SUSPECTED_PREFIX = '[Suspected automated]';

/** The line at the top of a suspected automated inquiry, saying why and what to do. */
export const SUSPECTED_NOTE =
  'Suspected automated: the form\'s hidden "website" field, which people do not see, was filled in. ' +
  'Bots fill it, and so, now and then, does a password manager. Read it before replying: if a person wrote it, answer as usual.';

/**
 * The email to INL/CAP. A `suspected` inquiry (its honeypot was filled) goes to the same
 * mailbox, marked in the subject and on its first line, so nothing a person wrote is
 * ever dropped unseen.
 */
export function renderInquiryEmail(
  inquiry: Inquiry,
  reference: string,
  sentFrom: string,
  { suspected = false }: { suspected?: boolean } = {},
): RenderedEmail {
  const intro =
    (suspected ? `${SUSPECTED_NOTE}\n\n` : '') +
    `A partnership inquiry was sent from the form at ${sentFrom}. Reply to this email to answer ${headerSafe(inquiry.name)}. ` +
    `The reply address is the one the sender typed in the form; it has not been verified.`;
  const subject = inquirySubject(inquiry, reference);
  return {
    subject: suspected ? `${SUSPECTED_PREFIX} ${subject}` : subject,
    text: plainText(inquiry, intro, reference),
    html: htmlBody(inquiry, intro, reference),
  };
}

/**
 * The optional copy to the person who wrote (CONFIRMATION_EMAIL): fixed words and
 * the reference, nothing that was typed in the form, so the form cannot be used
 * to make the site mail someone else's text to any address.
 */
export function renderConfirmationEmail(reference: string, sentFrom: string): RenderedEmail {
  const lines = [
    `INL/CAP received a partnership inquiry sent from the form at ${sentFrom} with this email address as the reply address.`,
    `Its reference number is ${reference}. Keep it if you write to INL/CAP about this inquiry; to write, reply to this email.`,
    'If you did not send an inquiry, you can ignore this email.',
  ];
  return {
    subject: `Your partnership inquiry to INL/CAP (${reference})`,
    text: `${lines.join('\n\n')}\n`,
    html:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(reference)}</title></head>` +
      `<body style="font-family:sans-serif;line-height:1.5">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`,
  };
}
