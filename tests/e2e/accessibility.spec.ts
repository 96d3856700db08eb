import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 A/AA rules (axe-core tags). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

async function open(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
  await page.goto(path);
  if (path.startsWith('/search/')) await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching|^$/);
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`accessibility, ${theme} theme, ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });
      for (const [kind, path] of pages) {
        test(`the ${kind} page has no axe violation`, async ({ page }) => {
          await open(page, path, theme);
          expect(await violations(page)).toEqual([]);
        });
      }
      test('the open search dialog with results has no axe violation', async ({ page }) => {
        await open(page, '/', theme);
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox', { name: 'Search the help center' }).fill('password');
        await expect(page.getByRole('option').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

test.describe('with the keyboard only', () => {
  for (const [kind, path] of [['home', '/'], ['article', '/account/give-support-access/'], ['errors', '/errors/']] as const) {
    test(`every control of the ${kind} page can be reached with Tab and shows where the focus is`, async ({ page }) => {
      await page.goto(path);
      const expected = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
          .filter((el) => el.offsetParent !== null && !el.closest('dialog:not([open]), [hidden], [inert]') && el.getClientRects().length > 0).length,
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
