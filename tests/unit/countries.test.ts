import { describe, expect, it } from 'vitest';
import atlas50m from 'world-atlas/countries-50m.json';
import atlas110m from 'world-atlas/countries-110m.json';
import countriesJson from '../../content/countries.json';
import ileasJson from '../../content/ileas.json';
import { BROCHURE_EDITION } from '../../src/schemas/brochure-edition';
import {
  CountryListSchema,
  CountrySchema,
  listedCountries,
  SUB_REGION_SOURCE,
  type Country,
} from '../../src/schemas/country';
import { IleaListSchema } from '../../src/schemas/ilea';
import { prepareMapGeometry } from '../../src/features/countries/build/map-geometry';
import { decodeRing, encodeRing } from '../../src/features/countries/shared/map-encoding';
import { byName, sortName } from '../../src/features/countries/shared/sort-name';

/** States too small to see at world zoom: each needs a marker. */
const SMALL_STATES = [
  'antigua-and-barbuda',
  'barbados',
  'dominica',
  'grenada',
  'saint-kitts-and-nevis',
  'saint-lucia',
  'saint-vincent-and-the-grenadines',
  'maldives',
  'cabo-verde',
];

const countries = CountryListSchema.parse(countriesJson);
const ileas = IleaListSchema.parse(ileasJson);
const geometry = prepareMapGeometry(countries, atlas50m, atlas110m);

/** Bounding box [west, south, east, north] of a country's decoded shape. */
function bbox(id: string): [number, number, number, number] {
  const shape = geometry.assisted.find((s) => s.id === id);
  if (!shape) throw new Error(`no shape for ${id}`);
  const points = shape.polygons.flatMap((polygon) => decodeRing(polygon[0]!, geometry.assistedScale));
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function contains(id: string, lat: number, lon: number): boolean {
  const [w, s, e, n] = bbox(id);
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

describe('content/countries.json against the brochure edition (content/brochure-edition.json)', () => {
  const printed = (places: readonly { label: string }[]) => places.map((place) => place.label).sort();

  it('records the edition as printed: 93 labels in its list, 11 on its map', () => {
    // A printed edition does not change, so its sizes are facts: a record that lost a
    // place (and the entry with it) would otherwise pass unseen.
    expect(BROCHURE_EDITION.countries).toHaveLength(93);
    expect(BROCHURE_EDITION.mapLabels).toHaveLength(11);
    expect(printed(BROCHURE_EDITION.mapLabels)).toEqual(
      [
        'Democratic Republic of Congo',
        'Bosnia',
        'Kosovo',
        'West Bank/Gaza',
        'Liberia',
        'Sudan',
        'Kenya',
        'Bolivia',
        'Mexico',
        'Haiti',
        'Colombia',
      ].sort(),
    );
  });

  it('keeps an entry for every label of the brochure list, each once, with its label as printed (listed or retired)', () => {
    const listed = countries.filter((c) => c.inBrochureList);
    expect(listed.map((c) => [c.id, c.brochureName]).sort()).toEqual(
      BROCHURE_EDITION.countries.map((place) => [place.id, place.label]).sort(),
    );
  });

  it('gives every country the brochure does not list a brochure map label or a stated listing', () => {
    for (const c of countries.filter((c) => !c.inBrochureList)) {
      expect(c.labelledOnBrochureMap || (c.listedSince !== undefined && c.listingSource !== undefined), c.id).toBe(
        true,
      );
    }
  });

  it('flags exactly the places the brochure map labels, with their labels as printed', () => {
    const labelled = countries.filter((c) => c.labelledOnBrochureMap).map((c) => c.brochureName);
    expect(labelled.sort()).toEqual(printed(BROCHURE_EDITION.mapLabels));
  });

  it('fails when a brochure country is deleted rather than retired, and says what to do', () => {
    const result = CountryListSchema.safeParse(countries.filter((c) => c.id !== 'kenya'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'The brochure lists "Kenya": content/countries.json needs its entry "kenya" with "inBrochureList": true and "brochureName": "Kenya". To take it off the site, keep the entry and add "retiredOn" with the date.',
      expect.stringMatching(
        /^labelledOnBrochureMap must be true for exactly the places the brochure's map labels: .*Found: /,
      ),
    ]);
  });

  it('fails when a country claims the brochure list but the brochure does not list it', () => {
    const changed = countries.map((c) => (c.id === 'sudan' ? { ...c, inBrochureList: true } : c));
    const messages = CountryListSchema.safeParse(changed).error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      '"sudan" has "inBrochureList": true, but the brochure does not list it: a country listed since has "listedSince" and "listingSource" instead.',
    ]);
  });

  it('lists the brochure countries today, none retired yet', () => {
    expect(listedCountries(countriesJson)).toEqual(countries);
  });

  it('uses current U.S. government short names, keeping the brochure label as an alias', () => {
    const byLabel = new Map(countries.map((c) => [c.brochureName, c]));
    expect(byLabel.get('Macedonia')?.name).toBe('North Macedonia');
    expect(byLabel.get('Cape Verde')?.name).toBe('Cabo Verde');
    expect(byLabel.get('St. Christopher and Nevis')?.name).toBe('Saint Kitts and Nevis');
    expect(byLabel.get('Bosnia')?.name).toBe('Bosnia and Herzegovina');
    expect(byLabel.get('Burma')?.name).toBe('Burma');
    for (const c of countries.filter((c) => c.brochureName !== c.name)) {
      expect(c.aliases, c.id).toContain(c.brochureName);
    }
  });

  it('gives Kosovo its user-assigned codes and West Bank/Gaza the codes of Palestine', () => {
    const byId = new Map(countries.map((c) => [c.id, c]));
    expect(byId.get('kosovo')).toMatchObject({ iso2: 'XK', iso3: 'XKX' });
    expect(byId.get('kosovo')?.isoNumeric).toBeUndefined();
    expect(byId.get('west-bank-and-gaza')).toMatchObject({ iso2: 'PS', iso3: 'PSE', isoNumeric: '275' });
  });
});

