import { expect, test } from '../support/shared-page.ts';

test.describe('links between articles', () => {
  test('follows a cross-link to a section of another article', async ({ page }) => {
    // A customer reading about email software errors follows the link about the 573 / port 587 message.
    await page.goto('/email-software/email-server-settings/');
    const link = page.getByRole('main').locator('a[href="/email-software/fix-email-software-errors/#port-25-blocked"]').first();
    await expect(link).toBeVisible();
    await link.click();

    // They land on the other article, scrolled to that section.
    await expect(page).toHaveURL('/email-software/fix-email-software-errors/#port-25-blocked');
    const section = page.getByRole('heading', { name: 'Port 25 is blocked' });
    await expect(section).toHaveId('port-25-blocked');
    await expect(section).toBeInViewport();
  });

  test('links to one step of a procedure and highlights it', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/#mail-service-steps-step-3');
    const step = page.locator('#mail-service-steps-step-3');
    await expect(step).toBeInViewport();
    // The targeted step stands out from its neighbours.
    const [target, other] = await Promise.all([
      step.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator('#mail-service-steps-step-2').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(target).not.toBe(other);
  });
});
