import { expect, test } from '../support/shared-page.ts';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('an article is complete and every platform variant is readable', async ({ page }) => {
    await page.goto('/account/give-support-access/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Tabs degrade to stacked sections, one per platform, each under its label.
    for (const label of ['Windows', 'macOS', 'iOS', 'Android']) {
      await expect(page.locator('[data-tab-heading]', { hasText: label }).first()).toBeVisible();
    }
  });

  test('the home page search box sends the query to the search page', async ({ page }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    await main.getByRole('searchbox', { name: 'Search the help center' }).fill('restore emails');
    await main.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search/?q=restore+emails');
  });
});
