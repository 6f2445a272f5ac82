import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

/**
 * One local Resend stub for a test file, emptied before each test so that what a test
 * counts (requests, emails) is its own. Call at the top of a file or describe block;
 * the returned function gives the running stub inside a test.
 */
export function useResendStub(): () => ResendStub {
  let stub: ResendStub | undefined;
  beforeAll(async () => {
    stub = await startResendStub();
  });
  afterAll(() => stub?.close());
  beforeEach(async () => {
    await fetch(`${running().url}/__reset`, { method: 'POST' });
  });
  function running(): ResendStub {
    if (!stub) throw new Error('The Resend stub is not running: call useResendStub() at the top of the file.');
    return stub;
  }
  return running;
}
