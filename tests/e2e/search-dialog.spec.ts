import { expect, test } from '../support/shared-page.ts';

const dialog = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: 'Search the help center' });
const combobox = (page: import('@playwright/test').Page) => dialog(page).getByRole('combobox', { name: 'Search the help center' });

test.describe('the search dialog', () => {
  test('downloads nothing for search until it is first used', async ({ freshPage: page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\/|search-dialog-ui|\/search\./.test(r.url())) searchRequests.push(r.url());
    });
    await page.goto('/backups/restore-deleted-emails/');
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    await page.keyboard.press('Control+k');
    await expect(combobox(page)).toBeFocused();
    await combobox(page).fill('restore');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    expect(searchRequests.some((u) => u.includes('/pagefind/'))).toBe(true);
  });

  test('fetches the text of the results it lists, not of every article that matches', async ({ freshPage: page }) => {
    // (The search page lists up to 20 results, more than this help center has articles: only the
    // dialog, which lists 6, can show it.)
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('email');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText(/^\d+ results?$/);
    const total = Number(/^(\d+)/.exec(await status.innerText())![1]);
    expect(total, 'articles that match, more than the dialog lists').toBeGreaterThan(6);
    // Six results, each maybe with sections of it (options search-option-<i>-<j>).
    const results = () => dialog(page).getByRole('option').evaluateAll((all) => all.filter((o) => /^search-option-\d+$/.test(o.id)).length);
    await expect.poll(results).toBe(6);
    await page.waitForLoadState('networkidle');
    expect(new Set(fragments).size).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(6);
  });

  test('opens with Ctrl+K, with / and from the header button', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('/');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(combobox(page)).toBeFocused();
  });

  test('/ types a slash in a box the reader is typing in, but opens the search from a box the closed dialog left focused', async ({ page }) => {
    await page.goto('/search/');
    const pageBox = page.getByRole('main').getByRole('searchbox');
    await pageBox.fill('550 5.7.1');
    await pageBox.press('/');
    await expect(pageBox).toHaveValue('550 5.7.1/');
    await expect(dialog(page)).toBeHidden();
    // Right after Escape the browser may still report the closed dialog's box as focused for a moment
    // (found in a flaky run): a / then is not typing, it opens the search.
    await page.locator('kb-search-dialog dialog input').dispatchEvent('keydown', { key: '/' });
    await expect(combobox(page)).toBeFocused();
  });

  test('shows results as the reader types, announces their number, and opens one with the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    // The customer types a question in their own words.
    await combobox(page).pressSequentially('my emails vanished');
    const options = dialog(page).getByRole('option');
    await expect(options.first()).toContainText('Restore deleted emails');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results?$/);
    // Arrow keys move through the results; Enter opens the active one.
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/backups\/restore-deleted-emails\/\?highlight=/);
  });

  test('a section of a result lands on that section', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('Mailbox disk quota exceeded');
    const section = dialog(page).getByRole('option', { name: /↳/ }).first();
    await expect(section).toBeVisible();
    const title = (await section.locator('span').first().innerText()).replace('↳ ', '');
    await section.click();
    await expect(page).toHaveURL(/#/);
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeInViewport();
  });

  test('closes with Escape and gives the focus back to the button that opened it', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await button.click();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('every Tab stop in the open dialog is visible, and the page does not scroll behind it', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('restore');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement!;
        const r = el.getBoundingClientRect();
        return { name: el.textContent?.trim() ?? '', width: r.width, height: r.height, inDialog: !!el.closest('dialog') };
      });
      if (!focus.inDialog) break;
      reached.push(focus.name);
      expect(focus.width, `"${focus.name}": a focused control this narrow is invisible`).toBeGreaterThan(8);
      expect(focus.height, `"${focus.name}"`).toBeGreaterThan(8);
    }
    expect(reached).toContain('Show all results');
    const before = await page.evaluate(() => scrollY);
    await page.mouse.move(10, 400);
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(before);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('zzqxv');
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “zzqxv”');
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
  });
});

test.describe('the search dialog forgives and helps support', () => {
  test('corrects a misspelled word and offers the words as typed', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('thundrbird');
    const correction = dialog(page).locator('[data-correction]');
    await expect(correction).toHaveText('Showing results for thunderbird. Search for thundrbird instead.');
    await expect(dialog(page).getByRole('option').first()).toContainText(/Thunderbird/);
    await correction.getByRole('button', { name: 'thundrbird' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “thundrbird”');
    await expect(combobox(page)).toBeFocused();
  });

  test('every result and section has a copy button for its link', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('Mailbox disk quota exceeded');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    // The first result is drawn at once, the others once it is on screen: options and copy buttons are
    // counted in one read, so that a list drawn between two reads cannot make them differ.
    const counts = () => dialog(page).evaluate((d) => ({
      options: d.querySelectorAll('[role="option"]').length,
      copyButtons: d.querySelectorAll('button[aria-label^="Copy link to "]').length,
    }));
    await expect.poll(async () => { const c = await counts(); return c.options > 1 && c.copyButtons === c.options; }, { message: 'every result and section has its copy button' }).toBe(true);
    const section = dialog(page).getByRole('option', { name: /↳/ }).first();
    const title = (await section.locator('span').first().innerText()).replace('↳ ', '');
    await dialog(page).getByRole('button', { name: new RegExp(`^Copy link to .* › ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https:\/\/[^?]+#[\w-]+$/);
    await expect(dialog(page).locator('[data-search-copy-status]')).toHaveText(/^Copied: https:/);
    // Copying does not leave the search.
    await expect(dialog(page)).toBeVisible();
  });
});
