import type { Locator, Page } from '@playwright/test';
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

/** The share control after the heading `title`: a link icon named "Share “title”" for screen readers. */
function shareControl(page: Page, title: string): Locator {
  return page.locator('.section-heading summary').filter({ hasText: new RegExp(`^Share “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”$`) });
}

/** Opens the share menu of the section `title`, as a reader clicks its icon. */
async function openShareMenu(page: Page, title: string): Promise<void> {
  await shareControl(page, title).click();
  await expect(page.getByRole('link', { name: 'Link to this section' })).toBeVisible();
}

test.describe('copying links for a support reply', () => {
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

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

  test('a section\'s menu closes after a copy, and "Copied" shows in words above its icon', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await openShareMenu(page, 'Restore from the Mail Service');
    await page.getByRole('button', { name: 'Copy link: Restore from the Mail Service' }).click();
    await expect(page.getByRole('link', { name: 'Link to this section' })).toBeHidden();
    const control = shareControl(page, 'Restore from the Mail Service');
    await expect.poll(() => control.evaluate((c) => getComputedStyle(c, '::after').content)).toBe('"Copied"');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(/Link copied: .*\/1007#restore-from-mail-service$/);
    // The word goes after a moment, with the icon (the pointer is no longer over the heading).
    await expect.poll(() => control.evaluate((c) => getComputedStyle(c, '::after').content), { timeout: 4000 }).toBe('none');
  });

  test('copy buttons and section controls are at least 24 px tall, and 44 px on a touch screen', async ({ browser }) => {
    for (const [hasTouch, min] of [[false, 24], [true, 44]] as const) {
      const context = await browser.newContext({ hasTouch, isMobile: hasTouch, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto('/backups/restore-deleted-emails/');
      const heights = await page.locator('.copy-chip').evaluateAll((chips) => chips.filter((c) => !(c as HTMLElement).hidden).map((c) => c.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(0);
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(min);
      // The section's icon, and each action of its open menu.
      const control = shareControl(page, 'Restore from the Mail Service');
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(min);
      await control.click();
      for (const item of await page.locator('.section-menu[open] .section-menu-item').all()) {
        expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(min);
      }
      await context.close();
    }
  });

  test('each section copies its short link with the anchor', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    await openShareMenu(page, 'Restore from the Mail Service');
    await page.getByRole('button', { name: 'Copy link: Restore from the Mail Service' }).click();
    expect(await clipboard(page)).toMatch(/^https?:\/\/[^/]+\/1007#restore-from-mail-service$/);
  });

  test('"copy for a reply" gives the titles, the description and the link, ready to paste', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const description = (await page.locator('meta[name=description]').getAttribute('content'))!;
    await openShareMenu(page, 'Restore from the Mail Service');
    await page.getByRole('button', { name: 'Copy for a reply: Restore from the Mail Service' }).click();
    const lines = (await clipboard(page)).split('\n');
    expect(lines[0]).toBe('Restore deleted emails › Restore from the Mail Service');
    expect(lines[1]).toBe(description);
    expect(lines[2]).toMatch(/\/1007#restore-from-mail-service$/);
  });

  test('when the browser refuses to copy, the section\'s menu stays open and shows the link to copy by hand', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    // A browser with no clipboard the page may write to.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      Object.assign(document, { execCommand: () => false });
    });
    await openShareMenu(page, 'Restore from the Mail Service');
    const copyLink = page.getByRole('button', { name: 'Copy link: Restore from the Mail Service' });
    await copyLink.click();
    const refusal = page.locator('.section-menu[open]').getByText(/^Could not copy\. The link is https?:\/\/[^/]+\/1007#restore-from-mail-service$/);
    await expect(refusal).toBeVisible();
    await expect(copyLink).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveText(/^Could not copy\. The link is .*\/1007#restore-from-mail-service$/);
    // It goes when the menu closes.
    await page.keyboard.press('Escape');
    await expect(refusal).toHaveCount(0);
  });

  test('opening one section\'s menu closes the other, and a click outside closes it', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const headings = await page.locator('.section-heading > :is(h2, h3)').allInnerTexts();
    await openShareMenu(page, headings[0]!);
    await shareControl(page, headings[1]!).click();
    await expect(page.locator('.section-menu[open]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: `Copy link: ${headings[1]}` })).toBeVisible();
    // A click on the text beside it.
    await page.locator('.article-body p').first().click();
    await expect(page.locator('.section-menu[open]')).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('every section heading has one menu, whose link to the section opens and works', async ({ page }) => {
      await page.goto('/backups/restore-deleted-emails/');
      const headings = page.locator('.article-body :is(h2, h3)');
      const count = await headings.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const id = await headings.nth(i).getAttribute('id');
        await expect(page.locator(`.section-menu a[href="#${id}"]`)).toHaveCount(1);
      }
      await expect(page.locator('.section-menu')).toHaveCount(count);
      // The menu opens by itself (a <details>); only the link is in it, the copy buttons need a script.
      await shareControl(page, 'Restore from the Mail Service').click();
      await expect(page.getByRole('button', { name: 'Copy link: Restore from the Mail Service' })).toBeHidden();
      await page.getByRole('link', { name: 'Link to this section' }).click();
      await expect(page).toHaveURL(/\/backups\/restore-deleted-emails\/#restore-from-mail-service$/);
    });
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
