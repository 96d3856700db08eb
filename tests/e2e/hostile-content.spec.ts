import { expect, test } from '../support/shared-page.ts';
import { hostilePort } from '../../playwright.config.ts';
import { trap, XSS_TRAP } from '../support/xss-trap.ts';

/** Titles, descriptions and bodies of the "hostile" fixture site carry markup and script: shown as text. */
test.describe('hostile content from authors', () => {
  test.use({ initScript: XSS_TRAP });
  const site = `http://127.0.0.1:${hostilePort}`;

  test('titles, descriptions, keywords and bodies with markup are shown as text on every page', async ({ page }) => {
    const check = trap(page);
    for (const path of ['/', '/spam/', '/spam/hostile-title/', '/3001', '/spam/plain/']) {
      await page.goto(`${site}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A plain article');
    await page.goto(`${site}/spam/hostile-title/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fix <img src=x onerror="top.__xssHit(\'title\')"> errors');
    expect(await check()).toEqual([]);
  });

  test('search results show a hostile title, excerpt and section as text', async ({ page }) => {
    const check = trap(page);
    await page.goto(`${site}/search/?q=hostilebody`);
    await expect(page.locator('[data-search-result]').first()).toHaveText('Fix <img src=x onerror="top.__xssHit(\'title\')"> errors');
    await page.goto(`${site}/search/?q=hostilekeyword`);
    await expect(page.locator('[data-search-result]').first()).toBeVisible();
    await page.goto(`${site}/`);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the help center' }).fill('hostilebody');
    await expect(page.getByRole('option').first()).toContainText('Fix <img src=x');
    expect(await check()).toEqual([]);
  });
});
