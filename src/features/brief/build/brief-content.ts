/**
 * What /brief/ prints, all of it content the site already shows: its own page entry,
 * two of the brochure's sections, the partner types, every short answer (cost,
 * commitment, participation and certification, what a council and an officer ask
 * first) and the partnership's steps.
 */
import { render } from 'astro:content';
import { getPage, getPartnershipSteps, getPartnerTypes, getSections, getShortAnswers } from '../../../lib/content';

export async function loadBrief() {
  const page = await getPage('brief');
  const { Content: Intro } = await render(page);

  /** A brochure section by its file name in content/sections/; a missing one stops the build. */
  const sections = await getSections();
  const section = async (id: string) => {
    const entry = sections.find((s) => s.id === id);
    if (!entry) throw new Error(`The brief needs content/sections/${id}.mdx.`);
    return { title: entry.data.title, Body: (await render(entry)).Content };
  };

  return {
    page,
    Intro,
    whatIsInl: await section('what-is-inl'),
    whatPartnersDo: await section('what-partners-do'),
    partnerTypes: (await getPartnerTypes()).map((entry) => entry.data.name),
    terms: (await getShortAnswers()).map((entry) => entry.data),
    steps: (await getPartnershipSteps()).map((entry) => entry.data.title),
  };
}
