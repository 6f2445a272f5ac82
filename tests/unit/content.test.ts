// The site's content, proved complete against the program's brochure, and the
// schemas proved to stop bad content. The expectations are the brochure's own facts,
// copied from it, here and in its record (content/brochure-edition.json); the test
// does not read the brochure file.
import { describe, expect, it } from 'vitest';
import { ActivitySchema, ActivityListSchema } from '../../src/schemas/activity';
import { BROCHURE_EDITION } from '../../src/schemas/brochure-edition';
import { FaqContentSchema, FaqListSchema, FaqSchema, listedFaqs } from '../../src/schemas/faq';
import { KeyFigureSchema } from '../../src/schemas/key-figure';
import { PageSchema } from '../../src/schemas/page';
import { PartnerTypeListSchema, PartnerTypeSchema } from '../../src/schemas/partner-type';
import { SectionListSchema, SectionSchema } from '../../src/schemas/section';
import { ShortAnswerListSchema, ShortAnswerSchema } from '../../src/schemas/short-answer';
import { PartnershipStepListSchema, PartnershipStepSchema } from '../../src/schemas/partnership-step';
import { readJsonEntries, readMdx, type MdxEntry } from '../support/content-files';

/** Compares text as a reader would: straight or curly apostrophes, any spacing. */
const norm = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const expectFacts = (text: string, facts: readonly string[]) => {
  for (const fact of facts) expect(norm(text), `missing: "${fact}"`).toContain(norm(fact));
};

/** The brochure's five sections: heading and key facts. */
const BROCHURE_SECTIONS = [
  {
    title: 'What is INL?',
    facts: [
      'Bureau of International Narcotics and Law Enforcement Affairs (INL)',
      'helps keep Americans safe',
      'counter international crime, illegal drugs, and instability',
      'national, regional, and local law enforcement; the justice sector; and corrections agencies',
      'safeguard the United States',
    ],
  },
  {
    title: 'What is an INL police partnership?',
    facts: [
      'Office of Criminal Justice Assistance and Partnership (INL/CAP)',
      'state and local law enforcement organizations across the United States and its territories',
      'over 20 Memoranda of Understanding',
      'municipal police departments, state police agencies, sheriff’s offices',
      'forensic laboratories, and standards and training organizations',
      'support U.S. diplomatic and assistance efforts overseas',
    ],
  },
  {
    title: 'What does it mean to be an INL police partner?',
    facts: [
      'mutually beneficial',
      'learning new tools and techniques',
      'improve teaching and public speaking skills',
      'enhanced credentials, international and federal experience',
      'relationships with key foreign institutions',
      'police in Central America are able to dismantle gangs',
      'reduces their presence in the United States',
    ],
  },
  {
    title: 'What do INL police partners do?',
    facts: [
      'expertise, techniques, and technologies',
      'domestic violence and criminal investigations',
      'traffic management and crowd control operations',
      'improve their policies and procedures',
      'specialized, transferable skills',
      // The rest of the brochure's ILEA paragraph stands once, on the partners page (see below).
      'International Law Enforcement Academies (ILEA)',
    ],
  },
  {
    title: 'Who are INL’s police partners?',
    facts: [
      'major municipal police departments',
      'county sheriffs’ offices',
      'state and federal law enforcement agencies',
      'organizations charged with setting law enforcement standards',
      'specialized law enforcement functions such as forensic analysis',
    ],
  },
] as const;

const faqs = readMdx('faqs');
const sections = readMdx('sections');
const pages = readMdx('pages');
const byTitle = (entries: MdxEntry[], key: string, value: string) =>
  entries.find((entry) => norm(String(entry.data[key])) === norm(value));

