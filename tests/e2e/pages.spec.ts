import { expect, test, type Page } from '@playwright/test';
import { readerPagePaths } from '../support/site';
import { READER_VIEWPORTS } from '../support/viewports';

/** Each content page: its path, h1, and the title in the browser tab. */
const pages = [
  { path: '/', h1: 'INL Police Partnerships', title: 'INL Police Partnerships' },
  { path: '/partners/', h1: 'Partners and their work', title: 'Partners and their work | INL Police Partnerships' },
  { path: '/faq/', h1: 'Frequently asked questions', title: 'Frequently asked questions | INL Police Partnerships' },
  {
    path: '/accessibility/',
    h1: 'Accessibility statement',
    title: 'Accessibility statement | INL Police Partnerships',
  },
  { path: '/privacy/', h1: 'Privacy policy', title: 'Privacy policy | INL Police Partnerships' },
  { path: '/search/', h1: 'Search', title: 'Search | INL Police Partnerships' },
  {
    path: '/brief/',
    h1: 'INL Police Partnerships: a one-page brief',
    title: 'INL Police Partnerships: a one-page brief | INL Police Partnerships',
  },
] as const;

async function expectMetadata(page: Page, path: string) {
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(40);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(path);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`content pages, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const { path, h1, title } of pages) {
      test(`${path} has its heading, title, description and canonical URL`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page).toHaveTitle(title);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
        await expectMetadata(page, path);
      });
    }

    test('home shows the brochure sections, the key figures and the ways to inquire', async ({ page }) => {
      await page.goto('/');
      const main = page.getByRole('main');
      for (const heading of [
        'What is INL?',
        'What is an INL police partnership?',
        'What does it mean to be an INL police partner?',
        'What do INL police partners do?',
        'Who are INL’s police partners?',
      ]) {
        await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      const figures = main.getByRole('region', { name: 'The program in numbers' });
      await expect(figures.getByRole('listitem')).toHaveText([
        /^\s*Over 20\s+Memoranda of Understanding with U\.S\. law enforcement agencies\s*$/,
        /^\s*Over 80\s+countries whose senior law enforcement officers train at the International Law Enforcement Academies\s*$/,
      ]);
      const inquire = main.getByRole('region', { name: 'Interested in partnering with INL?' });
      await expect(inquire.getByRole('link', { name: 'Send an inquiry' })).toHaveAttribute('href', '/inquiry/');
      await expect(inquire.getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' })).toHaveAttribute(
        'href',
        'mailto:INLCAPPoliceTeam@state.gov',
      );
      await expect(main.getByRole('link', { name: 'Send an inquiry' }).first()).toHaveAttribute('href', '/inquiry/');
    });

    test('partners lists the five partner types and the kinds of work', async ({ page }) => {
      await page.goto('/partners/');
      // Each card group is a region named by its heading, with a card heading per item.
      const cards = {
        'Who INL’s police partners are': [
          'Municipal police departments',
          'County sheriffs’ offices',
          'State and federal law enforcement agencies',
          'Forensic laboratories',
          'Standards and training organizations',
        ],
        'What partners do': [
          'Mentoring, training, and advising overseas',
          'Hosting foreign officials at home',
          'Teaching at the International Law Enforcement Academies',
          'Pre-deployment training from INL/CAP',
        ],
      };
      for (const [region, headings] of Object.entries(cards)) {
        await expect(page.getByRole('region', { name: region }).getByRole('heading', { level: 3 })).toHaveText(
          headings,
        );
      }
      const work = page.getByRole('region', { name: 'What partners do' });
      await expect(work).toContainText('pre-deployment training program that prepares officers going overseas');
    });

    test('the accessibility statement gives a contact and a review date', async ({ page }) => {
      await page.goto('/accessibility/');
      await expect(page.getByRole('main')).toContainText('Section 508');
      await expect(page.getByRole('main').getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' })).toHaveAttribute(
        'href',
        'mailto:INLCAPPoliceTeam@state.gov',
      );
      await expect(page.getByText(/^\s*Last reviewed:\s+\w+ \d{1,2}, \d{4}\s*$/)).toBeVisible();
    });

    test('the privacy policy has the Privacy Act statement the inquiry form links to', async ({ page }) => {
      await page.goto('/privacy/#privacy-act-statement');
      const heading = page.getByRole('heading', { level: 2, name: 'Privacy Act statement' });
      await expect(heading).toHaveAttribute('id', 'privacy-act-statement');
      await expect(heading).toBeInViewport();
      await expect(page.getByRole('main')).toContainText('sets no cookies');
    });

    test('an unknown address answers 404 with search and every page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox')).toBeVisible();
      const links = page.getByRole('navigation', { name: 'Every page of this site' }).getByRole('link');
      await expect(links).toHaveCount(7);
    });
  });
}

// The brief is not among them: it has a Print button, whose script print.spec.ts tries.
test('pages without interaction ship no JavaScript', async ({ page }) => {
  for (const path of ['/', '/partners/', '/accessibility/', '/privacy/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
});

test.describe('the home page answers what agencies ask first', () => {
  const answers = [
    {
      topic: 'Cost',
      text: /reimbursed for all expenses.*salary/,
      question: 'How much will it cost my agency to partner with INL?',
      id: 'cost',
    },
    {
      topic: 'Commitment',
      text: /as much of their time and staff as they are willing and able to commit/,
      question: 'What level of commitment does INL require from U.S. police partners?',
      id: 'commitment',
    },
    {
      topic: 'Participation',
      text: /voluntary\. Declining a request .* does not have a negative impact/,
      question: 'Is my agency obligated to participate in INL’s requested activities?',
      id: 'obligation',
    },
    {
      topic: 'Certification',
      text: /not always required/,
      question: 'Do U.S. law enforcement officers need to be certified trainers to participate?',
      id: 'certification',
    },
  ];

  for (const viewport of READER_VIEWPORTS) {
    test(`at ${viewport.width} px: four short answers, each linking to its FAQ, which opens`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const block = page.getByRole('main').getByRole('region', { name: 'At a glance' });
      const items = block.getByRole('listitem');
      await expect(items).toHaveCount(4);
      for (const [index, { topic, text, question, id }] of answers.entries()) {
        const item = items.nth(index);
        await expect(item.getByRole('heading', { level: 3 })).toHaveText(topic);
        await expect(item).toContainText(text);
        await expect(item.getByRole('link', { name: question })).toHaveAttribute('href', `/faq/#${id}`);
      }
      await items.nth(0).getByRole('link').click();
      await expect(page).toHaveURL(/\/faq\/#cost$/);
      const cost = page
        .getByRole('main')
        .locator('details')
        .filter({ has: page.getByRole('heading', { name: answers[0]!.question, exact: true }) });
      await expect(cost).toHaveAttribute('open', '');
      await expect(page.getByText('often salary expenses')).toBeInViewport();
    });
  }
});

