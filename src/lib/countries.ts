/**
 * Reads the countries and ILEA collections for /countries/ and its map, and checks
 * the rules that hold across each whole list (a content error fails the build).
 */
import { getCollection } from 'astro:content';
import { CountryListSchema, REGIONS, type Country, type Region } from '../schemas/country';
import { IleaListSchema, checkIleaCountries, type Ilea } from '../schemas/ilea';
import { byName } from './sort-name';

/** Every assisted country, validated as a list, sorted by name. */
export async function loadCountries(): Promise<Country[]> {
  const entries = await getCollection('countries');
  return CountryListSchema.parse(entries.map((entry) => ({ ...entry.data, id: entry.id }))).sort(byName);
}

/** Every ILEA academy, checked against the country list. */
export async function loadIleas(countries: readonly Country[]): Promise<Ilea[]> {
  const entries = await getCollection('ileas');
  const ileas = IleaListSchema.parse(entries.map((entry) => ({ ...entry.data, id: entry.id })));
  const problems = checkIleaCountries(ileas, new Set(countries.map((c) => c.id)));
  if (problems.length > 0) throw new Error(`content/ileas.json: ${problems.join(' ')}`);
  return ileas;
}

/** Countries grouped by region, regions in their fixed order, empty regions left out. */
export function groupByRegion(countries: readonly Country[]): { region: Region; countries: Country[] }[] {
  return REGIONS.map((region) => ({ region, countries: countries.filter((c) => c.region === region) })).filter(
    (group) => group.countries.length > 0,
  );
}
