import type { Page } from '@playwright/test';

/**
 * The page's cumulative layout shift so far: every `layout-shift` entry the browser
 * has buffered since navigation, plus any within `windowMs` more, summed once two
 * animation frames have passed (so a shift from the last change has been recorded).
 */
export function layoutShift(page: Page, windowMs = 0): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(total))), wait);
      }),
    windowMs,
  );
}
