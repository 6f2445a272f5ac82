import { describe, expect, it } from 'vitest';
import countriesJson from '../../content/countries.json';
import ileasJson from '../../content/ileas.json';
import { CountryListSchema } from '../../src/schemas/country';
import { IleaListSchema } from '../../src/schemas/ilea';
import { placeRegion, toMapCountry, toMapIlea, type Place } from '../../src/features/countries/shared/map-data';
import {
  buildSearchIndex,
  editDistance,
  editsAllowed,
  normalize,
  search,
} from '../../src/features/countries/shared/search';

const countries = CountryListSchema.parse(countriesJson).map(toMapCountry);
// The academies' host countries are plain ids here, as in /countries/map.json.
const ileas = IleaListSchema.parse(ileasJson).map(toMapIlea);
const places: Place[] = [...countries, ...ileas];
const index = buildSearchIndex(places);
const found = (query: string) =>
  search(index, query).hits.map(({ place, via }) => (via ? `${place.name} (${via})` : place.name));
/** What Show opens for the query: a name, or undefined when the reader must choose. */
const opens = (query: string) => search(index, query).chosen?.name;

describe('the country search', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalize('  Côte d’Ivoire! ')).toBe('cote d ivoire');
    expect(found('cote')).toEqual(found('CÔTE'));
    expect(found('cote').length).toBeGreaterThan(0);
  });

  it('finds a country by its brochure label or an older name, and says which name matched', () => {
    // A word of the current name matches first, so no other name is shown.
    expect(found('Macedonia')).toEqual(['North Macedonia']);
    expect(found('Myanmar')).toEqual(['Burma (Myanmar)']);
    expect(found('Cape Verde')).toEqual(['Cabo Verde (Cape Verde)']);
  });

  it('matches the start of a name or of any word in it, not the middle of a word', () => {
    expect(found('Leone')).toEqual(['Sierra Leone']);
    expect(found('eone')).toEqual([]);
  });

  it('lists results in name order, "The Bahamas" under B', () => {
    const names = search(index, 'b').hits.map(({ place }) => place.name);
    expect(names.indexOf('The Bahamas')).toBeLessThan(names.indexOf('Bangladesh'));
  });

  it('finds nothing for an empty or blank query, and opens nothing', () => {
    expect(found('')).toEqual([]);
    expect(found(' – ')).toEqual([]);
    expect(opens('')).toBeUndefined();
  });
});

describe('what Show opens', () => {
  it('opens the place named exactly, though another name contains it: "Sudan" is Sudan, not South Sudan', () => {
    // The exact name comes first in the list, the other match after it.
    expect(found('Sudan')).toEqual(['Sudan', 'South Sudan']);
    expect(opens('Sudan')).toBe('Sudan');
    expect(opens('sudan ')).toBe('Sudan');
    expect(opens('Niger')).toBe('Niger');
    expect(found('Niger')).toEqual(['Niger', 'Nigeria']);
    expect(opens('Guinea')).toBe('Guinea');
  });

  it('opens by an exact other name too: "Congo", "Salvador", "Ivory Coast"', () => {
    expect(opens('Congo')).toBe('Democratic Republic of the Congo');
    expect(opens('Salvador')).toBe('El Salvador');
    expect(found('Salvador')).toEqual(['El Salvador', 'International Law Enforcement Academy San Salvador']);
    expect(opens('Ivory Coast')).toBe("Cote d'Ivoire");
  });

  it('opens the only match', () => {
    expect(found('Keny')).toEqual(['Kenya']);
    expect(opens('Keny')).toBe('Kenya');
  });

  it('opens nothing when several match and none by its exact name: "Gu" lists all three', () => {
    expect(found('Gu')).toEqual(['Guatemala', 'Guinea', 'Guyana']);
    expect(opens('Gu')).toBeUndefined();
    expect(found('ILEA')).toHaveLength(ileas.length);
    expect(opens('ILEA')).toBeUndefined();
  });

  it('finds nothing for a country that is not assisted: "Turkey"', () => {
    expect(found('Turkey')).toEqual([]);
    expect(search(index, 'Turkey')).toEqual({ hits: [], chosen: undefined, near: false });
  });
});

