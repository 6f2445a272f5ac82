/** Helpers for the inquiry's end-to-end tests: filling the form as a person would, and reading the Resend stub. */
import { expect, type Locator, type Page } from '@playwright/test';
import { resendStubURL } from '../../playwright.config';
import type { RecordedRequest, StubControl } from './resend-stub';

export interface Person {
  agencyName: string;
  agencyType: string;
  city: string;
  state: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  expertise: string[];
  participation: string[];
  message: string;
}

/**
 * Opens the inquiry page and waits for the form's script, which starts once the page has
 * painted (ADR 0010). A person who sends before it runs sends the form as it works without
 * JavaScript, which inquiry-nojs.spec.ts covers; these tests are about the script.
 */
export async function openForm(page: Page, path = '/inquiry/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('inquiry-form:defined')).toBeAttached();
}

/** A person's answers; the agency name is unique so runs never share an idempotency key. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    agencyName: `Springfield Police Department ${crypto.randomUUID().slice(0, 8)}`,
    agencyType: 'Municipal police department',
    city: 'Springfield',
    state: 'Illinois',
    name: 'Pat Doe',
    title: 'Chief of Police',
    email: 'pat.doe@springfield.example',
    phone: '217 555 0100',
    expertise: ['Criminal investigations', 'Forensics'],
    participation: ['Not sure yet'],
    message: 'We train 40 recruits a year.\nWe would like to help.',
    ...overrides,
  };
}

/**
 * Ticks a checkbox as a person does, by its label: USWDS draws its own box and
 * moves the native input off-screen, so the label is what receives the click.
 */
export async function tick(page: Page, group: string, label: string): Promise<void> {
  const box = page.getByRole('group', { name: group }).getByRole('checkbox', { name: label });
  await page.getByRole('group', { name: group }).getByText(label, { exact: true }).click();
  await expect(box).toBeChecked();
}

/** Fills the form by its labels. */
export async function fillInquiry(page: Page, p: Person): Promise<void> {
  await page.getByLabel('Agency name').fill(p.agencyName);
  await page.getByLabel('Agency type').selectOption({ label: p.agencyType });
  await page.getByLabel('City').fill(p.city);
  await page.getByLabel('State or territory').selectOption({ label: p.state });
  await page.getByLabel('Your name').fill(p.name);
  await page.getByLabel('Title or rank').fill(p.title);
  await page.getByLabel('Work email').fill(p.email);
  await page.getByLabel('Phone (optional)').fill(p.phone);
  for (const label of p.expertise) await tick(page, 'Areas of expertise', label);
  for (const label of p.participation) await tick(page, 'How your agency would like to take part', label);
  await page.getByLabel('Message (optional)').fill(p.message);
}

/** Checks that every value of `p` is still in the form. */
export async function expectValuesKept(page: Page, p: Person): Promise<void> {
  await expect(page.getByLabel('Agency name')).toHaveValue(p.agencyName);
  await expect(page.getByLabel('Agency type').locator('option:checked')).toHaveText(p.agencyType);
  await expect(page.getByLabel('City')).toHaveValue(p.city);
  await expect(page.getByLabel('State or territory').locator('option:checked')).toHaveText(p.state);
  await expect(page.getByLabel('Your name')).toHaveValue(p.name);
  await expect(page.getByLabel('Title or rank')).toHaveValue(p.title);
  await expect(page.getByLabel('Work email')).toHaveValue(p.email);
  await expect(page.getByLabel('Phone (optional)')).toHaveValue(p.phone);
  for (const label of p.expertise) {
    await expect(
      page.getByRole('group', { name: 'Areas of expertise' }).getByRole('checkbox', { name: label }),
    ).toBeChecked();
  }
  for (const label of p.participation) {
    await expect(
      page
        .getByRole('group', { name: 'How your agency would like to take part' })
        .getByRole('checkbox', { name: label }),
    ).toBeChecked();
  }
  await expect(page.getByLabel('Message (optional)')).toHaveValue(p.message);
}

export const stub = {
  async reset(): Promise<void> {
    await fetch(`${resendStubURL}/__reset`, { method: 'POST' });
  },
  async control(control: StubControl): Promise<void> {
    await fetch(`${resendStubURL}/__control`, { method: 'POST', body: JSON.stringify(control) });
  },
  async state(): Promise<{ requests: RecordedRequest[]; emails: RecordedRequest[] }> {
    const response = await fetch(`${resendStubURL}/__state`);
    // The stub is ours and answers this shape; a cast, not a check.
    return (await response.json()) as { requests: RecordedRequest[]; emails: RecordedRequest[] };
  },
  /** The delivered emails whose subject names this agency. */
  async emailsFor(agencyName: string): Promise<RecordedRequest[]> {
    return (await this.state()).emails.filter((e) => String(e.body['subject']).includes(agencyName));
  },
};

/**
 * Checks that a reference inside `container` is drawn whole: on one line at every phone
 * width from 320 to 430 px (wherever it falls in its line), and, with the browser's
 * default font at 24 px on a 320 px screen, where no line can hold it, at least within
 * the container and never off its side. Read from the text's own boxes (a Range), so it
 * holds whatever element wraps the reference.
 */
export async function expectReferenceWhole(page: Page, container: Locator, reference: string): Promise<void> {
  const layout = () =>
    container.evaluate((root, ref) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(ref) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ref.length);
        const rects = [...range.getClientRects()];
        const box = root.getBoundingClientRect();
        return {
          lines: new Set(rects.map((r) => Math.round(r.top))).size,
          inside: rects.every((r) => r.left >= box.left && r.right <= box.right),
        };
      }
      return { lines: 0, inside: false };
    }, reference);
  for (let width = 320; width <= 430; width += 10) {
    await page.setViewportSize({ width, height: 800 });
    expect(await layout(), `at ${width} px`).toEqual({ lines: 1, inside: true });
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await page.setViewportSize({ width: 320, height: 800 });
  expect((await layout()).inside, 'at 320 px with a 24 px default font').toBe(true);
}
