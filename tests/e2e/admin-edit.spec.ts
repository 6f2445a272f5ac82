// Editing through the content editor's own screens, in a real browser, as a staff member
// would: Sveltia's "Work with Local Repository" mode, which reads and writes a folder the
// browser is given with `showDirectoryPicker()`. A headless browser has no one to pick a
// folder, so the page's picker is replaced (before any script of the page runs) by one that
// hands over a folder of the browser's own private file system (OPFS), filled beforehand
// with this repository's content/ and the `.git` folder Sveltia looks for to accept a
// repository's root. That stand-in is the only one: the editor, its bundle and its checks
// are the site's, served by the local server; no request leaves 127.0.0.1.
//
// A saved answer is read back from that folder, and the site is built afresh with it
// (tests/support/project-copy.ts): what /faq/#cost then says is read from that build.
//
// UPDATE_EDITING_SHOTS=1 also writes the screenshots of docs/editing.md (docs/editing/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { defaultTreeAdapter } from 'parse5';
import { attribute, readPage, textOf, type Element } from '../../src/integrations/built-html';
import { ADMIN_PATH } from '../../src/features/admin/shared/apart';
import {
  DESCRIPTION_LENGTH,
  emptyMessage,
  QUESTION_LENGTH,
  QUESTION_RULE,
  QUESTION_TEXT,
} from '../../src/schemas/patterns';
import { contentDir, parseMdx, readMdx } from '../support/content-files';
import { copyProject } from '../support/project-copy';

/** The folder in the browser's private file system that stands for the repository's root. */
const REPO = 'repository';
const COST_QUESTION = 'How much will it cost my agency to partner with INL?';
const NEW_ANSWER =
  'INL reimburses its partners for every expense of their INL programs: travel, training materials, equipment and often salaries.';

const shots = process.env['UPDATE_EDITING_SHOTS'] === '1';
const shotsDir = join(import.meta.dirname, '../../docs/editing');

/** Writes a screenshot for docs/editing.md when asked to, at the size the guide shows. */
async function shot(page: Page, name: string) {
  // Transitions finished: a screen caught mid-way shows two screens at once.
  if (shots) await page.screenshot({ path: join(shotsDir, `${name}.png`), animations: 'disabled' });
}

/** All the text inside `element`, as a reader sees it on the page. */
const deepText = (element: Element): string =>
  element.childNodes
    .map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : 'childNodes' in child ? deepText(child) : ''))
    .join('');

/** The FAQ page's structured data (schema.org FAQPage), as far as the test reads it. */
interface StructuredFaq {
  '@type': string;
  mainEntity: { name: string; acceptedAnswer: { text: string } }[];
}

/** Every file under content/, by its path from the repository's root. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(contentDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[`content/${relative(contentDir, path)}`] = readFileSync(path, 'utf8');
  }
  return files;
}

/**
 * The text of a file in the stand-in repository, as the editor left it. While the editor
 * is writing the file, reading it fails (NotReadableError, or NotFoundError for the moment
 * the write swaps the file in): the read is tried again, a bounded number of times, and
 * any other error is thrown.
 */
