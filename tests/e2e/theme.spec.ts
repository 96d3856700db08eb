import { expect, test, type Page } from '@playwright/test';

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

test.describe('light and dark themes', () => {
  test('follows the system setting until the reader chooses', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await theme(page)).toBe('dark');
    await context.close();
  });

  test('remembers the chosen theme across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Theme: as on this device (change)' })).toBeVisible();
    // As the device says, then light, then dark.
    await page.getByRole('button', { name: 'Theme: as on this device (change)' }).click();
    await page.getByRole('button', { name: 'Theme: light (change)' }).click();
    expect(await theme(page)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Theme: dark (change)' })).toBeVisible();

    await page.getByRole('link', { name: /Spam and phishing/ }).click();
    await expect(page).toHaveURL('/spam/');
    expect(await theme(page)).toBe('dark');
    await page.reload();
    expect(await theme(page)).toBe('dark');
  });

  test('goes back to following the system, which then applies live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto('/');
    expect(await theme(page)).toBe('dark');
    await page.getByRole('button', { name: 'Theme: dark (change)' }).click();
    await expect(page.getByRole('button', { name: 'Theme: as on this device (change)' })).toBeVisible();
    expect(await theme(page)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => theme(page)).toBe('dark');
  });

  test('applies the saved theme before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the moment the body is first inserted, before any module script runs.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/backups/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
  });
});
