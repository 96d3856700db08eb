import { expect, test } from '../support/shared-page.ts';

test.describe('table of contents', () => {
  test('jumps to a section from the sidebar on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/backups/restore-deleted-emails/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: 'Restore from the Mail Service' }).click();
    await expect(page).toHaveURL(/#restore-from-mail-service$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Restore from the Mail Service' })).toBeInViewport();
  });

  test('stays in view while the reader scrolls a long article', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/email-delivery/delivery-failure-reports/');
    await page.mouse.wheel(0, 4000);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeInViewport();
  });

  test('is a collapsed block above the article on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/backups/restore-deleted-emails/');
    const summary = page.getByText('On this page', { exact: true }).filter({ visible: true });
    await summary.click();
    const toc = page.getByRole('navigation', { name: 'On this page (collapsible)' });
    await toc.getByRole('link', { name: 'Users of POP3 email software' }).click();
    await expect(page).toHaveURL(/#pop3$/);
    await expect(page.getByRole('heading', { name: 'Users of POP3 email software' })).toBeInViewport();
  });
});
