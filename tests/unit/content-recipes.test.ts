// The content recipes of CONTRIBUTING.md, each tried as an editor would: against a copy
// of content/, the exact edit the recipe lists and nothing more, then the schemas and the
// build steps that read that content (the country list, the map's shapes, its search and
// the CSV for a country; the FAQ page's questions and structured data for a question). A
// recipe that needs more edits than it lists fails here. The added entries are fixtures
// of these tests, not content of the site.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import atlas50m from 'world-atlas/countries-50m.json';
import atlas110m from 'world-atlas/countries-110m.json';
import { countryListCsv } from '../../src/features/countries/build/country-list-file';
import { toMapCountry } from '../../src/features/countries/shared/map-data';
import { prepareMapGeometry } from '../../src/features/countries/build/map-geometry';
import { buildSearchIndex, search } from '../../src/features/countries/shared/search';
import { faqStructuredData } from '../../src/lib/plain-text';
import { BoundarySchema } from '../../src/schemas/boundary';
import { CountrySchema, listedCountries } from '../../src/schemas/country';
import { FaqSchema, faqLinkTo, listedFaqs } from '../../src/schemas/faq';
import { KeyFigureListSchema, KeyFigureSchema } from '../../src/schemas/key-figure';
import { PartnerTypeListSchema, PartnerTypeSchema } from '../../src/schemas/partner-type';
import { checkList } from '../../src/schemas/rules';
import { ShortAnswerSchema } from '../../src/schemas/short-answer';
import { contentDir, readJsonEntries, readMdx } from '../support/content-files';

const SITE = new URL('https://example.org');
const TODAY = '2027-01-15';

/** The recipe's text in CONTRIBUTING.md: the list item that starts with its bold name. */
function recipe(name: string): string {
  const text = readFileSync(join(contentDir, '../CONTRIBUTING.md'), 'utf8');
  const match = new RegExp(`^- \\*\\*${name}\\*\\*: ([\\s\\S]*?)(?=\\n- \\*\\*|\\n\\n)`, 'm').exec(text);
  if (!match?.[1]) throw new Error(`CONTRIBUTING.md has no recipe "${name}"`);
  return match[1].replace(/\s+/g, ' ');
}

/** Names as the recipes write them, in code spans. */
const code = (...names: string[]) => names.map((name) => `\`${name}\``);

