import { describe, expect, it } from 'vitest';
import countriesJson from '../../content/countries.json';
import { CountryListSchema } from '../../src/schemas/country';
import { toMapCountry } from '../../src/features/countries/map-data';
import { buildSearchIndex, normalize, search } from '../../src/features/countries/search';

const countries = CountryListSchema.parse(countriesJson).map(toMapCountry);
const index = buildSearchIndex(countries);
const found = (query: string) =>
  search(index, query).map(({ place, via }) => (via ? `${place.name} (${via})` : place.name));

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
    const names = search(index, 'b').map(({ place }) => place.name);
    expect(names.indexOf('The Bahamas')).toBeLessThan(names.indexOf('Bangladesh'));
  });

  it('finds nothing for an empty or blank query', () => {
    expect(found('')).toEqual([]);
    expect(found(' – ')).toEqual([]);
  });
});
