/**
 * The list of assisted countries as files others can reuse: a CSV for spreadsheets and
 * a JSON document, both written at build time from content/countries.json
 * (src/pages/countries/assisted-countries.{csv,json}.ts). Their columns are one list,
 * LIST_COLUMNS: the CSV's header row and the JSON's keys both come from it, so a new
 * column is one line there. Pure functions, so a unit test can check the quoting.
 */
import type { Country } from '../../../schemas/country';
import type { Dataset } from '../../../schemas/dataset';

/**
 * Where the files are served (the routes' own file names in src/pages/countries/), and
 * the name a download is saved under (the link's `download` attribute, and the CSV's
 * Content-Disposition in src/security/headers.ts).
 */
export const LIST_FILES = {
  csv: '/countries/assisted-countries.csv',
  json: '/countries/assisted-countries.json',
  csvDownloadName: 'inl-assisted-countries.csv',
} as const;

/** The content/datasets.json entry that describes the files. */
export const LIST_DATASET_ID = 'assisted-countries';

/** One column of the list: its JSON key, its CSV header, and its value for a country. */
export interface ListColumn {
  key: string;
  header: string;
  value: (country: Country, site: URL) => string | readonly string[];
}

/** The list's columns, in order. */
export const LIST_COLUMNS = [
  { key: 'name', header: 'Name', value: (c) => c.name },
  { key: 'region', header: 'Region', value: (c) => c.region },
  // Empty for the one place M49 does not list (Kosovo): see SUB_REGION_SOURCE.
  { key: 'subRegion', header: 'Sub-region', value: (c) => c.subRegion ?? '' },
  { key: 'otherNames', header: 'Other names', value: (c) => c.aliases },
  { key: 'url', header: 'Link', value: (c, site) => countryUrl(c.id, site) },
] as const satisfies readonly ListColumn[];

/** How a cell with several names joins them (no name holds a semicolon). */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * A byte-order mark first, because Excel, the spreadsheet most readers open a CSV in,
 * reads a CSV without one in the computer's legacy code page, and would show
 * "Côte d’Ivoire" garbled. With it, Excel and every other spreadsheet read UTF-8;
 * CSV libraries read it as the UTF-8 signature it is (Python: encoding "utf-8-sig").
 */
export const CSV_BOM = '\uFEFF';

/** The page's link to a country: its list entry on /countries/, which also opens it on the map. */
export function countryUrl(id: string, site: URL): string {
  return new URL(`/countries/#${id}`, site).href;
}

/**
 * One CSV field as RFC 4180 writes it: in double quotes, its own quotes doubled, when it
 * holds a comma, a quote or a line break (or starts or ends with a space, which some
 * readers trim). A value a spreadsheet would run as a formula (one starting with =, +, -
 * or @) stops the build: no name on the list starts so, and a file that others open
 * must not carry one.
 */
export function csvField(value: string): string {
  if (/^[=+\-@]/.test(value)) {
    throw new Error(`The country list's CSV would hold "${value}", which a spreadsheet runs as a formula.`);
  }
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as RFC 4180 CSV: fields joined by commas, each line ended by CRLF, after the byte-order mark. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const cell = (value: string | readonly string[]): string =>
  typeof value === 'string' ? value : value.join(CSV_LIST_SEPARATOR);

/** The list as CSV: a header row, then one row per country, in the order given. */
export function countryListCsv(countries: readonly Country[], site: URL): string {
  return toCsv([
    LIST_COLUMNS.map((column) => column.header),
    ...countries.map((country) => LIST_COLUMNS.map((column) => cell(column.value(country, site)))),
  ]);
}

/** The JSON file: what it is, where it comes from and when its content last changed, then the countries. */
export interface CountryListDocument {
  title: string;
  source: string;
  /** The day the content last changed (YYYY-MM-DD), not the day of the build. */
  lastChanged: string;
  /** The page the list is on. */
  page: string;
  countries: Record<string, string | readonly string[]>[];
}

export function countryListJson(countries: readonly Country[], dataset: Dataset, site: URL): CountryListDocument {
  return {
    title: dataset.title,
    source: dataset.source,
    lastChanged: dataset.lastChanged,
    page: new URL('/countries/', site).href,
    countries: countries.map((country) =>
      Object.fromEntries(LIST_COLUMNS.map((column) => [column.key, column.value(country, site)])),
    ),
  };
}