/** Fails unless the recipe names every field and file the test's edit touches. */
function expectRecipeToList(name: string, edited: readonly string[]) {
  const text = recipe(name);
  for (const word of edited) expect(text, `the recipe "${name}" does not say to edit ${word}`).toContain(word);
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-recipe-'));
  cpSync(contentDir, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const readJson = (name: string) => JSON.parse(readFileSync(join(root, name), 'utf8')) as Json[];
const writeJson = (name: string, value: unknown) => writeFileSync(join(root, name), JSON.stringify(value, null, 2));
const nextOrder = (items: readonly Json[]) => Math.max(...items.map((item) => Number(item.order))) + 1;

/** The datasets.json date the country recipes ask for. */
function setListChanged() {
  writeJson(
    'datasets.json',
    readJson('datasets.json').map((row) => (row.id === 'assisted-countries' ? { ...row, lastChanged: TODAY } : row)),
  );
}

/** What the build makes of content/countries.json: the list, the map's shapes, its search, the CSV. */
function buildCountries() {
  const countries = listedCountries(readJsonEntries('countries.json', root).map((entry) => entry.data));
  const changes = readJsonEntries('boundaries.json', root).flatMap(({ data }) => {
    const row = BoundarySchema.parse(data);
    return row.change ? [row.change] : [];
  });
  const geometry = prepareMapGeometry(countries, atlas50m, atlas110m, changes);
  const index = buildSearchIndex(countries.map(toMapCountry));
  return {
    ids: countries.map((c) => c.id),
    drawn: [...geometry.assisted.map((s) => s.id), ...geometry.markers.map((m) => m.id)],
    find: (query: string) => search(index, query).hits.map((hit) => hit.place.id),
    csv: countryListCsv(countries, SITE),
  };
}

/** What the build makes of content/faqs/: each file through its schema, then the page's questions. */
function buildFaqs() {
  const entries = readMdx('faqs', root).map((entry) => ({ ...entry, data: FaqSchema.parse(entry.data) }));
  const listed = listedFaqs(entries);
  return { entries, listed, structured: faqStructuredData(listed) };
}

describe('the country recipes', () => {
  it('adds a country: on the list, drawn on the map, found by search, in the CSV', () => {
    expectRecipeToList('Add a country', [
      'content/countries.json',
      ...code(
        'id',
        'name',
        'iso2',
        'iso3',
        'isoNumeric',
        'region',
        'subRegion',
        'aliases',
        'listedSince',
        'listingSource',
        'lastChanged',
      ),
    ]);
    writeJson('countries.json', [
      ...readJson('countries.json'),
      {
        id: 'ecuador',
        name: 'Ecuador',
        iso2: 'EC',
        iso3: 'ECU',
        isoNumeric: '218',
        region: 'Western Hemisphere',
        subRegion: 'South America',
        aliases: [],
        listedSince: TODAY,
        listingSource: 'A test fixture, not a fact of the program.',
      },
    ]);
    setListChanged();

    const built = buildCountries();
    expect(built.ids).toContain('ecuador');
    expect(built.drawn).toContain('ecuador');
    expect(built.find('Ecuador')).toEqual(['ecuador']);
    expect(built.csv).toContain(
      '\r\nEcuador,Western Hemisphere,South America,,https://example.org/countries/#ecuador\r\n',
    );
  });

  it('refuses a country the brochure does not name that says nothing of its listing', () => {
    // Kenya's entry as a country the brochure does not name would have it, without a listing.
    const { inBrochureList, labelledOnBrochureMap, brochureName, ...entry } = readJson('countries.json').find(
      (c) => c.id === 'kenya',
    )!;
    expect([inBrochureList, labelledOnBrochureMap, brochureName]).toEqual([true, true, 'Kenya']);
    const result = CountrySchema.safeParse(entry);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'A country the brochure does not name needs "listedSince" (the day it was listed, YYYY-MM-DD) and "listingSource" (where its listing comes from).',
    );
  });

  it('retires a country the brochure map labels (Kosovo): gone from the list, the map, search and the CSV', () => {
    expectRecipeToList('Retire a country', code('"retiredOn": "YYYY-MM-DD"', 'lastChanged'));
    writeJson(
      'countries.json',
      readJson('countries.json').map((c) => (c.id === 'kosovo' ? { ...c, retiredOn: TODAY } : c)),
    );
    setListChanged();

    const built = buildCountries();
    expect(built.ids).not.toContain('kosovo');
    expect(built.drawn).not.toContain('kosovo');
    expect(built.find('Kosovo')).toEqual([]);
    expect(built.csv).not.toMatch(/Kosovo/);
    // The rest stays: every other country is still listed and drawn.
    expect(built.ids).toHaveLength(readJson('countries.json').length - 1);
    expect([...new Set(built.drawn)].sort()).toEqual([...built.ids].sort());
  });

  it('renames a country: the new name everywhere, the old one still found, the same link', () => {
    expectRecipeToList('Rename a country', code('name', 'aliases', 'id', 'brochureName', 'lastChanged'));
    writeJson(
      'countries.json',
      readJson('countries.json').map((c) =>
        c.id === 'kenya' ? { ...c, name: 'Republic of Kenya', aliases: [...(c.aliases as string[]), 'Kenya'] } : c,
      ),
    );
    setListChanged();

    const built = buildCountries();
    expect(built.csv).toContain(
      '\r\nRepublic of Kenya,Africa,Eastern Africa,Kenya,https://example.org/countries/#kenya\r\n',
    );
    expect(built.find('Kenya')).toEqual(['kenya']);
    expect(built.drawn).toContain('kenya');
  });
});

describe('the FAQ recipes', () => {
  const faqFile = (id: string) => join(root, 'faqs', `${id}.mdx`);
  const edit = (id: string, change: (text: string) => string) =>
    writeFileSync(faqFile(id), change(readFileSync(faqFile(id), 'utf8')));

  it('adds a question: on the page, last, and in its structured data', () => {
    expectRecipeToList('Add a FAQ', code('content/faqs/<id>.mdx', 'question', 'id', 'order'));
    const order = nextOrder(readMdx('faqs', root).map((faq) => faq.data));
    writeFileSync(
      faqFile('test-fixture-question'),
      `---\nquestion: Is this a test fixture?\nid: test-fixture-question\norder: ${order}\n---\n\nYes, only a test fixture.\n`,
    );

    const { listed, structured } = buildFaqs();
    expect(listed.at(-1)?.data.id).toBe('test-fixture-question');
    expect(structured.mainEntity.at(-1)).toEqual({
      '@type': 'Question',
      name: 'Is this a test fixture?',
      acceptedAnswer: { '@type': 'Answer', text: 'Yes, only a test fixture.' },
    });
  });

  it('retires a brochure question: off the page and its structured data, its file kept', () => {
    expectRecipeToList('Retire a FAQ', code('retiredOn: YYYY-MM-DD'));
    edit('expertise', (text) => text.replace(/^---\n/, `---\nretiredOn: ${TODAY}\n`));

    const { entries, listed, structured } = buildFaqs();
    expect(listed.map((faq) => faq.id)).not.toContain('expertise');
    expect(listed).toHaveLength(entries.length - 1);
    expect(structured.mainEntity.map((q) => q.name)).not.toContain('What type of expertise are you looking for?');
  });

  it('stops at a link to a retired question until the link is pointed elsewhere, as the recipe says', () => {
    expectRecipeToList('Retire a FAQ', code('content/short-answers.json', 'content/partnership-steps.json', 'faq'));
    edit('cost', (text) => text.replace(/^---\n/, `---\nretiredOn: ${TODAY}\n`));
    const { entries } = buildFaqs();
    const byId = new Map(entries.map((faq) => [faq.id, faq]));
    // What the home page's short answers do with their links when the build renders them.
    const links = () =>
      readJsonEntries('short-answers.json', root).map(({ data }) => {
        const answer = ShortAnswerSchema.parse(data);
        return faqLinkTo(byId.get(answer.faq.id)!, `content/short-answers.json: "${answer.id}"`);
      });
    expect(links).toThrow(
      'content/short-answers.json: "cost" links to the FAQ "cost", which is retired: link it to another question or remove the link.',
    );

    writeJson(
      'short-answers.json',
      readJson('short-answers.json').map((a) => (a.faq === 'cost' ? { ...a, faq: 'how-it-works' } : a)),
    );
    expect(links().map((link) => link.href)).toContain('/faq/#how-it-works');
  });

  it('renames a question: the new words on the page and in its structured data, the same link', () => {
    expectRecipeToList('Rename a FAQ', code('question', 'id'));
    edit('expertise', (text) =>
      text.replace(/^question: .*$/m, 'question: What expertise does INL look for in a test fixture?'),
    );

    const { listed, structured } = buildFaqs();
    const renamed = listed.find((faq) => faq.id === 'expertise');
    expect(renamed?.data).toMatchObject({
      id: 'expertise',
      question: 'What expertise does INL look for in a test fixture?',
    });
    expect(structured.mainEntity.map((q) => q.name)).toContain('What expertise does INL look for in a test fixture?');
  });
});

describe('the partners page and home page recipes', () => {
  it('adds a partner type, last on the partners page', () => {
    expectRecipeToList('Add a partner type', code('content/partner-types.json', 'id', 'name', 'description', 'order'));
    const types = readJson('partner-types.json');
    writeJson('partner-types.json', [
      ...types,
      {
        id: 'test-fixture-type',
        name: 'Test fixtures',
        description: 'A kind of partner only these tests know.',
        order: nextOrder(types),
      },
    ]);

    const entries = readJsonEntries('partner-types.json', root).map((e) => ({
      ...e,
      data: PartnerTypeSchema.parse(e.data),
    }));
    const shown = checkList(PartnerTypeListSchema, entries, 'partner-types.json');
    expect(shown.at(-1)?.data.name).toBe('Test fixtures');
  });

  it('adds a key figure, last on the home page, displayed as its qualifier says', () => {
    expectRecipeToList(
      'Add a key figure',
      code('content/key-figures.json', 'id', 'value', 'label', 'order', 'qualifier'),
    );
    const figures = readJson('key-figures.json');
    writeJson('key-figures.json', [
      ...figures,
      { id: 'test-fixture-figure', qualifier: 'over', value: 7, label: 'test fixtures', order: nextOrder(figures) },
    ]);

    const entries = readJsonEntries('key-figures.json', root).map((e) => ({
      ...e,
      data: KeyFigureSchema.parse(e.data),
    }));
    const shown = checkList(KeyFigureListSchema, entries, 'key-figures.json');
    expect(shown.at(-1)?.data).toMatchObject({ id: 'test-fixture-figure', display: 'Over 7' });
  });
});
