// Every collection a page reads, each checked by one schema from src/schemas/.
// Content lives in content/ at the project root, apart from the code.
// Astro's content cache is keyed on this file's text only, so the build forces a fresh
// sync (`astro build --force`, ADR 0019): a schema changed in src/schemas/ needs no edit here.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ActivitySchema } from './schemas/activity';
import { FaqSchema } from './schemas/faq';
import { KeyFigureSchema } from './schemas/key-figure';
import { PageSchema } from './schemas/page';
import { PartnerTypeSchema } from './schemas/partner-type';
import { SectionSchema } from './schemas/section';
import { ShortAnswerSchema } from './schemas/short-answer';
import { PartnershipStepSchema } from './schemas/partnership-step';
import { CountrySchema } from './schemas/country';
import { IleaSchema } from './schemas/ilea';
import { BoundarySchema } from './schemas/boundary';
import { DatasetSchema } from './schemas/dataset';
import { SearchSynonymSchema } from './schemas/search-synonym';

// Two kinds of source: a folder of MDX files (one entry each, the body is its prose)
// and one JSON file holding a list of entries.
const mdx = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({ loader: glob({ pattern: '*.mdx', base: `./content/${folder}` }), schema });
const json = <S extends z.ZodType>(name: string, schema: S) =>
  defineCollection({ loader: file(`./content/${name}.json`), schema });

// Brochure content and the site's own pages (home, partners, FAQ, legal pages).
const sections = mdx('sections', SectionSchema);
const faqs = mdx('faqs', FaqSchema);
const pages = mdx('pages', PageSchema);
const partnerTypes = json('partner-types', PartnerTypeSchema);
const activities = json('activities', ActivitySchema);
const keyFigures = json('key-figures', KeyFigureSchema);
const partnershipSteps = json('partnership-steps', PartnershipStepSchema);
const shortAnswers = json('short-answers', ShortAnswerSchema);

// Assisted countries and the ILEA academies (the /countries/ page and its map).
// Rules across a whole list (unique codes, the brochure edition's countries and map
// labels) are checked where the list is read: src/features/countries/countries.ts. An
// academy's host country is a reference(), resolved there: an id that is not in
// content/countries.json fails the build.
const countries = json('countries', CountrySchema);
const ileas = json('ileas', IleaSchema.extend({ countryId: reference('countries').optional() }));
// How the map draws each disputed area, and why; the build draws the map's shapes by it.
const boundaries = json('boundaries', BoundarySchema);
// Lists also offered as files (CSV and JSON): their source and the date their content last changed.
const datasets = json('datasets', DatasetSchema);
// Words readers search with that the site's text does not use, and the site's words for them.
const searchSynonyms = json('search-synonyms', SearchSynonymSchema);

export const collections = {
  sections,
  faqs,
  pages,
  partnerTypes,
  activities,
  keyFigures,
  shortAnswers,
  partnershipSteps,
  countries,
  ileas,
  boundaries,
  datasets,
  searchSynonyms,
};
