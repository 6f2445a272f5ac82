/**
 * Interface words of the FAQ page and its filter (src/features/faq/components/FaqList.astro).
 * In a file of their own because the filter's script imports them: a script that
 * imported src/config/ui.ts would carry every page's words to the browser.
 */
export const faqUi = {
  filterLabel: 'Filter questions',
  filterHint:
    'Type a word; only the questions whose question or answer contains it stay listed, and answers that contain it open.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  topics: 'More on the partners page:',
  /** Under each answer: a link to the question (with JavaScript, it copies the question's address). */
  linkToQuestion: 'Link to this question',
  /** Announced as the filter narrows the list. */
  showing: (shown: number, total: number) =>
    shown === total ? `Showing all ${total} questions.` : `Showing ${shown} of ${total} questions.`,
  noMatch: (query: string) => `No question matches “${query}”.`,
};
