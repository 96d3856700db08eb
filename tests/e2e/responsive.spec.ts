import { expect, test } from '../support/shared-page.ts';

const pages = [
  ['home', '/'],
  ['topic', '/email-software/'],
  ['long article with reports', '/email-delivery/delivery-failure-reports/'],
  ['article with tables', '/email-software/outlook-0x800-errors/'],
  ['article with tabs', '/account/give-support-access/'],
  ['404', '/no-such-page'],
] as const;

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [kind, path] of pages) {
    test(`the ${kind} page has no horizontal scrollbar`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    });
  }
});
