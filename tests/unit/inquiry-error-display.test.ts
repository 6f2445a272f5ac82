// The one description of how a field in error is shown, which the browser script and
// the function (JavaScript off) both apply: the elements it names and the attribute
// values it builds.
import { describe, expect, it } from 'vitest';
import { classWith, describedByWith, errorEdits } from '../../src/features/inquiry/shared/error-display';

// USWDS's own class for a form group in error, written out: its stylesheet styles this name.
const ERROR_CLASS = 'usa-form-group--error';

describe('errorEdits', () => {
  it('shows a text field in error on its group, its message slot and its control', () => {
    expect(errorEdits({ email: 'Enter an email address.' })).toEqual([
      { selector: '[data-field="email"]', addClass: ERROR_CLASS },
      { selector: '[data-error-for="email"]', showText: 'Enter an email address.' },
      { selector: '[name="email"]', describedBy: 'inquiry-email-error' },
      { selector: '[name="email"]', invalid: true },
    ]);
  });

  it('describes a checkbox group by its fieldset, and marks every box invalid', () => {
    const edits = errorEdits({ expertise: 'Choose at least one.' });
    expect(edits).toContainEqual({
      selector: 'fieldset[data-field-group="expertise"]',
      describedBy: 'inquiry-expertise-error',
    });
    expect(edits).toContainEqual({ selector: '[name="expertise"]', invalid: true });
  });

  it('shows nothing when nothing is in error', () => {
    expect(errorEdits({})).toEqual([]);
  });
});

describe('attribute values', () => {
  it('puts the error first in aria-describedby, once', () => {
    expect(describedByWith('inquiry-email-hint', 'inquiry-email-error')).toBe('inquiry-email-error inquiry-email-hint');
    expect(describedByWith(null, 'inquiry-email-error')).toBe('inquiry-email-error');
    expect(describedByWith('inquiry-email-error inquiry-email-hint', 'inquiry-email-error')).toBe(
      'inquiry-email-error inquiry-email-hint',
    );
  });

  it('adds the error class once, after the classes the group has', () => {
    expect(classWith('usa-form-group usa-character-count', ERROR_CLASS)).toBe(
      `usa-form-group usa-character-count ${ERROR_CLASS}`,
    );
    expect(classWith(`usa-form-group ${ERROR_CLASS}`, ERROR_CLASS)).toBe(`usa-form-group ${ERROR_CLASS}`);
  });
});
