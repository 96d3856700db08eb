import { expect, test } from '../support/shared-page.ts';

test.describe('a page that does not exist', () => {
  test('answers 404 with a search box and the topics', async ({ page }) => {
    const response = await page.goto('/email-delivery/no-such-article/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('searchbox', { name: 'Search the help center' }).first()).toBeVisible();
    await page.getByRole('link', { name: /Spam and phishing/ }).click();
    await expect(page).toHaveURL('/spam/');
  });
});