describe('the FAQ is complete against the brochure edition', () => {
  it('records the edition’s nine questions', () => {
    // A printed edition does not change: a record that lost a question would otherwise pass unseen.
    expect(BROCHURE_EDITION.questions).toHaveLength(9);
  });

  it('keeps a file for every question of the brochure, listed or retired', () => {
    const ids = new Set(faqs.map((faq) => faq.id));
    expect(BROCHURE_EDITION.questions.filter(({ id }) => !ids.has(id)).map(({ id }) => id)).toEqual([]);
    expect(FaqContentSchema.safeParse(faqs).success).toBe(true);
  });

  it('fails when a brochure question’s file is deleted rather than retired, and says what to do', () => {
    const result = FaqContentSchema.safeParse(faqs.filter((faq) => faq.id !== 'cost'));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'The brochure asks “How much will it cost my agency to partner with INL?”: content/faqs/cost.mdx must stay. To take it off the site, keep the entry and add "retiredOn" with the date.',
    ]);
  });

  it('shows every question, none retired yet', () => {
    // As the build loads them: each file's frontmatter through its schema first.
    const loaded = faqs.map((faq) => ({ ...faq, data: FaqSchema.parse(faq.data) }));
    expect(
      listedFaqs(loaded)
        .map((faq) => faq.id)
        .sort(),
    ).toEqual(loaded.map((faq) => faq.id).sort());
  });

  for (const { id, question, facts } of BROCHURE_EDITION.questions) {
    it(`answers “${question}” with the brochure’s facts`, () => {
      const faq = faqs.find((entry) => entry.id === id);
      expect(faq).toBeDefined();
      // Its words may be edited (the brochure's stay in the record); its answer's facts may not.
      expectFacts(faq?.body ?? '', facts);
    });
  }

  it('points the training questions to the kinds of work they are about', () => {
    const topics = (id: string) =>
      FaqSchema.parse(faqs.find((faq) => faq.data.id === id)?.data).topics.map((topic) => topic.id);
    expect(topics('where-training-takes-place')).toEqual(['overseas', 'hosting']);
    expect(topics('preparation')).toEqual(['pre-deployment-training']);
  });

  it('passes its schemas, file by file and as a whole', () => {
    for (const faq of faqs) FaqSchema.parse(faq.data);
    expect(FaqListSchema.safeParse(faqs).success).toBe(true);
  });
});

describe('the home page sections are complete against the brochure', () => {
  for (const { title, facts } of BROCHURE_SECTIONS) {
    it(`“${title}” has the brochure’s facts`, () => {
      const section = byTitle(sections, 'title', title);
      expect(section).toBeDefined();
      expectFacts(section?.body ?? '', facts);
    });
  }

  it('keeps the brochure’s pointer to INL’s website and account', () => {
    expectFacts(sections.map((s) => s.body).join('\n'), ['https://www.state.gov/j/inl/', '@StateINL']);
  });

  it('puts the five brochure sections first, in the brochure’s order', () => {
    const ordered = SectionListSchema.parse(sections)
      .slice()
      .sort((a, b) => a.data.order - b.data.order)
      .slice(0, 5)
      .map((s) => norm(s.data.title));
    expect(ordered).toEqual(BROCHURE_SECTIONS.map((s) => norm(s.title)));
  });
});

describe('partner types, activities and key figures', () => {
  const partnerTypes = readJsonEntries('partner-types.json');
  const activities = readJsonEntries('activities.json');
  const figures = readJsonEntries('key-figures.json').map((entry) => KeyFigureSchema.parse(entry.data));

  it('lists the five kinds of partner the brochure names, first and in its order', () => {
    expect(PartnerTypeListSchema.safeParse(partnerTypes).success).toBe(true);
    // Kinds added later follow; the brochure's own come first.
    expect(partnerTypes.map((t) => PartnerTypeSchema.parse(t.data).name).slice(0, 5)).toEqual([
      'Municipal police departments',
      'County sheriffs’ offices',
      'State and federal law enforcement agencies',
      'Forensic laboratories',
      'Standards and training organizations',
    ]);
    const text = partnerTypes.map((t) => String(t.data.description)).join(' ');
    expectFacts(text, [
      'major municipal police departments',
      'state police agencies',
      'forensic analysis',
      'setting law enforcement standards',
    ]);
  });

  it('lists the four kinds of work, with pre-deployment training given by INL/CAP', () => {
    expect(ActivityListSchema.safeParse(activities).success).toBe(true);
    const parsed = activities.map((a) => ActivitySchema.parse(a.data));
    expect(parsed.map((a) => a.id)).toEqual(['overseas', 'hosting', 'ilea-instruction', 'pre-deployment-training']);
    expect(parsed.filter((a) => a.providedBy === 'inl').map((a) => a.id)).toEqual(['pre-deployment-training']);
    expectFacts(parsed.map((a) => `${a.title} ${a.summary} ${a.examples.join(' ')}`).join(' '), [
      'mentor, train, and advise at overseas locations',
      'host foreign government law enforcement officials at their agencies',
      'International Law Enforcement Academies (ILEA)',
      'pre-deployment training program that prepares officers going overseas',
      'domestic violence and criminal investigations',
      'traffic management and crowd control operations',
      'senior law enforcement officers from over 80 countries',
      'discuss law enforcement issues and priorities',
    ]);
  });

  it('states the brochure’s ILEA paragraph once, on the partners page; home and countries link to it', () => {
    const ilea = 'senior law enforcement officers from over 80 countries go to receive training';
    const holders = [
      ...[...sections, ...pages].filter((entry) => norm(entry.body).includes(ilea)).map((entry) => entry.id),
      ...activities.filter((a) => norm(String(a.data.summary)).includes(ilea)).map((a) => a.id),
    ];
    expect(holders).toEqual(['ilea-instruction']);
    const link = '(/partners/#ilea-instruction)';
    expect(byTitle(sections, 'title', 'What do INL police partners do?')?.body).toContain(link);
    expect(pages.find((p) => p.id === 'countries')?.body).toContain(link);
  });

  it('states the key figures as the brochure does: over 20 MOUs, ILEA officers from over 80 countries', () => {
    // Figures added later follow; the brochure's own come first.
    expect(figures.slice(0, 2).map((f) => [f.id, f.display])).toEqual([
      ['mous', 'Over 20'],
      ['ilea-countries', 'Over 80'],
    ]);
    expect(figures[0]?.label).toMatch(/Memoranda of Understanding/);
    expect(figures[1]?.label).toMatch(/International Law Enforcement Academies/);
  });
});

