/**
 * Reads the countries and ILEA collections for /countries/ and its map (build
 * time only), checks the rules that hold across each whole list (a content error
 * fails the build), and prepares the map's data once per build.
 */
import { getCollection, getEntry } from 'astro:content';
import atlas50m from 'world-atlas/countries-50m.json';
import atlas110m from 'world-atlas/countries-110m.json';
import type { Boundary } from '../../../schemas/boundary';
import type { Dataset } from '../../../schemas/dataset';
import { isListed, listedCountries, REGIONS, type Country, type Region } from '../../../schemas/country';
import { IleaListSchema, type Ilea } from '../../../schemas/ilea';
import { toMapCountry, toMapIlea, type MapData } from '../shared/map-data';
import { prepareMapGeometry } from './map-geometry';
import { byName } from '../shared/sort-name';

/** Every country assisted today (retired ones left out), sorted by name. */
export async function loadCountries(): Promise<Country[]> {
  const entries = await getCollection('countries');
  return listedCountries(entries.map((entry) => ({ ...entry.data, id: entry.id }))).sort(byName);
}

/** Every ILEA academy, with its host country resolved through its reference() to the countries collection. */
export async function loadIleas(): Promise<Ilea[]> {
  const entries = await getCollection('ileas');
  const ileas = await Promise.all(
    entries.map(async ({ id, data }) => {
      // Astro only logs a dangling reference; resolving it makes it fail the build.
      const host = data.countryId ? await getEntry(data.countryId) : undefined;
      if (data.countryId && !host) {
        throw new Error(
          `content/ileas.json: ${id}: countryId "${data.countryId.id}" is not in content/countries.json.`,
        );
      }
      // A retired host is no longer an assisted country: the academy stays, unlinked.
      return { ...data, id, countryId: host && isListed(host.data) ? host.id : undefined };
    }),
  );
  return IleaListSchema.parse(ileas);
}

/**
 * How the map draws each disputed area, and why (content/boundaries.json): the rows
 * whose `change` the map's shapes are prepared with (docs/adr/0011).
 */
export async function loadBoundaries(): Promise<Boundary[]> {
  const entries = await getCollection('boundaries');
  return entries.map(({ id, data }) => ({ ...data, id }));
}

/** A list also offered as files (content/datasets.json): its source and when its content last changed. */
export async function loadDataset(id: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`content/datasets.json has no entry "${id}".`);
  return { ...entry.data, id: entry.id };
}

let mapData: Promise<MapData> | undefined;

/**
 * The map's data (facts and shapes), prepared once per build: the page (for its
 * legend's counts) and /countries/map.json share this one promise, so the shapes
 * are simplified once.
 */
export function loadMapData(): Promise<MapData> {
  mapData ??= (async () => {
    const countries = await loadCountries();
    const ileas = await loadIleas();
    const changes = (await loadBoundaries()).flatMap((row) => (row.change ? [row.change] : []));
    return {
      countries: countries.map(toMapCountry),
      ileas: ileas.map(toMapIlea),
      geometry: prepareMapGeometry(countries, atlas50m, atlas110m, changes),
    };
  })();
  return mapData;
}

/** Countries grouped by region, regions in their fixed order, empty regions left out. */
export function groupByRegion<T extends { region: string }>(
  countries: readonly T[],
): { region: Region; countries: T[] }[] {
  return REGIONS.map((region) => ({ region, countries: countries.filter((c) => c.region === region) })).filter(
    (group) => group.countries.length > 0,
  );
}
