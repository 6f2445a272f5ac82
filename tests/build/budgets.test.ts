import { describe, expect, it } from 'vitest';
import { budgetFor, KB } from '../support/budgets';
import { estimatePageWeight } from '../support/page-weight';
import { readerPages } from '../support/site';

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('page weight budgets (static estimate, gzip; see tests/support/page-weight.ts)', () => {
  for (const page of readerPages()) {
    it(`${page.path} stays within its budget`, () => {
      const budget = budgetFor(page.path);
      const weight = estimatePageWeight(page);
      const detail = weight.resources.map((resource) => `${resource.url} ${kb(resource.bytes)}`).join('\n  ');
      expect(weight.total, `total ${kb(weight.total)} > ${kb(budget.total)}:\n  ${detail}`).toBeLessThanOrEqual(
        budget.total,
      );
      expect(weight.byKind.css, `CSS ${kb(weight.byKind.css)} > ${kb(budget.css)}`).toBeLessThanOrEqual(budget.css);
      if (budget.js !== undefined) {
        expect(weight.byKind.js, `JavaScript ${kb(weight.byKind.js)} > ${kb(budget.js)}`).toBeLessThanOrEqual(
          budget.js,
        );
      }
    });
  }
});
