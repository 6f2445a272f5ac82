/**
 * The site's one rule for ids that appear in addresses (/faq/#cost, /countries/#kenya,
 * /partners/#hosting): lowercase letters and digits, words joined by single hyphens.
 * Content ids are checked against it (src/schemas/rules.ts); ids made from names use
 * `slugify`, so both kinds look alike.
 */
import { fold } from './fold';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from any name: accents dropped, lowercase, every other run of characters one hyphen. */
export function slugify(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