describe('the home page’s short answers', () => {
  const entries = readJsonEntries('short-answers.json');
  const answers = entries.map((entry) => ShortAnswerSchema.parse(entry.data));
  const faqBody = (id: string) => faqs.find((faq) => faq.id === id)?.body ?? '';

  it('answer cost, commitment, obligation and certification, each from the FAQ it links to', () => {
    expect(ShortAnswerListSchema.safeParse(entries).success).toBe(true);
    expect(answers.map((a) => [a.id, a.faq.id])).toEqual([
      ['cost', 'cost'],
      ['commitment', 'commitment'],
      ['voluntary', 'obligation'],
      ['certification', 'certification'],
    ]);
    const answer = (id: string) => answers.find((a) => a.id === id)?.answer ?? '';
    expectFacts(answer('cost'), ['reimbursed for all expenses', 'salary']);
    expectFacts(answer('commitment'), ['as much of their time and staff as they are willing and able to commit']);
    expectFacts(answer('voluntary'), ['Participation is voluntary', 'not have a negative impact on the partnership']);
    expectFacts(answer('certification'), ['certification is not always required to participate']);
    // Each linked answer holds the same facts in full.
    expectFacts(faqBody('cost'), ['reimbursed for all expenses', 'often salary expenses']);
    expectFacts(faqBody('obligation'), ['Participation in INL programs is voluntary']);
  });
});

describe('how a partnership works', () => {
  const entries = readJsonEntries('partnership-steps.json');
  const steps = entries.map((entry) => PartnershipStepSchema.parse(entry.data));

  it('has the brochure’s five steps in order, each in its words, and no duration', () => {
    expect(PartnershipStepListSchema.safeParse(entries).success).toBe(true);
    const ordered = [...steps].sort((a, b) => a.order - b.order);
    expect(ordered.map((step) => step.id)).toEqual(['inquiry', 'mou', 'request', 'paperwork', 'activity']);
    const text = (id: string) => {
      const step = ordered.find((s) => s.id === id);
      return `${step?.text ?? ''} ${step?.note ?? ''}`;
    };
    expectFacts(text('inquiry'), ['INL/CAP', 'INLCAPPoliceTeam@state.gov']);
    expectFacts(text('mou'), ['negotiate and sign a memorandum of understanding (MOU)']);
    expectFacts(text('request'), ['willingness and availability', 'Participation is voluntary']);
    expectFacts(text('paperwork'), ['complete all additional paperwork']);
    expectFacts(text('activity'), ['the activity begins', 'reimbursed for all expenses']);
    const all = ordered.map((step) => `${step.title} ${step.text} ${step.note ?? ''}`).join(' ');
    expect(all).not.toMatch(/\b(day|week|month|year)s?\b/i);
  });
});

