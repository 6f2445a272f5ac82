/**
 * The draft of an inquiry, kept in this browser tab only (sessionStorage): it survives
 * a reload, a slip of the Back button and a failed send, and goes when the tab is
 * closed, so the next person at a shared computer never sees it. Storage may be off or
 * full: then the form simply works without a draft.
 */
import type { FormValues } from '../shared/schema';

const DRAFT_KEY = 'inl-inquiry-draft-v1';

export interface Draft {
  values: FormValues;
  submissionId: string;
  /**
   * An attempt to send these values got no answer: it may have arrived. Kept across a
   * reload so that, if a retry fails too, the email route still says so.
   */
  unconfirmed?: boolean;
}

/**
 * Earlier versions kept the draft in localStorage, with no expiry: on a shared computer
 * the next person saw it. It is removed, never restored.
 */
export function forgetDeviceDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage is off: there is nothing to remove.
  }
}

export function readDraft(): Draft | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
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
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // No storage: nothing to keep, nothing lost from the page itself.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored.
  }
}
