/**
 * Every interface string of the inquiry: field labels and hints, validation
 * messages, and what the form and the function say back. The browser script, the
 * page and the Pages Function all read them from here, so the same words reach
 * a person whether JavaScript runs or not.
 */

import { site } from '../../../config/site';

/** Where inquiries go when the form cannot deliver them. */
export const CONTACT_EMAIL = site.contactEmail;

/**
 * Numbers as a person reads them: 5,000, not 5000. Not `toLocaleString`: its first call
 * on a page loads the browser's number formats, most of the form script's start (ADR 0010).
 */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const labels = {
  agencyName: 'Agency name',
  agencyType: 'Agency type',
  city: 'City',
  state: 'State or territory',
  name: 'Your name',
  title: 'Title or rank',
  email: 'Work email',
  phone: 'Phone (optional)',
  expertise: 'Areas of expertise',
  expertiseOther: 'Describe the other expertise (optional)',
  participation: 'How your agency would like to take part',
  message: 'Message (optional)',
  honeypot: 'Leave this field empty',
} as const;

/** Row labels of the email INL/CAP receives, where "Your name" would read oddly. */
export const emailLabels = {
  ...labels,
  name: 'Name',
  email: 'Email (as typed; not verified)',
  phone: 'Phone',
  expertiseOther: 'Other expertise',
  message: 'Message',
  notGiven: 'not given',
  none: 'none',
} as const;

export const hints = {
  email: 'INL/CAP will reply to this address.',
  phone: 'Include the area code.',
  expertise: 'Select all that apply.',
  participation: 'Select all that apply.',
  message: (max: number) =>
    `Anything INL/CAP should know about your agency or your interest. Up to ${count(max)} characters.`,
} as const;

/**
 * The validation messages of each field. Limits are not restated here: the
 * schema (./schema.ts) passes each field's own limit to `tooLong`, so a changed
 * limit changes its message too.
 */
export const errors = {
  agencyName: { required: 'Enter your agency’s name', noun: 'Agency name' },
  agencyType: { required: 'Select your agency type' },
  city: { required: 'Enter your agency’s city', noun: 'City' },
  state: { required: 'Select your agency’s state or territory' },
  name: { required: 'Enter your name', noun: 'Name' },
  title: { required: 'Enter your title or rank', noun: 'Title or rank' },
  email: {
    required: 'Enter your work email address',
    invalid: 'Enter an email address in the correct format, like name@agency.gov',
    noun: 'Email address',
  },
  phone: {
    invalid: 'Enter a phone number using only digits, spaces and + ( ) - . with any extension after ext, x or #',
    noun: 'Phone number',
  },
  expertise: { required: 'Select at least one area of expertise' },
  expertiseOther: { noun: 'The description of the other expertise' },
  participation: { required: 'Select at least one way your agency would like to take part' },
  message: { noun: 'Message' },
} as const;

/** "Message must be 5,000 characters or fewer". */
export const tooLong = (noun: string, max: number) => `${noun} must be ${count(max)} characters or fewer`;

export const inquiryUi = {
  submit: 'Send inquiry',
  sending: 'Sending…',
  retry: 'Try again',
  errorSummaryHeading: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  charactersLeft: (n: number) => `${count(n)} ${n === 1 ? 'character' : 'characters'} left`,
  charactersOver: (n: number) => `${count(n)} ${n === 1 ? 'character' : 'characters'} over limit`,
  draftRestored: 'We restored the inquiry you started in this tab.',
  draftKept: 'It is kept in this browser tab only, and goes when you close the tab or send the inquiry.',
  draftClear: 'Clear the form',
  successHeading: 'Your inquiry has been sent',
  /** The reference sentence, around the reference itself, which is shown whole (never split across lines). */
  referenceIs: 'Your reference number is',
  referenceKeep: 'Keep it if you write to INL/CAP about this inquiry.',
  /**
   * What happens next, shown with the reference both by the form's script and by the
   * thanks page. In the brochure's terms ("How does it work?"); no timeline, since the
   * brochure gives none.
   */
  nextHeading: 'What happens next',
  nextSteps: [
    'INL/CAP will contact your agency about your inquiry, at the email address you gave.',
    'A partnership begins with a memorandum of understanding (MOU) that INL and your agency negotiate and sign; it outlines the parameters of the relationship.',
  ],
  logTransport:
    'Email delivery is not configured on this server, so the inquiry was written to the server log instead of being emailed.',
  failureHeading: 'Your inquiry could not be sent',
  failureBody: 'Nothing you typed has been lost. Try again in a minute, or send it to INL/CAP by email.',
  failureMailto: `Email your inquiry to ${CONTACT_EMAIL}`,
  /**
   * The request went out and no answer came back (a lost response, a dropped network):
   * the inquiry may have arrived. A retry carries the same submission id and values,
   * so the function recognises it and sends nothing twice (ADR 0004).
   */
  unconfirmedHeading: 'We could not confirm that your inquiry arrived',
  unconfirmedBody: 'Press Try again: it will not be sent twice. Nothing you typed has been lost.',
  /** A retry after an unconfirmed attempt failed too: only now is email offered, with this note. */
  stillUnconfirmedHeading: 'We still could not confirm that your inquiry arrived',
  stillUnconfirmedBody:
    'Nothing you typed has been lost. Try again in a minute (it will not be sent twice), or send it to INL/CAP by email.',
  earlierAttemptNote:
    'If you send it by email, say that you also tried to send it with this form: that attempt may have arrived.',
  /** The first line of the prefilled email after an unconfirmed attempt, so INL/CAP can tell a duplicate. */
  earlierAttemptMailto:
    'I also tried to send this inquiry with the form on the website, and could not confirm that it arrived.',
  rateLimited:
    'Too many inquiries have come from your network in the last few minutes. Wait a few minutes, then try again.',
  siteBusy: `The form cannot take more inquiries just now. Nothing you typed has been lost: try again later, or write to ${CONTACT_EMAIL}.`,
  forbidden: 'This form can only be sent from this website.',
  turnstileFailed: 'We could not confirm that a person sent this form. Reload the page and try again.',
  turnstileUnavailable:
    'We could not check that a person sent this form just now. Nothing you typed has been lost: try again in a moment.',
  tooFastHeading: 'Please check your answers',
  tooFastBody:
    'The form was sent very quickly, as browser autofill sometimes does. Nothing was sent yet and nothing you typed has been lost: check your answers, then press Send inquiry again.',
  notConfigured: 'Email delivery is not configured',
  tooLarge: 'The inquiry is too large. Shorten the message and try again.',
  unsupportedType: 'Send the form as application/x-www-form-urlencoded, multipart/form-data or application/json.',
  malformedJson: 'The request body is not valid JSON.',
  methodNotAllowed: 'Use POST to send an inquiry.',
  unexpected: 'Something went wrong on our side. Nothing you typed has been lost.',
} as const;
