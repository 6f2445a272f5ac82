/**
 * Site-wide identity and navigation: the words of the page shell that are not
 * page content. Page copy lives in `content/`.
 */
import { buildEnv } from './build-env';

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

/**
 * Links every federal site must carry in its identifier (USWDS, OMB M-17-06), and the
 * vulnerability disclosure policy (CISA BOD 20-01; VDP_URL at build).
 */
export const requiredLinks: readonly NavItem[] = [
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy policy' },
  { href: buildEnv.vdpUrl, label: 'Vulnerability disclosure policy' },
  { href: 'https://foia.state.gov/', label: 'FOIA requests' },
  { href: 'https://www.state.gov/no-fear-act-data/', label: 'No FEAR Act data' },
  { href: 'https://www.stateoig.gov/', label: 'Office of the Inspector General' },
];
