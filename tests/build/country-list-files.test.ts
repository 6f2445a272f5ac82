/**
 * The country list's files, as built: read back (the CSV by a strict RFC 4180 reader,
 * the JSON by JSON.parse) and checked against content/countries.json, and the date each
 * says the content last changed checked against the content's history.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import countriesJson from '../../content/countries.json';
import datasetsJson from '../../content/datasets.json';
import { CountryListSchema } from '../../src/schemas/country';
import { DatasetSchema } from '../../src/schemas/dataset';
import {
  CSV_BOM,
  CSV_LIST_SEPARATOR,
  LIST_DATASET_ID,
  LIST_FILES,
} from '../../src/features/countries/build/country-list-file';
import { byName } from '../../src/features/countries/shared/sort-name';
import { parseCsv } from '../support/csv';
import { distDir, fileForPath, requireBuild } from '../support/site';

requireBuild();
const countries = CountryListSchema.parse(countriesJson).sort(byName);
const dataset = DatasetSchema.parse(datasetsJson.find((d) => d.id === LIST_DATASET_ID));
const read = (path: string) => readFileSync(fileForPath(path) ?? join(distDir, path), 'utf8');
const listPage = (JSON.parse(read(LIST_FILES.json)) as { page: string }).page;
const linkOf = (id: string) => new URL(`#${id}`, listPage).href;

describe(`the country list as CSV (${LIST_FILES.csv})`, () => {
  const text = read(LIST_FILES.csv);

  it('starts with the UTF-8 byte-order mark, so Excel reads it as UTF-8', () => {
    expect(text.startsWith(CSV_BOM)).toBe(true);
  });

  it('reads back as a header row and one row per country, in the list’s order, field for field', () => {
    const [header, ...rows] = parseCsv(text.slice(CSV_BOM.length));
    expect(header).toEqual(['Name', 'Region', 'Sub-region', 'Other names', 'Link']);
    expect(rows).toEqual(
      countries.map((c) => [c.name, c.region, c.subRegion ?? '', c.aliases.join(CSV_LIST_SEPARATOR), linkOf(c.id)]),
    );
  });
});

describe(`the country list as JSON (${LIST_FILES.json})`, () => {
  const document = JSON.parse(read(LIST_FILES.json)) as Record<string, unknown>;

  it('says what it is, where it comes from and when its content last changed', () => {
    expect(document).toMatchObject({
      title: dataset.title,
      source: dataset.source,
      lastChanged: dataset.lastChanged,
    });
    expect(new URL(document['page'] as string).pathname).toBe('/countries/');
  });

  it('holds every country, in the list’s order, with the same fields as the CSV', () => {
    expect(document['countries']).toEqual(
      countries.map((c) => ({
        name: c.name,
        region: c.region,
        subRegion: c.subRegion ?? '',
        otherNames: c.aliases,
        url: linkOf(c.id),
      })),
    );
  });
});

describe('the date the list’s content last changed (content/datasets.json)', () => {
  it('is not older than the last commit that changed the content, nor in the future', () => {
    expect(Date.parse(dataset.lastChanged)).toBeLessThanOrEqual(Date.now());
    // The build never needs git; this check does, and says so when it is not there.
    let committed: string;
    try {
      committed = execFileSync('git', ['log', '-1', '--format=%as', '--', dataset.from], { encoding: 'utf8' }).trim();
    } catch {
      console.warn('git is not available: the list’s date is not checked against its history.');
      return;
    }
    if (committed === '') return;
    expect(
      dataset.lastChanged >= committed,
      `${dataset.from} changed on ${committed}: set lastChanged in content/datasets.json to that day`,
    ).toBe(true);
  });
});
