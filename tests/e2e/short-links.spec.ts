import { expect, test } from '../support/shared-page.ts';

test.describe('short links', () => {
  test('a short link with a section lands on that section of the article', async ({ page }) => {
    // A support agent sent /1003#spf-failure in a reply.
    await page.goto('/1003#spf-failure');
    await expect(page).toHaveURL('/email-delivery/delivery-failure-reports/#spf-failure');
    await expect(page.getByRole('heading', { name: 'SPF failure' })).toBeInViewport();
  });

  test('a short link keeps its query string as well as its section', async ({ page }) => {
    await page.goto('/1005?platform=macos#screenshots');
    await expect(page).toHaveURL('/account/give-support-access/?platform=macos#screenshots');
    await expect(page.getByRole('tablist').first().getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  });

  test('an alias lands on its article', async ({ page }) => {
    await page.goto('/restore-emails');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/');
  });

  test('a short link works without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/1007');
    await expect(page).toHaveURL(/\/backups\/restore-deleted-emails\/$/);
    await context.close();
  });

  test('the redirect page tells search engines where the article lives', async ({ request }) => {
    const html = await (await request.get('/1007/')).text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/backups\/restore-deleted-emails\/">/);
    expect(html).toContain('<a href="/backups/restore-deleted-emails/">');
  });

  test('the host redirect rules list every short link and alias of a language, and leave the others to their pages', async ({ request }) => {
    const rules = await (await request.get('/_redirects')).text();
    for (const id of [1001, 1007, 1016]) expect(rules).toMatch(new RegExp(`^/fr/${id} /fr/[a-z0-9-]+/[a-z0-9-]+/ 301$`, 'm'));
    expect(rules).toContain('/de/restore-emails /de/backups/restore-deleted-emails/ 301');
    // /1007 and /restore-emails open in the reader's language, which only their redirect page can learn.
    expect(rules).not.toMatch(/^\/1007 /m);
    expect(rules).not.toMatch(/^\/restore-emails /m);
  });
});

test.describe('copying links for a support reply', () => {
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

  test('the article header shows the short link and copies it', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await expect(page.getByText('Short link: /1007')).toBeVisible();
    const chip = page.getByRole('button', { name: 'Copy the short link' });
    await chip.click();
    expect(await clipboard(page)).toMatch(/^https?:\/\/[^/]+\/1007$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(/Link copied: .*\/1007$/);
    // Said in words on the button, not by its colour alone, then back to what it was.
    await expect(page.locator('[data-copy="link"]').first()).toHaveText('Copied');
    await expect(page.locator('[data-copy="link"]').first()).toHaveText('Copy the short link', { timeout: 4000 });
  });

  test('a section\'s copy button says "Copied" beside its icon', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const button = page.getByRole('button', { name: 'Copy link to “Restore from the Mail Service”' });
    await button.click();
    expect(await button.evaluate((b) => getComputedStyle(b, '::after').content)).toBe('"Copied"');
  });

  test('copy buttons are at least 24 px tall, and 44 px on a touch screen', async ({ browser }) => {
    for (const [hasTouch, min] of [[false, 24], [true, 44]] as const) {
      const context = await browser.newContext({ hasTouch, isMobile: hasTouch, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto('/backups/restore-deleted-emails/');
      const heights = await page.locator('.copy-chip').evaluateAll((chips) => chips.filter((c) => !(c as HTMLElement).hidden).map((c) => c.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(0);
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(min);
      await context.close();
    }
  });

  test('each section copies its short link with the anchor', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await page.getByRole('button', { name: 'Copy link to “Restore from the Mail Service”' }).click();
    expect(await clipboard(page)).toMatch(/^https?:\/\/[^/]+\/1007#restore-from-mail-service$/);
  });

  test('"copy for a reply" gives the titles, the description and the link, ready to paste', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const description = (await page.locator('meta[name=description]').getAttribute('content'))!;
    await page.getByRole('button', { name: 'Copy “Restore from the Mail Service” for a reply' }).click();
    const lines = (await clipboard(page)).split('\n');
    expect(lines[0]).toBe('Restore deleted emails › Restore from the Mail Service');
    expect(lines[1]).toBe(description);
    expect(lines[2]).toMatch(/\/1007#restore-from-mail-service$/);
  });

  test('every section heading has a link to itself that works without JavaScript', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const headings = page.locator('.article-body :is(h2, h3)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const id = await headings.nth(i).getAttribute('id');
      await expect(page.locator(`.section-actions a[href="#${id}"]`)).toHaveCount(1);
    }
  });
});

test.describe('a missing page', () => {
  test('searches for the words of the missing address and offers matching articles', async ({ page }) => {
    await page.goto('/email-delivery/bounce-report');
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('bounce report');
    const suggestions = page.locator('[data-suggestion]');
    await expect(suggestions.first()).toBeVisible();
    expect(await suggestions.allTextContents()).toContain('Understand and fix a delivery failure report');
  });

  test('a short link pasted with the end of its sentence, or in capitals, still lands on its article and section', async ({ page }) => {
    await page.goto('/1007.');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/');
    await page.goto('/1007)#not-restored');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/#not-restored');
    await page.goto('/RESTORE-EMAILS');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/');
  });

  test('suggests articles only when they are plausibly related, else leaves the search to the reader', async ({ page }) => {
    const vocabulary = page.waitForResponse((r) => r.url().includes('/pagefind/search-vocabulary.'));
    await page.goto('/nope');
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('nope');
    // The search has its vocabulary (which says no page has "nope"): no guessed "suggestions" follow.
    await vocabulary;
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-suggestions]')).toBeHidden();
    await expect(page.locator('[data-suggestion]')).toHaveCount(0);
  });
});
