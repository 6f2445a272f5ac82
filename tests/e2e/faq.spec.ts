import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { listedFaqFiles } from '../support/content-files';
import { holdScripts } from '../support/held-scripts';
import { READER_VIEWPORTS } from '../support/viewports';
import { WCAG_TAGS } from '../support/wcag';

/** How many questions the page shows: counted from the content, which may add or retire one. */
const QUESTIONS = listedFaqFiles().length;
const COST = 'How much will it cost my agency to partner with INL?';
const CERTIFIED = 'Do U.S. law enforcement officers need to be certified trainers to participate?';

/** The disclosure (<details>) that holds a question, found by the question's heading. */
const question = (page: Page, name: string) =>
  page
    .getByRole('main')
    .locator('details')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });

test.describe('FAQ', () => {
  test('every question is listed, closed', async ({ page }) => {
    await page.goto('/faq/');
    await expect(page.getByRole('heading', { level: 1, name: 'Frequently asked questions' })).toBeVisible();
    await expect(page.getByRole('main').locator('details')).toHaveCount(QUESTIONS);
    await expect(page.getByText('INL partners are reimbursed for all expenses')).toBeHidden();
  });

  test('the plus and minus signs are drawn for the eye only, not read out', async ({ page }) => {
    await page.goto('/faq/');
    const summary = question(page, COST).locator('summary');
    // The sign is there to see, and the question is read without it: the browser tells
    // a screen reader whether the question is open.
    expect(await summary.evaluate((element) => getComputedStyle(element, '::before').content)).toMatch(/^"\+"/);
    expect(await summary.ariaSnapshot()).not.toMatch(/[+−]/);
    await summary.click();
    await expect(question(page, COST)).toHaveAttribute('open', '');
    expect(await summary.evaluate((element) => getComputedStyle(element, '::before').content)).toMatch(/^"−"/);
    expect(await summary.ariaSnapshot()).not.toMatch(/[+−]/);
  });

  test('a link to an answer opens it and scrolls to it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/faq/#certification');
    const item = question(page, CERTIFIED);
    await expect(item).toHaveAttribute('open', '');
    const answer = page.locator('#certification');
    await expect(answer).toContainText('certification is not always required to participate');
    await expect(answer).toBeInViewport();
    // It is the eighth question: without the scroll it would sit below the fold.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('the questions do not move when the script arrives, and no dead control shows before', async ({ page }) => {
    // The page's scripts are held back until it has been drawn without them.
    const release = await holdScripts(page);
    await page.goto('/faq/', { waitUntil: 'commit' });
    const first = page.getByRole('main').locator('details').first();
    await expect(first).toBeVisible();
    await page.waitForFunction(async () => (await document.fonts.ready).status === 'loaded');
    await expect(page.getByLabel('Filter questions')).toBeHidden();
    const before = await first.boundingBox();

    release();
    await expect(page.getByRole('searchbox', { name: 'Filter questions' })).toBeVisible();
    expect(await first.boundingBox()).toEqual(before);
  });

  test('expand all opens every answer; collapse all closes them', async ({ page }) => {
    await page.goto('/faq/');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page.getByRole('main').locator('details[open]')).toHaveCount(QUESTIONS);
    await expect(page.getByText('INL partners are reimbursed for all expenses')).toBeVisible();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(page.getByRole('main').locator('details[open]')).toHaveCount(0);
    await expect(page.getByText('INL partners are reimbursed for all expenses')).toBeHidden();
  });

  test('the filter narrows the list and announces the count', async ({ page }) => {
    await page.goto('/faq/');
    const filter = page.getByLabel('Filter questions');
    // "reimbursed" appears only in an answer, so answers are searched too.
    await filter.fill('reimbursed');
    await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${QUESTIONS} questions.`);
    await expect(page.getByRole('heading', { name: COST })).toBeVisible();
    await expect(page.getByRole('heading', { name: CERTIFIED })).toBeHidden();

    await filter.fill('agency');
    await expect(page.getByRole('status')).toHaveText(`Showing 2 of ${QUESTIONS} questions.`);

    await filter.fill('submarine');
    await expect(page.getByRole('status')).toHaveText('No question matches “submarine”.');
    await expect(page.getByRole('main').locator('details:visible')).toHaveCount(0);

    await filter.fill('');
    await expect(page.getByRole('status')).toHaveText(`Showing all ${QUESTIONS} questions.`);
    await expect(page.getByRole('main').locator('details:visible')).toHaveCount(QUESTIONS);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/faq/');
    const filter = page.getByLabel('Filter questions');
    // The filter shows once the page's script has run, which is after the first paint.
    await expect(filter).toBeVisible();
    await filter.focus();
    await page.keyboard.type('cost');
    await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${QUESTIONS} questions.`);
    // Tab past the two buttons to the one remaining question, and open it with Enter.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Collapse all' })).toBeFocused();
    await page.keyboard.press('Tab');
    const summary = question(page, COST).locator('summary');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page, COST)).toHaveAttribute('open', '');
    await expect(page.getByText('This includes travel expenses, training materials and equipment')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(question(page, COST)).not.toHaveAttribute('open');
    // Back to the buttons: Shift+Tab twice, then Expand all with the keyboard.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page, COST)).toHaveAttribute('open', '');
  });

  test('an answer links to the kind of work it is about', async ({ page }) => {
    await page.goto('/faq/#preparation');
    await page.getByRole('link', { name: 'Pre-deployment training from INL/CAP' }).click();
    await expect(page).toHaveURL(/\/partners\/#pre-deployment-training$/);
    await expect(
      page.getByRole('heading', { level: 3, name: 'Pre-deployment training from INL/CAP' }),
    ).toBeInViewport();
  });

  test('publishes FAQPage structured data with every question', async ({ page }) => {
    await page.goto('/faq/');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}') as {
      '@type': string;
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(QUESTIONS);
    const cost = data.mainEntity.find((q) => q.name === COST);
    expect(cost?.acceptedAnswer.text).toContain('reimbursed for all expenses');
    const contact = data.mainEntity.find((q) => q.name === 'Who is the INL point of contact?');
    // Plain text: the Markdown link is reduced to its words.
    expect(contact?.acceptedAnswer.text).toBe(
      'Partnership inquiries should be sent to INL/CAP at INLCAPPoliceTeam@state.gov.',
    );
  });
});

