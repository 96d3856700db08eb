import type { Page } from '@playwright/test';
import { axeViolations, showTheme } from '../support/axe.ts';
import { expect, test } from '../support/shared-page.ts';

const pages = [
  ['home', '/'],
  ['topic', '/email-software/'],
  ['article', '/account/give-support-access/'],
  ['article with reports', '/email-delivery/delivery-failure-reports/'],
  ['search with results', '/search/?q=restore+emails'],
  ['search without results', '/search/?q=zzqxv'],
  ['errors', '/errors/'],
  ['404', '/no-such-page'],
] as const;

/** Opens a page and waits until it shows what a reader would check. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.startsWith('/search/')) await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching|^$/);
}

/**
 * Every theme at every width, on one load of the page: the theme is what the toggle sets (the
 * `data-theme` attribute), the width a resize. Each combination gets a full axe run, because what a
 * layout shows or hides differs by width and contrast differs by theme.
 */
async function violationsInEveryLook(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await showTheme(page, theme);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await axeViolations(page)).map((v) => `${theme}, ${width} px: ${v}`));
    }
  }
  return found;
}

test.describe('accessibility in both themes, on a phone and on a desktop', () => {
  // Four full axe runs per test.
  test.describe.configure({ timeout: 60_000 });
  for (const [kind, path] of pages) {
    test(`the ${kind} page has no axe violation`, async ({ page }) => {
      await open(page, path);
      expect(await violationsInEveryLook(page)).toEqual([]);
    });
  }

  test('the open search dialog with results has no axe violation', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the help center' }).fill('password');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await violationsInEveryLook(page)).toEqual([]);
  });
});

test.describe('with the keyboard only', () => {
  for (const [kind, path] of [['home', '/'], ['article', '/account/give-support-access/'], ['errors', '/errors/']] as const) {
    test(`every control of the ${kind} page can be reached with Tab and shows where the focus is`, async ({ page }) => {
      await page.goto(path);
      const expected = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
          .filter((el) => el.offsetParent !== null && !el.closest('dialog:not([open]), [hidden], [inert]') && el.getClientRects().length > 0)
          // The content of a closed <details> (the language menu) is not focusable until it opens; its summary is.
          .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])')).length,
      );
      const seen = new Set<string>();
      const unseen: string[] = [];
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (!el || el === document.body) return undefined;
          el.scrollIntoView({ block: 'nearest' });
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
          const key = `${el.tagName}#${el.id}.${el.textContent?.trim().slice(0, 30)}@${Math.round(box.x)},${Math.round(box.y + scrollY)}`;
          return { key, visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight, ring };
        });
        if (!focus) continue;
        seen.add(focus.key);
        if (!focus.visible || !focus.ring) unseen.push(`${focus.key} visible=${focus.visible} ring=${focus.ring}`);
      }
      expect(unseen).toEqual([]);
      expect(seen.size).toBeGreaterThanOrEqual(expected);
    });
  }
});
