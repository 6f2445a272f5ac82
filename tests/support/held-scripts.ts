import type { Page } from '@playwright/test';

/**
 * Holds back the site's scripts (/_astro/*.js) until the returned function is called,
 * so a test can look at a page as it is drawn before any of them runs.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  const { promise: held, resolve } = Promise.withResolvers<undefined>();
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return () => resolve(undefined);
}