test.describe('FAQ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every answer still opens, a link to an answer opens it, and no dead controls show', async ({ page }) => {
    // A closed answer's text is in the page, so find-in-page (Ctrl+F) can match it, and
    // the browser's own details-revealing algorithm, which find-in-page also runs, opens
    // it: a link to the answer shows that with no script of ours running. (The pinned
    // headless Chromium does not follow text fragments, docs/adr/0006.)
    await page.goto('/faq/');
    await expect(question(page, COST)).not.toHaveAttribute('open');
    await expect(page.locator('#cost')).toContainText('often salary expenses');
    await page.goto('/faq/#cost');
    await expect(question(page, COST)).toHaveAttribute('open', '');
    await expect(page.locator('#cost')).toBeInViewport();
    // The tools are in the HTML, never shown: not seen, not in the accessibility tree.
    await expect(page.getByRole('button', { name: 'Expand all' })).toHaveCount(0);
    await expect(page.getByRole('searchbox', { name: 'Filter questions' })).toHaveCount(0);
    await expect(page.getByLabel('Filter questions')).toBeHidden();
    await question(page, CERTIFIED).locator('summary').click();
    await expect(page.getByText('certification is not always required')).toBeVisible();
  });
});

test.describe('FAQ filter and answers', () => {
  for (const viewport of READER_VIEWPORTS) {
    test.describe(`at ${viewport.width} px`, () => {
      test.use({ viewport });

      test('a question that matches in its answer opens, and closes when the filter is cleared', async ({ page }) => {
        await page.goto('/faq/');
        const filter = page.getByLabel('Filter questions');
        // "salary" is only in the answer to the cost question.
        await filter.fill('salary');
        await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${QUESTIONS} questions.`);
        await expect(question(page, COST)).toHaveAttribute('open', '');
        await expect(page.getByText('often salary expenses')).toBeVisible();

        await filter.fill('');
        await expect(page.getByRole('status')).toHaveText(`Showing all ${QUESTIONS} questions.`);
        await expect(question(page, COST)).not.toHaveAttribute('open');
        await expect(page.getByText('often salary expenses')).toBeHidden();
      });

      test('a question the reader opened stays open when the filter is cleared', async ({ page }) => {
        await page.goto('/faq/');
        await question(page, COST).locator('summary').click();
        await expect(question(page, COST)).toHaveAttribute('open', '');
        const filter = page.getByLabel('Filter questions');
        await filter.fill('salary');
        await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${QUESTIONS} questions.`);
        await filter.fill('');
        await expect(page.getByRole('status')).toHaveText(`Showing all ${QUESTIONS} questions.`);
        await expect(question(page, COST)).toHaveAttribute('open', '');

        // Opened by the filter, then closed and opened again by the reader: the reader's now.
        await filter.fill('study visit');
        await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${QUESTIONS} questions.`);
        await expect(question(page, CERTIFIED)).toHaveAttribute('open', '');
        await question(page, CERTIFIED).locator('summary').click();
        await expect(question(page, CERTIFIED)).not.toHaveAttribute('open');
        await question(page, CERTIFIED).locator('summary').click();
        await filter.fill('');
        await expect(page.getByRole('status')).toHaveText(`Showing all ${QUESTIONS} questions.`);
        await expect(question(page, CERTIFIED)).toHaveAttribute('open', '');
      });

      test('a link to a question’s heading opens that question', async ({ page }) => {
        await page.goto('/faq/#certification-question');
        await expect(question(page, CERTIFIED)).toHaveAttribute('open', '');
        await expect(page.getByRole('heading', { name: CERTIFIED })).toBeInViewport();
        await expect(page.getByText('certification is not always required to participate')).toBeVisible();
      });
    });
  }
});

test.describe('Link to this question', () => {
  const LINK = `Link to this question (${COST})`;

  test.describe('with JavaScript', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('the link under an answer copies the question’s address and says so', async ({ page }) => {
      await page.goto('/faq/');
      const summary = question(page, COST).locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      const link = question(page, COST).getByRole('link', { name: LINK });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', '#cost');
      // Reached with Tab from the question: after the answer's own links, within a few steps.
      for (let step = 0; step < 6 && !(await link.evaluate((el) => el === document.activeElement)); step += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(link).toBeFocused();
      // Announced: the words come into a polite live region that is there, empty, before the copy.
      const live = question(page, COST).locator('[aria-live="polite"]');
      await expect(live).toBeEmpty();
      await page.keyboard.press('Enter');

      await expect(live).toHaveText('Link copied.');
      await expect(question(page, COST).getByText('Link copied.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/faq/#cost', page.url()).href);
      // Copying is all it did: the reader stays where they were.
      expect(new URL(page.url()).hash).toBe('');

      // Another question's link copies its own address.
      const obligation = question(page, 'Is my agency obligated to participate in INL’s requested activities?');
      await obligation.locator('summary').click();
      await obligation.getByRole('link', { name: /^Link to this question \(/ }).click();
      await expect(obligation.getByText('Link copied.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        new URL('/faq/#obligation', page.url()).href,
      );
    });

    for (const viewport of READER_VIEWPORTS) {
      test(`at ${viewport.width} px, every answer open with its link, and a link copied, axe finds nothing`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto('/faq/');
        await page.getByRole('button', { name: 'Expand all' }).click();
        await expect(page.getByRole('link', { name: /^Link to this question \(/ })).toHaveCount(9);
        await question(page, COST).getByRole('link', { name: LINK }).click();
        await expect(question(page, COST).getByText('Link copied.')).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }

    test('when the clipboard refuses, the link is followed instead', async ({ page }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      });
      await page.goto('/faq/');
      await question(page, COST).locator('summary').click();
      await question(page, COST).getByRole('link', { name: LINK }).click();
      await expect(page).toHaveURL(/\/faq\/#cost$/);
      await expect(question(page, COST)).toHaveAttribute('open', '');
      await expect(page.getByText('Link copied.')).toHaveCount(0);
    });

    test('the filter does not match the link’s own words', async ({ page }) => {
      await page.goto('/faq/');
      await page.getByLabel('Filter questions').fill('link to this');
      await expect(page.getByRole('status')).toHaveText('No question matches “link to this”.');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('it is a plain link to the question’s answer', async ({ page }) => {
      await page.goto('/faq/');
      await question(page, COST).locator('summary').click();
      const link = question(page, COST).getByRole('link', { name: LINK });
      await expect(link).toHaveAttribute('href', '#cost');
      await link.focus();
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/faq\/#cost$/);
      await expect(page.locator('#cost')).toBeInViewport();
      await expect(page.getByText('Link copied.')).toHaveCount(0);
    });
  });
});
