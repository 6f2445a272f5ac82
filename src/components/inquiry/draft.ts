/**
 * The draft of an inquiry kept on this device (localStorage), so a reload or a
 * closed tab loses nothing typed. Storage may be off or full: then the form
 * simply works without a draft.
 */
import type { FormValues } from '../../inquiry/shared/schema';

const DRAFT_KEY = 'inl-inquiry-draft-v1';

export interface Draft {
  values: FormValues;
  submissionId: string;
}

export function readDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    if (draft && typeof draft.submissionId === 'string' && typeof draft.values === 'object') {
      return draft as Draft;
    }
  } catch {
    // Storage may be off, full or hold something unreadable; the form works without a draft.
  }
  return null;
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // No storage: nothing to keep, nothing lost from the page itself.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored.
  }
}
