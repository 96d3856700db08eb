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

  test('marks the section being read as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/backups/restore-deleted-emails/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await page.getByRole('heading', { level: 2, name: 'Users of POP3 email software' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('pop3')!.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current="true"]')).toHaveText('Users of POP3 email software');
    await page.evaluate(() => scrollTo(0, 0));
    await expect(toc.locator('a[aria-current="true"]')).toHaveText('How email backups work');
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
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
