/**
 * Site-wide identity and navigation: the words of the page shell that are not
 * page content. Page copy lives in `content/`.
 *
 * Plain constants, no build environment: the inquiry form's script imports this file,
 * so whatever it holds reaches the browser. The footer's required links, which read
 * VDP_URL, are in ./required-links.ts.
 */

export const site = {
  name: 'INL Police Partnerships',
  agency: 'Bureau of International Narcotics and Law Enforcement Affairs',
  agencyShort: 'INL',
  office: 'Office of Criminal Justice Assistance and Partnership (INL/CAP)',
  parent: 'U.S. Department of State',
  parentUrl: 'https://www.state.gov/',
  inlUrl: 'https://www.state.gov/j/inl/',
  contactEmail: 'INLCAPPoliceTeam@state.gov',
  locale: 'en_US',
} as const;

export interface NavItem {
  /** Path of the page, with its trailing slash. */
  href: string;
  label: string;
}

/** Primary navigation, in reading order. */
export const primaryNav: readonly NavItem[] = [
  { href: '/', label: 'Home' },
  { href: '/partners/', label: 'Partners' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/countries/', label: 'Countries' },
  { href: '/inquiry/', label: 'Send an inquiry' },
];
