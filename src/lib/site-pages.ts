import { requiredLinks } from '../config/required-links';
import { primaryNav, type NavItem } from '../config/site';

/**
 * Every page of the site, in navigation order: the primary navigation, then the
 * site's own required pages (accessibility, privacy). Used where a reader needs
 * the whole map of the site: search without JavaScript and the 404 page.
 */
export function sitePages(): NavItem[] {
  const own = requiredLinks.filter((link) => link.href.startsWith('/'));
  const seen = new Set<string>();
  return [...primaryNav, ...own].filter((item) => !seen.has(item.href) && seen.add(item.href));
}
