import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-page.ts';

/**
 * What a page fetched, and when, against its first contentful paint (the page's own clock): on a phone's
 * slow connection every request before the paint competes with it (docs/performance.md, "Speed on a
 * phone").
 */
async function requestsAroundFirstPaint(page: Page) {
  // The page's scripts have run: the search dialog's element is defined on every page.
  await page.waitForFunction(() => customElements.get('kb-search-dialog') !== undefined);
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const requests = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const path = (r: PerformanceResourceTiming) => new URL(r.name).pathname;
    return {
      painted: paint !== undefined,
      before: requests.filter((r) => paint === undefined || r.startTime < paint).map(path),
      scriptsAfter: requests.filter((r) => paint !== undefined && r.startTime >= paint && path(r).endsWith('.js')).map(path),
    };
  });
}

test.describe('a page on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const [kind, url] of [
    ['home page', '/'],
    ['article', '/backups/restore-deleted-emails/'],
    ['topic page', '/backups/'],
    ['search page', '/search/'],
    ['error lookup', '/errors/'],
    ['page not found', '/no-such-page/'],
  ] as const) {
    test(`the ${kind} is painted before any of its scripts is fetched, and they run after`, async ({ freshPage: page }) => {
      // The reader opens the page.
      await page.goto(url);
      const { painted, before, scriptsAfter } = await requestsAroundFirstPaint(page);
      expect(painted).toBe(true);
      // Nothing but the stylesheet (and the site's icon) stood between the reader and the first paint.
      expect(before.filter((path) => !/\.css$|\/favicon\.png$/.test(path)), `fetched before the first paint of ${url}`).toEqual([]);
      // The scripts came after it, and work: the search opens from the keyboard.
      expect(scriptsAfter.length).toBeGreaterThan(0);
      await page.keyboard.press('/');
      await expect(page.getByRole('dialog')).toBeVisible();
    });
  }
});