const readSaved = (page: Page, path: string) =>
  page.evaluate(
    async ({ repo, path, tries, waitMs }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      for (let attempt = 1; ; attempt++) {
        try {
          return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
        } catch (error) {
          const whileWriting = ['NotReadableError', 'NotFoundError'].includes((error as DOMException).name);
          if (!whileWriting || attempt >= tries) throw error;
          await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
      }
    },
    { repo: REPO, path, tries: 20, waitMs: 100 },
  );

/** A field's message that says `words` and nothing else (after the icon's name, "error"). */
const alone = (words: string) => new RegExp(`^(?:error)?\\s*${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('editing in the content editor, on a local folder', () => {
  test.beforeEach(async ({ page }) => {
    // The one stand-in: the folder picker answers with the private-file-system folder.
    await page.addInitScript((repo) => {
      Object.defineProperty(window, 'showDirectoryPicker', {
        configurable: true,
        value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(repo),
      });
    }, REPO);
    await page.goto(ADMIN_PATH);
    const local = page.getByRole('button', { name: 'Work with Local Repository' });
    await expect(local).toBeVisible({ timeout: 30_000 });
    await shot(page, '1-sign-in');

    await page.evaluate(
      async ({ repo, files }) => {
        const root = await navigator.storage.getDirectory();
        await root.removeEntry(repo, { recursive: true }).catch(() => undefined);
        const dir = await root.getDirectoryHandle(repo, { create: true });
        // Sveltia accepts a folder as a repository's root only if it holds `.git`.
        await dir.getDirectoryHandle('.git', { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let parent = dir;
          for (const part of parts.slice(0, -1)) parent = await parent.getDirectoryHandle(part, { create: true });
          const writable = await (await parent.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      { repo: REPO, files: contentFiles() },
    );
    await local.click();
    await expect(page.getByRole('treeitem', { name: /^FAQs/ })).toBeVisible({ timeout: 30_000 });
  });

  /** Opens a FAQ from the collection's list, as a double click does. */
  async function openFaq(page: Page, question: string) {
    await page.getByRole('treeitem', { name: /^FAQs/ }).click();
    await page.getByRole('row', { name: question }).dblclick();
    await expect(page.getByRole('textbox', { name: 'Question' })).toHaveValue(question);
  }

  test('a changed answer is saved to its file, and a fresh build says it at /faq/#cost', async ({ page }) => {
    // The fresh build takes about 15 s on a quiet machine; CI's runs beside other tests.
    test.setTimeout(300_000);
    const before = readMdx('faqs').find((faq) => faq.id === 'cost')!;
    await expect(page.getByRole('row', { name: COST_QUESTION })).toBeVisible();
    await shot(page, '2-faqs');

    await openFaq(page, COST_QUESTION);
    const answer = page.getByRole('textbox', { name: 'Answer' });
    await expect(answer).toContainText('INL partners are reimbursed');
    await answer.fill(NEW_ANSWER);
    // The preview beside the form follows the fields.
    await expect(page.getByRole('document', { name: 'Content Preview' })).toContainText(NEW_ANSWER);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect(save).toBeEnabled();
    await shot(page, '3-edit-and-preview');

    await save.click();
    await expect.poll(() => readSaved(page, 'content/faqs/cost.mdx')).toContain(NEW_ANSWER);
    const saved = await readSaved(page, 'content/faqs/cost.mdx');

    // The file reads as the site reads it, and only the answer changed.
    const after = parseMdx(saved, 'cost.mdx');
    expect(after.data).toEqual(before.data);
    expect(after.body.trim()).toBe(NEW_ANSWER);

    // A fresh build of the site with the saved file, as CI builds the change: the schemas
    // accept it, and /faq/#cost (the answer, and the page's structured data) says the new words.
    const project = copyProject();
    try {
      project.write('content/faqs/cost.mdx', saved);
      project.build();
      const faqPage = await readPage(project.dist, 'faq/index.html');
      const costAnswer = [...faqPage.elements()].find((element) => attribute(element, 'id') === 'cost');
      expect(costAnswer, '/faq/#cost is on the page').toBeDefined();
      expect(deepText(costAnswer!)).toContain(NEW_ANSWER);
      expect(deepText(costAnswer!)).not.toContain('INL partners are reimbursed');
      const faqData = [...faqPage.elementsNamed('script')]
        .filter((script) => attribute(script, 'type') === 'application/ld+json')
        .map((script) => JSON.parse(textOf(script)) as StructuredFaq)
        .find((data) => data['@type'] === 'FAQPage');
      const cost = faqData?.mainEntity.find((question) => question.name === COST_QUESTION);
      expect(cost?.acceptedAnswer.text).toContain(NEW_ANSWER);
    } finally {
      project.remove();
    }
  });

  test('an empty, over-long or unfinished question is refused in the schema’s words, and the file is left alone', async ({
    page,
  }) => {
    const original = readFileSync(join(contentDir, 'faqs/cost.mdx'), 'utf8');
    await openFaq(page, COST_QUESTION);
    const question = page.getByRole('textbox', { name: 'Question' });
    const field = page.getByRole('group', { name: /Question.*Field/ });
    const message = field.getByRole('alert');
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const refused = page.getByRole('alert').filter({ hasText: 'Please correct it to save the entry.' });

    // Each refusal is the sentence the build would print (src/schemas/patterns.ts), and
    // the one message under the field: none of Sveltia's own beside it.
    const refusals: [string, string][] = [
      ['', emptyMessage(QUESTION_TEXT.what)],
      ['   ', emptyMessage(QUESTION_TEXT.what)],
      [`${'a'.repeat(QUESTION_LENGTH.max)}?`, QUESTION_LENGTH.long],
      ['How much will it cost my agency', QUESTION_RULE.message],
    ];
    for (const [value, words] of refusals) {
      await question.fill(value);
      await save.click();
      await expect(message).toHaveText(alone(words));
      await expect(question).toHaveAttribute('aria-invalid', 'true');
      await expect(refused).toBeVisible();
      if (words === QUESTION_RULE.message) await shot(page, '5-refused');
    }

    // Still the editor, and nothing written.
    await expect(save).toBeVisible();
    expect(await readSaved(page, 'content/faqs/cost.mdx')).toBe(original);

    // At the limit, it saves: the limit is the schema's, not one character short of it.
    const longest = `${'a'.repeat(QUESTION_LENGTH.max - 1)}?`;
    await question.fill(longest);
    await save.click();
    await expect.poll(() => readSaved(page, 'content/faqs/cost.mdx')).toContain(`question: ${longest}`);
  });

  test('a published question’s id is read-only, and a new question’s id is typed', async ({ page }) => {
    await openFaq(page, COST_QUESTION);
    const id = page.getByRole('textbox', { name: /^Id/ });
    await expect(id).toHaveValue('cost');
    await expect(id).not.toBeEditable();
    await shot(page, '4-published-id');

    await page.getByRole('button', { name: 'Cancel Editing' }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    const newId = page.getByRole('textbox', { name: /^Id/ });
    await expect(newId).toBeEditable();
    await newId.fill('how-long');
    await expect(newId).toHaveValue('how-long');
  });

  test('a published country’s id is read-only, and a new country’s id is typed', async ({ page }) => {
    const [first] = JSON.parse(readFileSync(join(contentDir, 'countries.json'), 'utf8')) as { id: string }[];
    await page.getByRole('treeitem', { name: /^Lists/ }).click();
    await page.getByRole('row', { name: /^Countries/ }).dblclick();
    const ids = page.getByRole('textbox', { name: 'Id (the link /countries/#id)' });
    await expect(ids.first()).toHaveValue(first!.id);
    await expect(ids.first()).not.toBeEditable();

    await page.getByRole('button', { name: /^Add .*Countries/ }).click();
    await expect(ids.last()).toHaveValue('');
    await expect(ids.last()).toBeEditable();
    await ids.last().fill('new-country');
    await expect(ids.last()).toHaveValue('new-country');
  });

  test('a page’s blank title, and a description outside the schema’s lengths, are refused in the schema’s words', async ({
    page,
  }) => {
    const original = readFileSync(join(contentDir, 'pages/faq.mdx'), 'utf8');
    await page.getByRole('treeitem', { name: /^Page intros/ }).click();
    const title = readMdx('pages').find((entry) => entry.id === 'faq')!.data['title'] as string;
    await page.getByRole('row', { name: title }).dblclick();
    const titleBox = page.getByRole('textbox', { name: 'Title' });
    const description = page.getByRole('textbox', { name: /^Description/ });
    await expect(description).not.toHaveValue('');
    const save = page.getByRole('button', { name: 'Save', exact: true });

    // A text that is only never blank says so as the schema names it.
    await titleBox.fill('');
    await save.click();
    await expect(page.getByRole('group', { name: /Title.*Field/ }).getByRole('alert')).toHaveText(
      alone(emptyMessage('The page title')),
    );
    await titleBox.fill(title);

    // One character under and one over the schema's limits (lengths of the trimmed text, as zod counts).
    const message = page.getByRole('group', { name: /Description.*Field/ }).getByRole('alert');
    for (const [value, words] of [
      ['a'.repeat(DESCRIPTION_LENGTH.min - 1), DESCRIPTION_LENGTH.short],
      ['a'.repeat(DESCRIPTION_LENGTH.max + 1), DESCRIPTION_LENGTH.long],
    ] as const) {
      await description.fill(value);
      await save.click();
      await expect(message).toHaveText(alone(words));
    }
    expect(await readSaved(page, 'content/pages/faq.mdx')).toBe(original);

    // At the limit, it saves, spaces around it included (the schema trims them).
    await description.fill(` ${'a'.repeat(DESCRIPTION_LENGTH.max)} `);
    await save.click();
    await expect.poll(() => readSaved(page, 'content/pages/faq.mdx')).toContain('a'.repeat(DESCRIPTION_LENGTH.max));
  });
});