test.describe('each thing is said once', () => {
  const ILEA = 'senior law enforcement officers from over 80 countries go to receive training';

  test('the ILEA paragraph stands on the partners page; home and countries link to it', async ({ page }) => {
    await page.goto('/partners/');
    await expect(page.getByRole('main').getByText(ILEA)).toHaveCount(1);
    for (const path of ['/', '/countries/']) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByText(ILEA)).toHaveCount(0);
      const link = main.getByRole('link', { name: 'International Law Enforcement Academies (ILEA)' });
      await expect(link).toHaveAttribute('href', '/partners/#ilea-instruction');
    }
    await page.getByRole('main').getByRole('link', { name: 'International Law Enforcement Academies (ILEA)' }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Teaching at the International Law Enforcement Academies' }),
    ).toBeInViewport();
  });

  test('a page with the “Interested in partnering?” box has no second call to action in the footer', async ({
    page,
  }) => {
    for (const path of readerPagePaths()) {
      await page.goto(path);
      const callout = page.getByRole('region', { name: 'Interested in partnering with INL?' });
      const footer = page.getByRole('contentinfo');
      if ((await callout.count()) > 0) {
        await expect(footer, path).not.toContainText('Questions about a partnership?');
        await expect(footer.getByRole('link', { name: 'send an inquiry' }), path).toHaveCount(0);
      } else {
        await expect(footer, path).toContainText('Questions about a partnership?');
      }
    }
  });

  test('the inquiry page’s footer does not link to the inquiry page', async ({ page }) => {
    await page.goto('/inquiry/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'INLCAPPoliceTeam@state.gov' })).toBeVisible();
    await expect(footer.locator('a[href="/inquiry/"]')).toHaveCount(0);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('long email addresses wrap instead of overflowing, on every page', async ({ page }) => {
    await page.goto('/faq/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const path of readerPagePaths()) {
      await page.goto(path);
      for (const link of await page.locator('a[href^="mailto:"]:visible').all()) {
        const box = await link.boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.x + box!.width, `${path}: ${await link.innerText()}`).toBeLessThanOrEqual(320);
      }
    }
  });
});

test.describe('how a partnership works', () => {
  const STEPS = [
    'Send an inquiry to INL/CAP',
    'Negotiate and sign a memorandum of understanding',
    'INL contacts the agency when a need arises',
    'Complete the paperwork',
    'The activity begins',
  ];

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    test(`at ${viewport.width} px: the home page links to the five steps on the partners page, in order`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await page.getByRole('link', { name: 'How a partnership works, step by step' }).click();
      await expect(page).toHaveURL(/\/partners\/#steps$/);
      const section = page.getByRole('region', { name: 'How a partnership works' });
      await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
      const steps = section.getByRole('list').first().getByRole('listitem');
      await expect(steps.getByRole('heading', { level: 3 })).toHaveText(STEPS);
      await expect(steps.nth(1)).toContainText('memorandum of understanding (MOU)');
      await expect(steps.nth(2)).toContainText('Participation is voluntary');
      await expect(steps.nth(4)).toContainText('reimbursed for all expenses');
    });
  }

  test('the steps stay a numbered list with the styles off', async ({ page }) => {
    await page.route('**/*.css', (route) => route.abort());
    await page.goto('/partners/#steps');
    const list = page.getByRole('region', { name: 'How a partnership works' }).getByRole('list').first();
    await expect(list.getByRole('listitem')).toHaveCount(5);
    // Unstyled, an ordered list shows its numbers as list markers: the order reads without the process list's counters.
    expect(await list.evaluate((ol) => [ol.tagName, getComputedStyle(ol).listStyleType])).toEqual(['OL', 'decimal']);
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(STEPS);
  });
});

test('every page’s link preview names a share image the server sends as a PNG', async ({ page, request }) => {
  for (const path of [...readerPagePaths(), '/no-such-page/']) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const title = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain(title);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    // The absolute URL names the public origin; the same path is asked of the local server.
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status(), `${path}: ${image ?? 'no og:image'}`).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
