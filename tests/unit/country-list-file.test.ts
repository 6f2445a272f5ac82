import { describe, expect, it } from 'vitest';
import countriesJson from '../../content/countries.json';
import { CountryListSchema, type Country } from '../../src/schemas/country';
import {
  CSV_BOM,
  countryListCsv,
  csvField,
  LIST_COLUMNS,
  toCsv,
} from '../../src/features/countries/build/country-list-file';
import { parseCsv } from '../support/csv';

const site = new URL('https://example.gov');
const kenya: Country = CountryListSchema.parse(countriesJson).find((c) => c.id === 'kenya')!;

describe('the country list as CSV (RFC 4180)', () => {
  it('quotes a field with a comma, and doubles a quote inside it', () => {
    expect(csvField('Kenya')).toBe('Kenya');
    expect(csvField('Bonaire, Sint Eustatius and Saba')).toBe('"Bonaire, Sint Eustatius and Saba"');
    expect(csvField('The “Gambia” said "The Gambia"')).toBe('"The “Gambia” said ""The Gambia"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('reads back, name for name, a country whose name holds a comma and a quote', () => {
    const odd: Country = {
      ...kenya,
      id: 'odd',
      name: 'Saint Helena, Ascension and "Tristan" da Cunha',
      aliases: ['St. Helena', 'Côte, d’Ivoire'],
    };
    const text = countryListCsv([odd, kenya], site);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(text.slice(CSV_BOM.length));
    expect(rows[0]).toEqual(LIST_COLUMNS.map((column) => column.header));
    expect(rows[1]).toEqual([
      'Saint Helena, Ascension and "Tristan" da Cunha',
      kenya.region,
      'Eastern Africa',
      'St. Helena; Côte, d’Ivoire',
      'https://example.gov/countries/#odd',
    ]);
    expect(rows[2]![0]).toBe('Kenya');
    expect(rows).toHaveLength(3);
  });

  it('ends every line, the last too, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${CSV_BOM}a,b\r\nc,d\r\n`);
  });

  it('stops the build on a value a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(() => csvField(value), value).toThrow(/formula/);
  });
});
