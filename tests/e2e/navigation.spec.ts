import { expect, test } from '../support/shared-page.ts';

test.describe('browsing the help center', () => {
  test('goes from the home page to an article through its topic, and back through the breadcrumb', async ({ page }) => {
    // The customer opens the help center and picks a topic from the grid.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
    await page.getByRole('link', { name: /Backups and restores/ }).click();
    await expect(page).toHaveURL('/backups/');
    await expect(page.getByRole('heading', { level: 1, name: 'Backups and restores' })).toBeVisible();

    // They open an article of that topic.
    await page.getByRole('link', { name: /Restore deleted emails/ }).click();
    await expect(page).toHaveURL('/backups/restore-deleted-emails/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/deleted emails/i);

    // The breadcrumb shows where they are and takes them back up.
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'Backups and restores', /deleted emails/i]);
    await breadcrumb.getByRole('link', { name: 'Backups and restores' }).click();
    await expect(page).toHaveURL('/backups/');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL('/');
  });

  test('shows every topic on the home page with its article count, and popular articles', async ({ page }) => {
    await page.goto('/');
    const topics = page.getByRole('region', { name: 'Browse by topic' }).getByRole('listitem');
    await expect(topics).toHaveCount(6);
    await expect(topics.filter({ hasText: 'Email software and apps' })).toContainText(/\d+ articles/);
    const popular = page.getByRole('region', { name: 'Popular articles' }).getByRole('link');
    expect(await popular.count()).toBeGreaterThanOrEqual(3);
  });

  test('offers previous and next articles within the topic', async ({ page }) => {
    await page.goto('/backups/');
    const articles = page.getByRole('list', { name: 'Articles in Backups and restores' }).getByRole('link');
    const secondTitle = (await articles.nth(1).locator('span').first().textContent())!.trim();
    await articles.first().click();
    const more = page.getByRole('navigation', { name: 'More in this topic' });
    await expect(more.getByRole('link', { name: /Next/ })).toContainText(secondTitle);
    await more.getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
    await expect(page.getByRole('navigation', { name: 'More in this topic' }).getByRole('link', { name: /Previous/ })).toBeVisible();
  });

  test('does not repeat the previous or next article among the related ones', async ({ page }) => {
    // 1007 lists 1009, the next article of its topic, among its related articles.
    await page.goto('/backups/restore-deleted-emails/');
    const next = (await page.getByRole('navigation', { name: 'More in this topic' }).getByRole('link', { name: /Next/ }).locator('span').last().textContent())!.trim();
    const related = await page.getByRole('region', { name: 'Related articles' }).getByRole('link').allTextContents();
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((t) => t.trim())).not.toContain(next);
  });

  test('lists related articles and a way to contact support at the end of an article', async ({ page }) => {
    await page.goto('/email-delivery/delivery-failure-reports/');
    const related = page.getByRole('region', { name: 'Related articles' });
    expect(await related.getByRole('link').count()).toBeGreaterThan(0);
    await related.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Still stuck?' }).getByRole('link', { name: 'Contact support' })).toBeVisible();
  });
});

test.describe('a section link pasted at the end of a sentence', () => {
  test('lands on its section without the punctuation, through a short link and on the article', async ({ page }) => {
    await page.goto('/1007#not-restored.');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/#not-restored');
    await expect(page.locator('h3#not-restored')).toBeInViewport();
    await page.goto('/backups/restore-deleted-emails/#RESTORED),');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/#restored');
    await expect(page.locator('#restored')).toBeInViewport();
  });
});
