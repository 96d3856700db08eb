import { expect, test } from '../support/shared-page.ts';
import { layoutShift, watchLayoutShift } from '../support/layout-shift.ts';
import { placeholderWidths } from '../support/placeholder.ts';
import { ui } from '../../src/i18n/ui.ts';

const pages = [
  ['home', '/'],
  ['topic', '/email-software/'],
  ['long article with reports', '/email-delivery/delivery-failure-reports/'],
  ['article with tables', '/email-software/outlook-0x800-errors/'],
  ['article with tabs', '/account/give-support-access/'],
  ['404', '/no-such-page'],
  // A topic's long name in French or German made the search page's topic filter 430 px wide.
  ['French search', '/fr/search/'],
  ['German search', '/de/search/'],
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

  // German's long placeholder ("Beschreiben Sie Ihr Problem oder fügen Sie einen Fehlercode ein") was cut mid-word.
  for (const [kind, path] of [['home', '/de/'], ['search', '/de/search/'], ['404', '/de/nope']] as const) {
    test(`the search box of the German ${kind} page shows a whole placeholder, never one cut mid-word`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('load');
      const box = page.locator('main form[role="search"] input[type="search"]');
      // Fitted once the page's script ran: the long one does not fit a phone in German.
      await expect(box).not.toHaveAttribute('placeholder', ui('de').searchPlaceholder);
      const shown = (await box.getAttribute('placeholder'))!;
      const short = ui('de').searchPlaceholderShort;
      expect(shown === short || (shown.endsWith('…') && short.startsWith(`${shown.slice(0, -1)} `)), `"${shown}" is made of whole words of "${short}"`).toBe(true);
      const { painted, text } = await placeholderWidths(box);
      expect(painted, `"${await box.getAttribute('placeholder')}" is ${text.toFixed(0)} px of text, ${painted} px on screen`).toBeGreaterThanOrEqual(text - 3);
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

test.describe('on a touch tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('the header\'s search button names no keyboard shortcut (there is no keyboard to press it on)', async ({ page }) => {
    await page.goto('/');
    const button = page.locator('header [data-open-search]');
    await expect(button).toBeVisible();
    await expect(button.locator('kbd')).toBeHidden();
  });
});

test.describe('on a desktop', () => {
  test('the header\'s search button names its shortcut', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('header [data-open-search] kbd')).toHaveText('Ctrl K');
    await expect(page.locator('header [data-open-search] kbd')).toBeVisible();
  });
});

test.describe('on a Mac', () => {
  test.use({ initScript: "Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' });" });

  test('the header\'s search button names the shortcut as the Mac\'s keyboard does, and it opens the search', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('load');
    await expect(page.locator('header [data-open-search] kbd')).toHaveText('⌘ K');
    await page.keyboard.press('Meta+k');
    await expect(page.getByRole('dialog', { name: 'Search the help center' })).toBeVisible();
  });
});
