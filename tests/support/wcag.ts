/** WCAG 2.2 AA, named explicitly: axe runs only the rules of these tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
