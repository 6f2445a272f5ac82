// The ids the editor shows read-only (src/features/admin/browser/fields.ts, "link-id"): every
// id that is a published link, as the site's build reads the content.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedLinks } from '../../src/features/admin/build/published-links';
import { LINKED_COLLECTIONS } from '../../src/features/admin/shared/field-types';
import { opensLocked } from '../../src/features/admin/shared/link-ids';
import { contentDir, readJsonEntries, readMdx } from '../support/content-files';

const sorted = (ids: unknown[]) => ids.map(String).sort();
let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

describe('the published links the editor keeps read-only', () => {
  it('are every FAQ’s, country’s and partner type’s id, retired FAQs included', () => {
    const links = publishedLinks();
    expect(Object.keys(links).sort()).toEqual([...LINKED_COLLECTIONS].sort());
    expect(links.faqs).toEqual(sorted(readMdx('faqs').map((faq) => faq.data['id'])));
    expect(links.countries).toEqual(sorted(readJsonEntries('countries.json').map((entry) => entry.id)));
    expect(links['partner-types']).toEqual(sorted(readJsonEntries('partner-types.json').map((entry) => entry.id)));
    expect(links.faqs).toContain('cost');
    expect(links.countries).toContain('kenya');
  });

  it('stop the build when a FAQ has no id to keep', () => {
    copy = mkdtempSync(join(tmpdir(), 'published-links-'));
    cpSync(contentDir, copy, { recursive: true });
    writeFileSync(
      join(copy, 'faqs/cost.mdx'),
      '---\nquestion: How much will it cost my agency?\norder: 2\n---\n\nAnswer.\n',
    );
    expect(() => publishedLinks(copy)).toThrow('content/faqs/cost.mdx: no id in its frontmatter.');
  });
});

describe('a link-id field, as it opens', () => {
  const published = ['afghanistan', 'kenya'];
  const list = (...ids: string[]) => ({ items: ids.map((id) => ({ id, name: id })) });

  it('is read-only for a published id, in a FAQ or a list', () => {
    expect(opensLocked({ value: 'kenya', published, newRecord: false, data: { id: 'kenya' } })).toBe(true);
    expect(opensLocked({ value: 'kenya', published, newRecord: false, data: list('afghanistan', 'kenya') })).toBe(true);
  });

  it('is editable for an id not yet published, or none', () => {
    expect(opensLocked({ value: 'new-country', published, newRecord: false, data: list('kenya', 'new-country') })).toBe(
      false,
    );
    expect(opensLocked({ value: '', published, newRecord: false, data: list('kenya', '') })).toBe(false);
    expect(opensLocked({ value: undefined, published, newRecord: true, data: {} })).toBe(false);
  });

  it('is editable in a copy: a new FAQ that opens with a published id, or a list item that shares one', () => {
    expect(opensLocked({ value: 'kenya', published, newRecord: true, data: { id: 'kenya' } })).toBe(false);
    expect(opensLocked({ value: 'kenya', published, newRecord: false, data: list('kenya', 'kenya') })).toBe(false);
  });
});
