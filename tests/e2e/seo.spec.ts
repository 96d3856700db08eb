import { expect, test } from '../support/shared-page.ts';

const article = '/backups/restore-deleted-emails/';

test.describe('what search engines and link previews see', () => {
  test('an article has a canonical URL, a description, Open Graph tags and structured data', async ({ page }) => {
    await page.goto(article);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/backups\/restore-deleted-emails\/$/);
    const description = await page.locator('meta[name=description]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', await page.getByRole('heading', { level: 1 }).innerText());
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
    const types = jsonLd.map((d) => d['@type']);
    expect(types).toEqual(expect.arrayContaining(['TechArticle', 'BreadcrumbList']));
    const crumbs = jsonLd.find((d) => d['@type'] === 'BreadcrumbList')!['itemListElement'] as Array<{ name: string; item: string }>;
    expect(crumbs.map((c) => c.name)).toEqual(['Home', 'Backups and restores', await page.getByRole('heading', { level: 1 }).innerText()]);
    expect(crumbs.at(-1)!.item).toBe(canonical);
  });

  test('an article says when it was last updated', async ({ page }) => {
    await page.goto(article);
    const updated = page.getByText(/^Updated /);
    await expect(updated).toBeVisible();
    await expect(updated.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });

  test('the sitemap lists every topic and article, and robots.txt points to it', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/backups/restore-deleted-emails/</loc>');
    expect(sitemap).toContain('/email-delivery/</loc>');
    // A translated article is listed in its language; a fallback page (the English text in Italian pages) is not.
    expect(sitemap).toContain('/it/backups/restore-deleted-emails/</loc>');
    expect(sitemap).not.toContain('/it/spam/reduce-incoming-spam/</loc>');
    expect(sitemap).not.toContain('/404');
    expect(sitemap).not.toContain('/search/');
  });

  test('the 404 page stays out of search engines', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  });
});
