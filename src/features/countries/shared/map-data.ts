/**
 * The one shape of data the country map runs on: written once per build as
 * /countries/map.json (src/pages/countries/map.json.ts, from `loadMapData` in
 * ./countries.ts) and read by the <country-map> element in the browser. This
 * module imports only types, and nothing from Astro, Node or the DOM, so both
 * sides (and the unit tests) can use it.
 */
import type { Country } from '../../../schemas/country';
import type { Ilea } from '../../../schemas/ilea';
import type { MapGeometry } from '../build/map-geometry';

/** An assisted country, as the map's search, details panel and labels need it. */
export interface MapCountry {
  kind: 'country';
  /** Its URL fragment on /countries/ (e.g. "kenya"). */
  id: string;
  name: string;
  /** The State Department regional bureau. */
  region: string;
  /** The UN M49 sub-region (e.g. "Caribbean"); Kosovo, which M49 does not list, has none. */
  subRegion: string | undefined;
  /** The label printed in the brochure (e.g. "Macedonia"). */
  brochureName: string;
  /** Other names readers search for (e.g. "Myanmar"). */
  aliases: string[];
  inBrochureList: boolean;
  labelledOnBrochureMap: boolean;
}

/** An International Law Enforcement Academy or training center, at its host city. */
export interface MapIlea {
  kind: 'ilea';
  id: string;
  name: string;
  city: string;
  /** The host country's name, for display. */
  countryName: string;
  /** The host country's id, when it is an assisted country. */
  countryId: string | undefined;
  /** Other names readers search for (e.g. "USA" for the academy in Roswell). */
  aliases: string[];
  lat: number;
  lon: number;
  note: string;
}

/** Anything the map can show details of. */
export type Place = MapCountry | MapIlea;

/** What /countries/map.json holds. */
export interface MapData {
  /** Every assisted country, sorted by name. */
  countries: MapCountry[];
  /** Every academy, in content order. */
  ileas: MapIlea[];
  /** The prepared shapes and small-state markers (see ./map-geometry.ts). */
  geometry: MapGeometry;
}

/** The part of a country entry the map uses. */
export function toMapCountry(c: Country): MapCountry {
  return {
    kind: 'country',
    id: c.id,
    name: c.name,
    region: c.region,
    subRegion: c.subRegion,
    brochureName: c.brochureName,
    aliases: c.aliases,
    inBrochureList: c.inBrochureList,
    labelledOnBrochureMap: c.labelledOnBrochureMap,
  };
}

/** The part of an academy entry the map uses. */
export function toMapIlea(i: Ilea): MapIlea {
  return {
    kind: 'ilea',
    id: i.id,
    name: i.name,
    city: i.city,
    countryName: i.country,
    countryId: i.countryId,
    aliases: i.aliases,
    lat: i.lat,
    lon: i.lon,
    note: i.note,
  };
}

/**
 * The State Department region a place belongs to: a country's own, an academy's host
 * country's. An academy in a country that is not assisted (Roswell, in the United
 * States) belongs to none.
 */
export function placeRegion(place: Place, countries: ReadonlyMap<string, Place>): string | undefined {
  if (place.kind === 'country') return place.region;
  const host = place.countryId ? countries.get(place.countryId) : undefined;
  return host?.kind === 'country' ? host.region : undefined;
}
