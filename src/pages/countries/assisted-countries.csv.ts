// The list of assisted countries as CSV, written at build time from
// content/countries.json (./assisted-countries.json.ts is the same list as JSON).
// Served as text/csv, to be saved, by the rule for this path in src/security/headers.ts.
import type { APIRoute } from 'astro';
import { loadCountries } from '../../features/countries/build/countries';
import { countryListCsv } from '../../features/countries/build/country-list-file';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The country list holds absolute links: set `site` (SITE_URL) in astro.config.mjs.');
  return new Response(countryListCsv(await loadCountries(), site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
