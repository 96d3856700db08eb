import type { Page } from '@playwright/test';
import { axeViolations, showTheme } from '../support/axe.ts';
import { expect, test } from '../support/shared-page.ts';

/** The focused element shows a focus ring at least 2 px wide. */
async function expectFocusRing(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
}

test.describe('using the keyboard only', () => {
  test('the first Tab shows a skip link that jumps to the content', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('#main')).toBeFocused();
  });

  test('a focused link shows a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });
});

test.describe('sharing a section with the keyboard', () => {
  const article = '/email-software/email-server-settings/';
  /** The share control after the heading `title`, named "Share “title”" for screen readers. */
  const shareControl = (page: Page, title: string) =>
    page.locator('.section-heading summary').filter({ hasText: new RegExp(`^Share “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”$`) });
  /** Where focus is: in the article or not, and the tag of a section heading's control that has it. */
  const focused = (page: Page) => page.evaluate(() => {
    const active = document.activeElement!;
    return { inArticle: !!active.closest('.article-body'), sectionControl: active.closest('.section-heading') ? active.tagName.toLowerCase() : null };
  });

  test('each heading is one Tab stop, its share control', async ({ page }) => {
    await page.goto(article);
    const headings = await page.locator('.article-body :is(h2, h3)').count();
    expect(headings).toBeGreaterThan(5);
    // Tab from the first heading's control through the whole article.
    await shareControl(page, 'The settings at a glance').focus();
    const stops: Array<string | null> = [];
    for (let i = 0; i < 300; i++) {
      const where = await focused(page);
      if (!where.inArticle) break;
      stops.push(where.sectionControl);
      await page.keyboard.press('Tab');
    }
    const sectionStops = stops.filter((s) => s !== null);
    expect(sectionStops).toEqual(Array(headings).fill('summary'));
  });

  test('Enter opens a section\'s menu with its three actions, and Escape closes it and returns focus', async ({ page }) => {
    await page.goto(article);
    const control = shareControl(page, 'Server name');
    await control.focus();
    // The hidden icon shows when it has focus, with a focus ring.
    await expect(control.locator('..')).toHaveCSS('opacity', '1');
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Link to this section' });
    await expect(link).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link: Server name' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy for a reply: Server name' })).toBeVisible();
    // Each action takes focus in turn, with a visible ring.
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link: Server name' })).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(control).toBeFocused();
  });

  test('"Copy link" copies the section\'s short link, closes the menu and says "Copied"', async ({ page }) => {
    await page.goto(article);
    const control = shareControl(page, 'Server name');
    await control.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/1011#server-name$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(/Link copied: .*\/1011#server-name$/);
    await expect(page.getByRole('link', { name: 'Link to this section' })).toBeHidden();
    await expect(control).toBeFocused();
    expect(await control.evaluate((c) => getComputedStyle(c, '::after').content)).toBe('"Copied"');
  });

  test('Tab past the last action closes the menu behind the reader', async ({ page }) => {
    await page.goto(article);
    await shareControl(page, 'Server name').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.locator('.section-menu[open]')).toHaveCount(0);
  });

  test('on a wide screen the control shows on hover and on focus only', async ({ page }) => {
    await page.goto(article);
    const menu = shareControl(page, 'Server name').locator('..');
    await expect(menu).toHaveCSS('opacity', '0');
    await page.getByRole('heading', { name: 'Server name' }).hover();
    await expect(menu).toHaveCSS('opacity', '1');
  });

  test('an open menu has no axe violation, in either theme', async ({ page }) => {
    await page.goto(article);
    await shareControl(page, 'Server name').click();
    for (const theme of ['light', 'dark'] as const) {
      await showTheme(page, theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });
});

test.describe('section controls on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every heading\'s control shows without hover, beside the heading\'s first line, taking one icon\'s room', async ({ page }) => {
    await page.goto('/email-software/email-server-settings/');
    const rows = await page.locator('.section-heading').evaluateAll((wrappers) => wrappers.map((w) => {
      const heading = w.querySelector(':scope > :is(h2, h3)')!.getBoundingClientRect();
      const menu = w.querySelector('.section-menu')!;
      const control = menu.querySelector('summary')!.getBoundingClientRect();
      return {
        heading: w.querySelector(':scope > :is(h2, h3)')!.textContent,
        opacity: getComputedStyle(menu).opacity,
        // The control on the heading's first line, after its text, not on a line of its own.
        besideHeading: control.left >= heading.right && control.top < heading.top + 16 && control.bottom > heading.top,
        // What the control takes from the heading's width: its own, and the gap before it.
        taken: Math.round(menu.getBoundingClientRect().right - heading.right),
      };
    }));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row, row.heading!).toMatchObject({ opacity: '1', besideHeading: true });
    for (const row of rows) expect(row.taken, row.heading!).toBeLessThanOrEqual(52);
  });
});
