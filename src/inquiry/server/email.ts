/**
 * The inquiry as email: subject, plain-text and HTML bodies. Every value a person typed is escaped for where it
 * lands: line breaks never reach a header, markup never reaches the HTML.
 */
import { escapeHtml, headerSafe, textSafe } from '../shared/escape';
import { emailLabels } from '../shared/messages';
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
    `<body style="font-family:sans-serif;line-height:1.5"><p>${escapeHtml(intro)}</p>` +
    `<p><strong>Reference: ${escapeHtml(reference)}</strong></p><table>${cells}</table></body></html>`
  );
}

/** The email to INL/CAP. */
export function renderInquiryEmail(inquiry: Inquiry, reference: string, sentFrom: string): RenderedEmail {
  const intro = `A partnership inquiry was sent from the form at ${sentFrom}. Reply to this email to answer ${headerSafe(inquiry.name)}.`;
  return {
    subject: inquirySubject(inquiry, reference),
    text: plainText(inquiry, intro, reference),
    html: htmlBody(inquiry, intro, reference),
  };
}

/** The optional copy to the person who wrote (CONFIRMATION_EMAIL). */
export function renderConfirmationEmail(inquiry: Inquiry, reference: string): RenderedEmail {
  const intro = `Thank you. INL/CAP received your partnership inquiry. This is a copy of what you sent; reply to this email to write to INL/CAP.`;
  return {
    subject: `Your partnership inquiry to INL/CAP (${reference})`,
    text: plainText(inquiry, intro, reference),
    html: htmlBody(inquiry, intro, reference),
  };
}
