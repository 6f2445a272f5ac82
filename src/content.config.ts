// Every collection a page reads, each checked by one schema from src/schemas/.
// Content lives in content/ at the project root, apart from the code.
// Astro keeps parsed entries in a cache keyed on THIS file's text only: after
// changing a schema in src/schemas/, change this file too (a comment will do) or
// delete the cache folder, or the build keeps entries parsed by the old schema.
// Last schema change: short answers; ILEA host country as a reference() (2026-11-28).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ActivitySchema } from './schemas/activity';
import { FaqSchema } from './schemas/faq';
import { KeyFigureSchema } from './schemas/key-figure';
import { PageSchema } from './schemas/page';
import { PartnerTypeSchema } from './schemas/partner-type';
import { SectionSchema } from './schemas/section';
import { ShortAnswerSchema } from './schemas/short-answer';
import { CountrySchema } from './schemas/country';
import { IleaSchema } from './schemas/ilea';

// Brochure content and the site's own pages (home, partners, FAQ, legal pages).
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: SectionSchema,
});
const faqs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/faqs' }),
  schema: FaqSchema,
});
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: PageSchema,
});
const partnerTypes = defineCollection({
  loader: file('./content/partner-types.json'),
  schema: PartnerTypeSchema,
});
const activities = defineCollection({
  loader: file('./content/activities.json'),
  schema: ActivitySchema,
});
const keyFigures = defineCollection({
  loader: file('./content/key-figures.json'),
  schema: KeyFigureSchema,
});
const shortAnswers = defineCollection({
  loader: file('./content/short-answers.json'),
  schema: ShortAnswerSchema,
});

// Assisted countries and the ILEA academies (the /countries/ page and its map).
// Rules across a whole list (unique codes, the brochure map's eleven labels) are
// checked where the list is read: src/features/countries/countries.ts. An
// academy's host country is a reference(), resolved there: an id that is not in
// content/countries.json fails the build.
const countries = defineCollection({ loader: file('./content/countries.json'), schema: CountrySchema });
const ileas = defineCollection({
  loader: file('./content/ileas.json'),
  schema: IleaSchema.extend({ countryId: reference('countries').optional() }),
});

export const collections = {
  sections,
  faqs,
  pages,
  partnerTypes,
  activities,
  keyFigures,
  shortAnswers,
  countries,
  ileas,
};