describe('the site’s own pages', () => {
  const page = (id: string) => pages.find((p) => p.id === id);

  it('each has a title and a usable description', () => {
    for (const id of ['home', 'partners', 'faq', 'accessibility', 'privacy']) {
      expect(page(id), id).toBeDefined();
      expect(PageSchema.safeParse(page(id)?.data).success, id).toBe(true);
    }
  });

  it('the accessibility statement names Section 508, gives the contact and a review date', () => {
    const statement = page('accessibility');
    expectFacts(statement?.body ?? '', ['Section 508', 'mailto:INLCAPPoliceTeam@state.gov']);
    expect(PageSchema.parse(statement?.data).lastReviewed).toBeInstanceOf(Date);
  });

  it('the privacy policy covers cookies, analytics, the inquiry email, the draft, and the Privacy Act statement', () => {
    const policy = page('privacy')?.body ?? '';
    expectFacts(policy, ['no cookies', 'no analytics', 'no requests to any other website', 'by email', 'draft']);
    // The inquiry form links to this anchor: it must not change.
    expect(policy).toContain('<h2 id="privacy-act-statement">Privacy Act statement</h2>');
  });
});

describe('the schemas stop bad content with a message an editor can act on', () => {
  const faq = (id: string, order: number, body = 'An answer.') => ({
    data: { question: `Question ${id}?`, id, order },
    body,
  });
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('rejects two questions with the same id', () => {
    const result = FaqListSchema.safeParse([faq('cost', 1), faq('cost', 2)]);
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('Two entries have the same id "cost" (items 1 and 2). Each needs its own.');
  });

  it('rejects two questions in the same position', () => {
    const result = FaqListSchema.safeParse([faq('a', 1), faq('b', 1)]);
    expect(messages(result)).toContain('Two entries have the same order "1" (items 1 and 2). Each needs its own.');
  });

  it('rejects an empty answer', () => {
    const result = FaqListSchema.safeParse([faq('a', 1, '  \n ')]);
    expect(result.success).toBe(false);
    expect(messages(result)[0]).toMatch(/answer .* is empty: write it in/i);
  });

  it('rejects a question without a question mark, and an id that is not a slug', () => {
    expect(messages(FaqSchema.safeParse({ question: 'How', id: 'a', order: 1 }))).toEqual([
      'End the question with a question mark.',
    ]);
    expect(messages(FaqSchema.safeParse({ question: 'How?', id: 'How It Works', order: 1 }))[0]).toMatch(
      /lowercase letters, digits and single hyphens/,
    );
  });

  it('links a question to kinds of work as references to the activities collection', () => {
    // Whether the referenced activity exists is Astro's check, when it builds the site.
    expect(FaqSchema.parse({ question: 'Q?', id: 'q', order: 1 }).topics).toEqual([]);
    expect(FaqSchema.parse({ question: 'Q?', id: 'q', order: 1, topics: ['hosting'] }).topics).toEqual([
      { id: 'hosting', collection: 'activities' },
    ]);
    const result = FaqSchema.safeParse({
      question: 'Q?',
      id: 'q',
      order: 1,
      topics: [{ id: 'hosting', collection: 'faqs' }],
    });
    expect(messages(result)[0]).toMatch(/Reference to activities invalid/);
  });

  it('rejects a section without prose and a page description too short for search results', () => {
    const section = SectionListSchema.safeParse([{ data: { title: 'T', order: 1 }, body: '' }]);
    expect(section.success).toBe(false);
    expect(SectionSchema.safeParse({ title: ' ', order: 1 }).success).toBe(false);
    const short = PageSchema.safeParse({ title: 'T', description: 'Too short.' });
    expect(messages(short)[0]).toMatch(/description is short/);
  });

  it('tidies data once: default example list, displayed figure', () => {
    const activity = ActivitySchema.parse({ id: 'x', title: 'T', summary: 'S', providedBy: 'partner', order: 1 });
    expect(activity.examples).toEqual([]);
    expect(KeyFigureSchema.parse({ id: 'x', value: 7, label: 'things', order: 1 }).display).toBe('7');
    expect(
      ActivitySchema.safeParse({ id: 'x', title: 'T', summary: 'S', providedBy: 'someone', order: 1 }).success,
    ).toBe(false);
  });
});
