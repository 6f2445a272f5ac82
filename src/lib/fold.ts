/**
 * Text without accents and in lower case ("Côte d’Ivoire" → "cote d’ivoire"): the one
 * way names are compared, whether sorted (sort-name.ts), searched (search.ts) or made
 * into ids (slug.ts).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