describe('the UN M49 sub-regions of content/countries.json', () => {
  const subRegionOf = (id: string) => countries.find((c) => c.id === id)?.subRegion;

  it('gives every country listed in M49 its sub-region; Kosovo, which M49 does not list, has none', () => {
    expect(countries.filter((c) => c.subRegion === undefined).map((c) => c.id)).toEqual(['kosovo']);
  });

  it('follows M49 where a guess would not: Mexico in Central America, the Bahamas in the Caribbean, Sudan in Northern Africa', () => {
    const ids = ['mexico', 'bahamas', 'sudan', 'south-sudan', 'guyana', 'west-bank-and-gaza', 'hungary', 'burma'];
    expect(Object.fromEntries(ids.map((id) => [id, subRegionOf(id)]))).toEqual({
      mexico: 'Central America',
      bahamas: 'Caribbean',
      sudan: 'Northern Africa',
      'south-sudan': 'Eastern Africa',
      guyana: 'South America',
      'west-bank-and-gaza': 'Western Asia',
      hungary: 'Eastern Europe',
      burma: 'South-eastern Asia',
    });
  });

  it('names the Caribbean countries as M49 does: twelve of the assisted countries', () => {
    expect(
      countries
        .filter((c) => c.subRegion === 'Caribbean')
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(['ATG', 'BHS', 'BRB', 'DMA', 'DOM', 'GRD', 'HTI', 'JAM', 'KNA', 'LCA', 'TTO', 'VCT']);
  });

  it('names its source', () => {
    expect(SUB_REGION_SOURCE).toMatch(/M49/);
    expect(SUB_REGION_SOURCE).toMatch(/^United Nations Statistics Division/);
  });
});

describe('the country schemas', () => {
  const kenya: Country = countries.find((c) => c.id === 'kenya')!;

  it('allows a missing numeric code for Kosovo only', () => {
    const withoutCode: Partial<Country> = { ...kenya };
    delete withoutCode.isoNumeric;
    // Without a numeric code, M49 does not list the place either: no sub-region.
    delete withoutCode.subRegion;
    expect(CountrySchema.safeParse(withoutCode).success).toBe(false);
    expect(CountrySchema.safeParse({ ...withoutCode, iso2: 'XK' }).success).toBe(true);
  });

  it('rejects a sub-region M49 does not spell that way, and a missing one', () => {
    expect(CountrySchema.safeParse({ ...kenya, subRegion: 'East Africa' }).success).toBe(false);
    const withoutSubRegion: Partial<Country> = { ...kenya };
    delete withoutSubRegion.subRegion;
    const result = CountrySchema.safeParse(withoutSubRegion);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['subRegion']);
  });

  it('rejects a list with a repeated code', () => {
    const copy = { ...kenya, id: 'kenya-again' };
    const result = CountryListSchema.safeParse([...countries, copy]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toMatch(/share the iso2 "KE"/);
  });

  it("rejects a list whose brochure-map labels are not exactly the brochure map's", () => {
    const changed = countries.map((c) => (c.id === 'peru' ? { ...c, labelledOnBrochureMap: true } : c));
    expect(CountryListSchema.safeParse(changed).success).toBe(false);
  });
});

describe('the map geometry prepared at build time', () => {
  it('has a shape or a marker for every assisted country', () => {
    const drawn = new Set([...geometry.assisted.map((s) => s.id), ...geometry.markers.map((m) => m.id)]);
    const missing = countries.filter((c) => !drawn.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
    for (const shape of geometry.assisted) {
      expect(shape.polygons.length, shape.id).toBeGreaterThan(0);
      for (const polygon of shape.polygons) expect(polygon[0]!.length, shape.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives a marker to each small island state', () => {
    const marked = new Set(geometry.markers.map((m) => m.id));
    expect(SMALL_STATES.filter((id) => !marked.has(id))).toEqual([]);
  });

  it('puts shapes where the countries are (Kosovo by name, West Bank/Gaza by id 275)', () => {
    expect(contains('kenya', -1.29, 36.82)).toBe(true); // Nairobi
    expect(contains('kosovo', 42.66, 21.17)).toBe(true); // Pristina
    expect(contains('west-bank-and-gaza', 31.9, 35.2)).toBe(true); // Ramallah
    expect(contains('west-bank-and-gaza', 31.5, 34.45)).toBe(true); // Gaza City
    expect(contains('barbados', 13.1, -59.6)).toBe(true); // Bridgetown
    expect(contains('kenya', 47.5, 19.04)).toBe(false);
  });

  it('places each marker inside its country', () => {
    for (const marker of geometry.markers) {
      expect(contains(marker.id, marker.lat, marker.lon), marker.id).toBe(true);
    }
  });

  it('draws the background without any assisted country, and without bands across the map', () => {
    expect(geometry.others.length).toBeGreaterThan(50);
    for (const polygon of geometry.others) {
      const xs = decodeRing(polygon[0]!, geometry.otherScale).map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(180);
    }
  });

  it('round-trips the compact encoding', () => {
    const ring = [
      [36.82, -1.29],
      [36.9, -1.2],
      [36.9, -1.2],
      [37, -1.35],
      [36.82, -1.29],
    ];
    expect(decodeRing(encodeRing(ring, 100), 100)).toEqual([
      [36.82, -1.29],
      [36.9, -1.2],
      [37, -1.35],
      [36.82, -1.29],
    ]);
  });

  it('writes each ring as printable polyline characters and reads back every whole number, signs and all', () => {
    // Past the antimeridian (lon + 360, see map-geometry), near both poles, and steps of one.
    const ring = [
      [179.99, 71.5],
      [190.01, -85.2],
      [190.02, -85.21],
      [-179.99, 0],
      [0, 0],
      [179.99, 71.5],
    ];
    const encoded = encodeRing(ring, 100);
    expect(encoded).toMatch(/^[?-~]+$/);
    expect(decodeRing(encoded, 100)).toEqual(ring);
    expect(decodeRing('', 100)).toEqual([]);
  });
});

describe('content/ileas.json', () => {
  it('gives every academy a location, in its host country where that is assisted', () => {
    expect(ileas.length).toBeGreaterThanOrEqual(6);
    // The build checks each countryId as a reference(); this says which one is wrong sooner.
    const ids = new Set(countries.map((c) => c.id));
    expect(ileas.filter((i) => i.countryId !== undefined && !ids.has(i.countryId)).map((i) => i.id)).toEqual([]);
    for (const ilea of ileas) {
      expect(Number.isFinite(ilea.lat) && Number.isFinite(ilea.lon), ilea.id).toBe(true);
      if (ilea.countryId) expect(contains(ilea.countryId, ilea.lat, ilea.lon), ilea.id).toBe(true);
    }
  });

  it('finds the academy in Roswell by the names of its country, the United States', () => {
    const roswell = ileas.find((i) => i.id === 'ilea-roswell');
    expect(roswell?.country).toBe('United States');
    expect(roswell?.aliases).toEqual(expect.arrayContaining(['United States', 'USA']));
  });

  it('names the long-established host cities', () => {
    expect(ileas.map((i) => i.city).sort()).toEqual(
      ['Bangkok', 'Budapest', 'Gaborone', 'Lima', 'Roswell, New Mexico', 'San Salvador'].sort(),
    );
  });
});

describe('the order of names (byName)', () => {
  it('sorts every country and academy, with and without "The", as English collation does', () => {
    const places = [...countries, ...ileas].map(({ name }) => ({ name }));
    const english = (a: { name: string }, b: { name: string }) =>
      sortName(a.name).localeCompare(sortName(b.name), 'en');
    expect(places.length).toBeGreaterThan(90);
    expect([...places].sort(byName).map((p) => p.name)).toEqual([...places].sort(english).map((p) => p.name));
    // Reversed first, so an order that merely kept the input's would fail.
    expect([...places].reverse().sort(byName)).toEqual([...places].sort(english));
  });

  it('folds accents and case, and files "The" names under their next word', () => {
    const names = ['Curaçao', 'Cuba', 'The Bahamas', 'Côte d’Ivoire', 'colombia', 'Bangladesh'].map((name) => ({
      name,
    }));
    expect(names.sort(byName).map((p) => p.name)).toEqual([
      'The Bahamas',
      'Bangladesh',
      'colombia',
      'Côte d’Ivoire',
      'Cuba',
      'Curaçao',
    ]);
  });
});
