/**
 * Every interface string of the inquiry: field labels and hints, validation
 * messages, and what the form and the function say back. The browser script, the
 * page and the Pages Function all read them from here, so the same words reach
 * a person whether JavaScript runs or not.
 */

/** Where inquiries go when the form cannot deliver them. */
export const CONTACT_EMAIL = 'INLCAPPoliceTeam@state.gov';

/** Largest message, in characters. */
export const MESSAGE_MAX = 5000;

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
  participation: 'How your agency would like to take part',
  message: 'Message (optional)',
  honeypot: 'Leave this field empty',
} as const;

/** Row labels of the email INL/CAP receives, where "Your name" would read oddly. */
export const emailLabels = {
  ...labels,
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  message: 'Message',
  notGiven: 'not given',
  none: 'none',
} as const;

export const hints = {
  email: 'INL/CAP will reply to this address.',
  phone: 'Include the area code.',
  expertise: 'Select all that apply.',
  participation: 'Select all that apply.',
  message: `Anything INL/CAP should know about your agency or your interest. Up to ${MESSAGE_MAX.toLocaleString('en-US')} characters.`,
} as const;

/** One message per rule; the schema names them, so browser and server agree. */
export const errors = {
  agencyName: { required: 'Enter your agency’s name', tooLong: 'Agency name must be 200 characters or fewer' },
  agencyType: { required: 'Select your agency type' },
  city: { required: 'Enter your agency’s city', tooLong: 'City must be 100 characters or fewer' },
  state: { required: 'Select your agency’s state or territory' },
  name: { required: 'Enter your name', tooLong: 'Name must be 200 characters or fewer' },
  title: { required: 'Enter your title or rank', tooLong: 'Title or rank must be 200 characters or fewer' },
  email: {
    required: 'Enter your work email address',
    invalid: 'Enter an email address in the correct format, like name@agency.gov',
    tooLong: 'Email address must be 254 characters or fewer',
  },
  phone: {
    invalid: 'Enter a phone number using only digits, spaces and + ( ) - . x',
    tooLong: 'Phone number must be 40 characters or fewer',
  },
  expertise: { required: 'Select at least one area of expertise' },
  participation: { required: 'Select at least one way your agency would like to take part' },
  message: { tooLong: `Message must be ${MESSAGE_MAX.toLocaleString('en-US')} characters or fewer` },
} as const;

export const ui = {
  submit: 'Send inquiry',
  sending: 'Sending…',
  retry: 'Try again',
  errorSummaryHeading: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  charactersLeft: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'} left`,
  charactersOver: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'} over limit`,
  draftRestored: 'We restored the inquiry you started on this device.',
  draftClear: 'Clear the form',
  successHeading: 'Your inquiry has been sent',
  successBody: (ref: string) => `Your reference number is ${ref}. Keep it if you write to INL/CAP about this inquiry.`,
  logTransport:
    'Email delivery is not configured on this server, so the inquiry was written to the server log instead of being emailed.',
  failureHeading: 'Your inquiry could not be sent',
  failureBody: 'Nothing you typed has been lost. Try again in a minute, or send it to INL/CAP by email.',
  failureMailto: `Email your inquiry to ${CONTACT_EMAIL}`,
  rateLimited:
    'Too many inquiries have come from your network in the last few minutes. Wait a few minutes, then try again.',
  forbidden: 'This form can only be sent from this website.',
  turnstileFailed: 'We could not confirm that a person sent this form. Reload the page and try again.',
  notConfigured: 'Email delivery is not configured',
  tooLarge: 'The inquiry is too large. Shorten the message and try again.',
  unsupportedType: 'Send the form as application/x-www-form-urlencoded, multipart/form-data or application/json.',
  malformedJson: 'The request body is not valid JSON.',
  methodNotAllowed: 'Use POST to send an inquiry.',
  unexpected: 'Something went wrong on our side. Nothing you typed has been lost.',
} as const;

/** Words of the inquiry pages around the form. */
export const page = {
  title: 'Send a partnership inquiry',
  description: 'Tell INL/CAP about your agency and how it would like to take part in an INL police partnership.',
  intro: `Partnership inquiries go to INL/CAP at ${CONTACT_EMAIL}. This form sends yours there.`,
  requiredNote: 'A red asterisk (*) indicates a required field.',
  agencyLegend: 'Your agency',
  contactLegend: 'How to reach you',
  privacyHeading: 'Privacy Act statement',
  privacyText:
    'The information you give in this form is used to respond to your inquiry about partnering with INL and to follow up on it. Giving it is voluntary.',
  privacyLink: 'Read the full Privacy Act statement',
  orWriteTo: 'Or write to',
  selectPlaceholder: '- Select -',
  thanksTitle: 'Inquiry sent',
  thanksDescription: 'Your partnership inquiry has been sent to INL/CAP.',
  thanksHeading: 'Your inquiry has been sent',
  thanksBody: 'Thank you for your interest in an INL police partnership.',
  thanksReference: 'Your reference number is',
  thanksKeep: 'Keep it if you write to INL/CAP about this inquiry.',
  thanksBack: 'Return to the home page',
} as const;
