// The list of assisted countries as JSON, written at build time from
// content/countries.json, with its source and the date its content last changed
// (content/datasets.json), so the file says what it is wherever it is saved.
import type { APIRoute } from 'astro';
import { loadCountries, loadDataset } from '../../features/countries/build/countries';
import { countryListJson, LIST_DATASET_ID } from '../../features/countries/build/country-list-file';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The country list holds absolute links: set `site` (SITE_URL) in astro.config.mjs.');
  const document = countryListJson(await loadCountries(), await loadDataset(LIST_DATASET_ID), site);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
