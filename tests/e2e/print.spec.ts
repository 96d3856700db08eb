import { expect, test } from '../support/shared-page.ts';

test.describe('printing an article', () => {
  test('prints the article alone, with the targets of its links', async ({ page }) => {
    await page.goto('/email-software/email-server-settings/');
    await page.emulateMedia({ media: 'print' });
    // The site chrome is not printed.
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Still stuck?' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A link in the body shows where it leads.
    const link = page.locator('.article-body a[href^="/"]').first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await link.getAttribute('href'));
  });
});
