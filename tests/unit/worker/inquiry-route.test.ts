// The route /api/inquiry for anything but a POST. Without JavaScript, a form sent
// with errors leaves the browser at /api/inquiry; Enter in the address bar then GETs
// it. A browser asking for a page is sent back to the form; any other GET, or another
// method, gets a clear 405 that says POST is the method.
import { describe, expect, it } from 'vitest';
import { onRequest } from '../../../functions/api/inquiry';
import { inquiryUi } from '../../../src/features/inquiry/shared/words';

const call = (method: string, headers: Record<string, string> = {}) =>
  onRequest({
    request: new Request('https://inl.example.gov/api/inquiry', { method, headers }),
    env: {},
  } as unknown as Parameters<typeof onRequest>[0]);

/** What Chromium sends when a person navigates to a page. */
const NAVIGATION_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

describe('GET /api/inquiry', () => {
  it('from a browser (Accept: text/html) is a 303 to the form', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await call(method, { Accept: NAVIGATION_ACCEPT });
      expect(response.status, method).toBe(303);
      expect(response.headers.get('Location')).toBe('/inquiry/');
      expect(response.headers.get('Vary')).toBe('Accept');
    }
  });

  it('from anything else is a 405 with Allow: POST and a message that says so', async () => {
    for (const accept of ['application/json', '*/*', '']) {
      const response = await call('GET', accept ? { Accept: accept } : {});
      expect(response.status, accept).toBe(405);
      expect(response.headers.get('Allow')).toBe('POST');
      expect(response.headers.get('Vary')).toBe('Accept');
      expect(await response.json()).toEqual({
        ok: false,
        error: 'method_not_allowed',
        message: inquiryUi.methodNotAllowed,
      });
    }
  });

  it('by another method is a 405 with Allow: POST, even from a browser', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await call(method, { Accept: NAVIGATION_ACCEPT });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow')).toBe('POST');
    }
  });
});