describe('near misses', () => {
  it('finds the closest name a letter or two away when nothing matches as typed: "Colmbia" is Colombia', () => {
    const result = search(index, 'Colmbia');
    expect(result.near).toBe(true);
    expect(found('Colmbia')).toEqual(['Colombia']);
    expect(opens('Colmbia')).toBe('Colombia');
    expect(found('Kenia')).toEqual(['Kenya']);
    // Two letters swapped count as one edit.
    expect(found('Guatamela')).toEqual(['Guatemala']);
    expect(found('Sierra Leon')).toEqual(['Sierra Leone']);
    // A word of a longer name: "Salvdor" is one edit from "Salvador".
    expect(found('Salvdor')).toEqual(['El Salvador', 'International Law Enforcement Academy San Salvador']);
  });

  it('is not tried when something matches as typed, nor for short words', () => {
    // "Chin" begins China: the prefix match wins, no near misses ("Chad") join it.
    expect(found('Chin')).toEqual(['China']);
    expect(search(index, 'Chin').near).toBe(false);
    // Four letters allow no edit: "Pery" does not find Peru.
    expect(found('Pery')).toEqual([]);
  });

  it('allows one edit up to eight letters and two from nine', () => {
    expect([3, 4, 5, 8, 9, 14].map(editsAllowed)).toEqual([0, 0, 1, 1, 2, 2]);
    // Two edits: enough at ten letters, not at eight.
    expect(found('Gautemalla')).toEqual(['Guatemala']);
    expect(found('Colmbiaa')).toEqual([]);
  });

  it('measures edits as insertions, deletions, substitutions and neighbouring swaps', () => {
    expect(editDistance('colmbia', 'colombia')).toBe(1);
    expect(editDistance('chda', 'chad')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    // Stops counting at the limit.
    expect(editDistance('kitten', 'sitting', 2)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(2);
  });
});

describe('other names of the academies', () => {
  it('"USA" and "United States" find the academy in Roswell, and open it', () => {
    for (const query of ['USA', 'United States', 'U.S.', 'united states of america']) {
      expect(opens(query), query).toBe('International Law Enforcement Academy Roswell');
    }
    expect(found('USA')).toEqual(['International Law Enforcement Academy Roswell (USA)']);
  });
});

describe('regions', () => {
  const caribbean = countries.filter((c) => c.subRegion === 'Caribbean').map((c) => c.name);

  it('"Caribbean" finds the Caribbean countries, and only those', () => {
    expect(caribbean).toHaveLength(12);
    expect(found('Caribbean')).toEqual(caribbean.map((name) => `${name} (Caribbean)`));
    expect(found('Caribbean')).toContain('The Bahamas (Caribbean)');
    expect(found('Caribbean')).not.toContain('Guyana (Caribbean)');
    expect(opens('Caribbean')).toBeUndefined();
    // A misspelt region is a near miss too.
    expect(search(index, 'Carribean').hits.map(({ place }) => place.name)).toEqual(caribbean);
  });

  it('finds a region by a whole word or its start from four letters, names first', () => {
    const central = found('Central');
    expect(central[0]).toBe('Central African Republic');
    expect(central).toContain('Mexico (Central America)');
    expect(central).toContain('Kazakhstan (Central Asia)');
    expect(found('Carib')).toHaveLength(12);
    // Short words would match most regions while a name is typed: "So" finds names only.
    expect(found('So')).toEqual(['Somalia', 'South Africa', 'South Sudan']);
  });

  it('finds the countries of a State Department bureau by its name', () => {
    const nearEast = countries.filter((c) => c.region === 'Near East').map((c) => `${c.name} (Near East)`);
    expect(found('Near East')).toEqual(nearEast);
  });
});

describe('the region a place belongs to', () => {
  const byId = new Map(places.map((p) => [p.id, p]));
  const regionOf = (id: string) => placeRegion(byId.get(id)!, byId);

  it('is a country’s bureau, and an academy’s host country’s', () => {
    const ids = ['burma', 'ilea-bangkok', 'ilea-lima', 'ilea-san-salvador', 'ilea-gaborone'];
    expect(Object.fromEntries(ids.map((id) => [id, regionOf(id)]))).toEqual({
      burma: 'East Asia and Pacific',
      'ilea-bangkok': 'East Asia and Pacific',
      'ilea-lima': 'Western Hemisphere',
      'ilea-san-salvador': 'Western Hemisphere',
      'ilea-gaborone': 'Africa',
    });
  });

  it('is none for the academy in the United States, which no bureau covers', () => {
    expect(regionOf('ilea-roswell')).toBeUndefined();
  });
});
