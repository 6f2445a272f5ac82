/**
 * Pages that stand apart from the public site: the content editor, a web application
 * for staff rather than a page for readers. The site-wide gates that measure a reader's
 * page (page budgets, the one-file script rule, the pass without JavaScript, the
 * screenshots, the 320 px reflow check) leave these out, by this one list. Every other
 * gate still visits them: no foreign request, the security headers, axe.
 *
 * No imports: the Astro config, the build checks and the end-to-end tests all read it.
 */
/** The content editor's address. */
export const ADMIN_PATH = '/admin/';

export const PAGES_APART: readonly string[] = [ADMIN_PATH];

/** Whether a URL path (`/admin/`, `/admin/index.html`) is a page apart from the public site. */
export const isPageApart = (path: string): boolean => PAGES_APART.some((apart) => path.startsWith(apart));
