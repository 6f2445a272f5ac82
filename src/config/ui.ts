/** A run of text in a sentence, optionally in bold (the USWDS banner's wording). */
export interface TextRun {
  text: string;
  strong?: boolean;
}

/** A sentence as runs, typed as such (not narrowed to literals by `as const`). */
const runs = (...parts: TextRun[]): readonly TextRun[] => parts;

/**
 * Interface words of the site as a whole: the page shell's (banner, header, footer)
 * and the content pages' labels, buttons and messages. Program facts and page prose
 * live in content/; the site's identity and navigation in ./site.ts; each feature's
 * words in its own src/features/<name>/shared/words.ts (the FAQ's and the search's are
 * included below for the pages that render them).
 */
import { faqUi } from '../features/faq/shared/words';
import { searchUi } from '../features/search/shared/words';
import { site } from './site';

export const siteUi = {
  shell: {
    skipLink: 'Skip to main content',
    /** USWDS's official-website banner, in its standard wording. */
    banner: {
      label: 'Official website of the United States government',
      text: 'An official website of the United States government',
      action: 'Here’s how you know',
      domainHeading: 'Official websites use .gov',
      domain: runs(
        { text: 'A ' },
        { text: '.gov', strong: true },
        { text: ' website belongs to an official government organization in the United States.' },
      ),
      httpsHeading: 'Secure .gov websites use HTTPS',
      https: runs(
        { text: 'A ' },
        { text: 'lock', strong: true },
        { text: ' or ' },
        { text: 'https://', strong: true },
        {
          text: ' means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
        },
      ),
    },
    navLabel: 'Primary',
    /** The narrow-screen header's button that shows the navigation and the search, and the one that hides them. */
    menuOpen: 'Menu',
    menuClose: 'Close',
    footer: {
      contactLead: 'Questions about a partnership? Email INL/CAP at',
      contactOr: 'or',
      contactInquiry: 'send an inquiry',
      identifierLabel: 'Agency identifier',
      identityLabel: 'Agency description',
      officialSiteOf: 'An official website of the',
      requiredLinksLabel: 'Important links',
      usagovLabel: 'U.S. government information and services',
      usagovText: 'Looking for U.S. government information and services?',
      usagovLink: 'Visit USA.gov',
    },
  },
  inquiry: {
    heading: 'Interested in partnering with INL?',
    intro: 'Partnership inquiries go to INL/CAP. Send one through the inquiry form, or email INL/CAP directly.',
    button: 'Send an inquiry',
  },
  home: {
    shortAnswersHeading: 'At a glance',
    figuresHeading: 'The program in numbers',
    onThisPage: 'On this page',
    partnersLink: 'Partner types and their work',
    stepsLink: 'How a partnership works, step by step',
    faqLink: 'Questions agencies ask',
  },
  partners: {
    typesHeading: 'Who INL’s police partners are',
    activitiesHeading: 'What partners do',
    providedByInl: 'Given by INL/CAP to partners',
    examplesHeading: 'For example',
    /** The inquiry link on a partner type's card, with its agency type chosen, or the ones to choose from. */
    inquiryAs: (choices: readonly string[]) =>
      choices.length === 1
        ? `Send an inquiry as a ${choices[0]!.toLowerCase()}`
        : `Send an inquiry (choose ${choices.map((c) => `“${c}”`).join(' or ')} as the agency type)`,
    stepsHeading: 'How a partnership works',
    stepsMore: 'More in the FAQ:',
  },
  brief: {
    /** The link to /brief/ from the partners page and the FAQ. */
    link: 'Print a one-page brief',
    termsHeading: 'Cost, commitment, participation and certification',
    /** Shown where JavaScript runs; prints the page. */
    printButton: 'Print this brief',
    /** Shown in its place without JavaScript. */
    printHint: 'To print it, use your browser’s Print command (Ctrl+P, or Command+P on a Mac).',
    contactHeading: 'How to start',
    inquiryLabel: 'Send an inquiry:',
    emailLabel: 'Or email INL/CAP:',
    siteLabel: 'More on the website:',
    qrCaption: 'Scan to open the inquiry form.',
    qrLabel: (url: string) => `QR code that opens the inquiry form at ${url}`,
  },
  faq: faqUi,
  search: searchUi,
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not on this site. Search, or choose from every page of the site.',
    lead: 'We could not find that page. It may have moved, or the address may be mistyped.',
    searchLabel: 'Search this site',
    allPages: 'Every page of this site',
  },
  /** The inquiry page and its thanks page; the form's own labels and messages are in src/features/inquiry/shared/words.ts. */
  inquiryPage: {
    title: 'Send a partnership inquiry',
    description: 'Tell INL/CAP about your agency and how it would like to take part in an INL police partnership.',
    intro: `Partnership inquiries go to INL/CAP at ${site.contactEmail}. This form sends yours there.`,
    requiredNote: 'A red asterisk (*) indicates a required field.',
    agencyLegend: 'Your agency',
    contactLegend: 'How to reach you',
    privacyHeading: 'Privacy Act statement',
    privacyText:
      'The information you give in this form is used to respond to your inquiry about partnering with INL and to follow up on it. Giving it is voluntary.',
    privacyLink: 'Read the full Privacy Act statement',
    orWriteTo: 'Or write to',
    selectPlaceholder: '- Select -',
    /** The thanks page as built: opened without a reference, it confirms nothing. */
    thanksTitle: 'Inquiry confirmation',
    thanksDescription: 'Where the inquiry form confirms a partnership inquiry it has sent to INL/CAP.',
    thanksNoneHeading: 'No inquiry to confirm',
    thanksNoneBody: 'This page confirms an inquiry sent with the inquiry form, and no inquiry reference was given.',
    thanksNoneLink: 'Send a partnership inquiry',
    /**
     * The thanks page with a reference, as the function serves it after a send. Anyone can
     * open it with any well-formed reference, so it says what the reference is, never that
     * an inquiry was sent. "Keep it…" and "What happens next" are the form's own words
     * (src/features/inquiry/shared/words.ts), which its script shows after a send.
     */
    thanksSentTitle: 'Your inquiry reference',
    thanksHeading: 'Your inquiry reference',
    thanksBody: 'Thank you for your interest in an INL police partnership.',
    thanksReference: 'If you sent an inquiry, its reference number is',
    thanksBack: 'Return to the home page',
  },
  lastReviewed: 'Last reviewed',
  /** Said beside a "Link to…" once its address is on the clipboard (src/components/CopyLink.astro). */
  copyLink: {
    copied: 'Link copied.',
  },
  /** A page's share image (Open Graph): what the card says besides the page's title, and its text alternative. */
  share: {
    owner: [site.parent, site.agency],
    imageAlt: (title: string) =>
      title === site.name ? `${site.name}, ${site.parent}` : `${title}, ${site.name}, ${site.parent}`,
  },
} as const;
