import { expect, test } from '../support/shared-page.ts';

const article = '/account/give-support-access/';

test.describe('platform tabs', () => {
  test('shows one platform at a time and switches with a click or the arrow keys', async ({ page }) => {
    await page.goto(article);
    const tabs = page.getByRole('tablist').first();
    await expect(tabs.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').first()).toContainText(/print ?screen/i);

    await tabs.getByRole('tab', { name: 'macOS' }).click();
    await expect(tabs.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'macOS' }).first()).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'iOS' })).toBeFocused();
    await expect(tabs.getByRole('tab', { name: 'iOS' })).toHaveAttribute('aria-selected', 'true');
  });

  test('switches every tab group of the page together', async ({ page }) => {
    await page.goto(article);
    await page.getByRole('tablist').first().getByRole('tab', { name: 'macOS' }).click();
    await expect(page.getByRole('tablist').nth(1).getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  });

  test('opens on the platform a support link names', async ({ page }) => {
    // Support sends a link that picks the customer's platform.
    await page.goto(`${article}?platform=android`);
    await expect(page.getByRole('tablist').first().getByRole('tab', { name: 'Android' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Android' }).first()).toBeVisible();
  });

  test('remembers the reader’s platform on the next page', async ({ page }) => {
    await page.goto(article);
    await page.getByRole('tablist').first().getByRole('tab', { name: 'macOS' }).click();
    await page.goto('/');
    await page.goto(article);
    await expect(page.getByRole('tablist').first().getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  });
});
