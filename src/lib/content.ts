// The pages' one way into content/: each loader checks the whole collection (rules
// that span files, such as unique FAQ ids) and returns it in reading order.
import { getCollection, getEntry, type ReferenceDataEntry } from 'astro:content';
import { ActivityListSchema } from '../schemas/activity';
import { faqLinkTo, listedFaqs } from '../schemas/faq';
import { KeyFigureListSchema } from '../schemas/key-figure';
import { PartnerTypeListSchema } from '../schemas/partner-type';
import { checkList } from '../schemas/rules';
import { SectionListSchema } from '../schemas/section';
import { ShortAnswerListSchema } from '../schemas/short-answer';
import { PartnershipStepListSchema } from '../schemas/partnership-step';
import { SearchSynonymListSchema } from '../schemas/search-synonym';
import { sitePages } from './site-pages';

export const getSections = async () => checkList(SectionListSchema, await getCollection('sections'), 'sections');
export const getFaqs = async () => listedFaqs(await getCollection('faqs'));
export const getPartnerTypes = async () =>
  checkList(PartnerTypeListSchema, await getCollection('partnerTypes'), 'partner-types.json');
export const getActivities = async () =>
  checkList(ActivityListSchema, await getCollection('activities'), 'activities.json');
export const getKeyFigures = async () =>
  checkList(KeyFigureListSchema, await getCollection('keyFigures'), 'key-figures.json');
export const getPartnershipSteps = async () =>
  checkList(PartnershipStepListSchema, await getCollection('partnershipSteps'), 'partnership-steps.json');
export const getShortAnswers = async () =>
  checkList(ShortAnswerListSchema, await getCollection('shortAnswers'), 'short-answers.json');

/**
 * The search synonyms (content/search-synonyms.json), checked as a list, and every page
 * an entry names checked against the site's pages, so a typo stops the build instead of
 * quietly leading nowhere.
 */
export async function getSearchSynonyms() {
  const entries = await getCollection('searchSynonyms');
  const result = SearchSynonymListSchema.safeParse(entries);
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  const pages = new Set(sitePages().map((page) => page.href));
  for (const { data } of entries) {
    for (const page of data.pages ?? []) {
      if (!pages.has(page)) problems.push(`"${data.id}" names the page "${page}", which is not a page of this site.`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The "search-synonyms.json" content has problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return entries.map(({ data }) => data);
}

/** A page's own words from content/pages/<id>.mdx; a missing file stops the build. */
export async function getPage(id: 'home' | 'partners' | 'faq' | 'countries' | 'accessibility' | 'privacy' | 'brief') {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing.`);
  return page;
}

/** A link to a question, from `from` (named in the error if the question is retired). */
export const faqLink = async (reference: ReferenceDataEntry<'faqs'>, from: string) =>
  faqLinkTo(await getEntry(reference), from);
