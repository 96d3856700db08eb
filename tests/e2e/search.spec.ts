import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('finds an article from the home page search box', async ({ page }) => {
    // The customer types their problem in the big search box and presses Enter.
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the help center' }).last().fill('restore emails');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=restore+emails');

    // The right article is among the first results, and opening it lands on the article.
    const results = page.locator('[data-search-result]');
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ results? for “restore emails”/);
    const titles = await results.allTextContents();
    expect(titles.slice(0, 3)).toContain('Restore deleted emails');
    await results.filter({ hasText: 'Restore deleted emails' }).click();
    await expect(page).toHaveURL(/\/backups\/restore-deleted-emails\//);
  });
});
