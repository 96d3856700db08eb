import { expect, test } from '../support/shared-page.ts';
import { layoutShift, watchLayoutShift } from '../support/layout-shift.ts';

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

test.describe('on a touch phone, while its scripts load', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('an article keeps still: the copy buttons are there from the first paint', async ({ page, context }) => {
    // A mid-range phone's CPU: the page's scripts run well after its first paint.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await watchLayoutShift(page);
    await page.goto('/email-software/email-server-settings/');
    await expect(page.getByRole('button', { name: 'Copy the short link' })).toBeVisible();
    await page.waitForTimeout(500);
    const shift = await layoutShift(page);
    // Nothing of the article moves (they pushed it down when they appeared later); the whole page stays "good".
    expect(shift.inMain).toBe(0);
    expect(shift.total).toBeLessThanOrEqual(0.05);
  });
});
