import { buildEnv } from './build-env';
import type { NavItem } from './site';

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
