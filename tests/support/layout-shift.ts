import type { Page } from '@playwright/test';

type Seen = { layoutShift: number; mainShift: number };

/**
 * Cumulative layout shift as a reader sees it: the sum of the page's layout shifts not caused by their own
 * input (Chromium's Layout Instability API), and the part of it that moved something in `<main>`. Call
 * `watchLayoutShift` before the page loads.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as Seen;
    seen.layoutShift = 0;
    seen.mainShift = 0;
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as Shift[]) {
        if (shift.hadRecentInput) continue;
        seen.layoutShift += shift.value;
        const inMain = shift.sources.some(({ node }) => (node instanceof Element ? node : node?.parentElement)?.closest('main'));
        if (inMain) seen.mainShift += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's cumulative layout shift so far, and the part of it inside `<main>`. */
export function layoutShift(page: Page): Promise<{ total: number; inMain: number }> {
  return page.evaluate(() => ({ total: (window as unknown as Seen).layoutShift, inMain: (window as unknown as Seen).mainShift }));
}
