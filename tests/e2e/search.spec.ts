import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../support/shared-page.ts';
import { layoutShift, watchLayoutShift } from '../support/layout-shift.ts';

/** The files of Pagefind's bundle (`/pagefind/…`) a page or a worker has fetched, by name. */
async function pagefindFiles(where: Page | Worker): Promise<string[]> {
  const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);
  const urls = 'goto' in where ? await where.evaluate(fetched) : await where.evaluate(fetched);
  return urls.filter((url) => new URL(url).pathname.startsWith('/pagefind/')).map((url) => new URL(url).pathname.slice('/pagefind/'.length));
}

test.describe('the search page', () => {
  test('finds an article from the home page search box', async ({ page }) => {
    // The customer types their problem in the big search box and presses Enter.
    await page.goto('/');
    await page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' }).fill('restore emails');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=restore+emails');

    // The right article comes first, and opening it lands on the article.
    const results = page.locator('[data-search-result]');
    // The count trusted is of pages with both words; those with only "emails" (every page) are counted apart.
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “restore emails”, and \d+ results? with only some of the words$/);
    await expect(results.first()).toHaveText('Restore deleted emails');
    await results.first().click();
    await expect(page).toHaveURL(/\/backups\/restore-deleted-emails\//);
  });

  test('opens from a link with the query and the topic filter, and keeps the URL in step', async ({ page }) => {
    // Support sends "search results for password, in Account".
    await page.goto('/search/?q=password&topic=account');
    await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('account');
    await expect(page.getByRole('status')).toHaveText(/for “password” in Account, logins and support$/);
    const results = page.locator('[data-search-result]');
    await expect(results.first()).toBeVisible();
    for (const url of await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) {
      expect(url).toMatch(/^\/account\//);
    }
    // Changing the topic or the words updates the address, ready to be shared.
    await page.getByLabel('Topic', { exact: true }).selectOption('');
    await expect(page).toHaveURL('/search/?q=password');
    await page.getByRole('main').getByRole('searchbox').fill('spam filter');
    await expect(page).toHaveURL('/search/?q=spam+filter');
    await expect(results.first()).toHaveText('Reduce the spam you receive');
  });

  for (const { query, viewport } of [
    { query: 'restore emails', viewport: { width: 1366, height: 900 } },
    { query: 'zzqxv', viewport: { width: 360, height: 740 } },
  ]) {
    test(`a linked search keeps the page steady while its results arrive (${query}, ${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await watchLayoutShift(page);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toHaveText(/result/i);
      // The topics below the results come once the results are in.
      await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeAttached();
      await expect(page.locator('[data-browse-topics]')).toBeVisible();
      await page.waitForTimeout(500);
      // Cumulative layout shift: "good" is up to 0.1; nothing a reader sees moves here.
      expect((await layoutShift(page)).total).toBeLessThanOrEqual(0.05);
    });
  }

  test('offers sections of an article that land on the section', async ({ page }) => {
    await page.goto('/search/?q=Mailbox+disk+quota+exceeded');
    const section = page.locator('[data-search-subresult]').first();
    await expect(section).toBeVisible();
    const title = await section.innerText();
    await section.click();
    await expect(page).toHaveURL(/#/);
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeInViewport();
  });

  test('helps when nothing matches: tips, popular articles, topics and a way to contact support', async ({ page }) => {
    await page.goto('/search/?q=zzqxv+qwertyuiop');
    await expect(page.getByRole('status')).toHaveText('No results for “zzqxv qwertyuiop”.');
    const help = page.getByRole('region', { name: 'Nothing matches yet' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('list', { name: 'Popular articles' }).getByRole('link').first()).toBeVisible();
    await expect(help.getByRole('link', { name: 'Contact support' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
  });

  test('highlights the searched words on the article it opens', async ({ page }) => {
    await page.goto('/search/?q=snapshots');
    await page.locator('[data-search-result]').first().click();
    await expect(page).toHaveURL(/highlight=snapshots/);
    await expect(page.locator('.article-body mark.search-highlight').first()).toHaveText(/snapshots/i);
  });
});

test.describe('the search keeps the page free to respond', () => {
  test('a linked search runs in a worker of its own: Pagefind, the index and the articles\' text are fetched there, not by the page', async ({ page }) => {
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    // Support's link opens the search page with its query.
    await page.goto('/search/?q=restore+emails');
    await expect(page.locator('[data-search-result]').first()).toHaveText('Restore deleted emails');
    expect(workers.map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/worker-[\w-]+\.js$/)]);
    const byWorker = await pagefindFiles(workers[0]!);
    // Pagefind itself, its WebAssembly, the index chunks of the words and the text of the results shown.
    for (const file of [/^pagefind\.js$/, /^wasm\.en\.pagefind$/, /^index\/.+\.pf_index$/, /^fragment\/.+\.pf_fragment$/]) {
      expect(byWorker, String(file)).toContainEqual(expect.stringMatching(file));
    }
    // Each once: what the worker fetched ahead for the linked search is what Pagefind used.
    expect(byWorker.filter((file, i) => byWorker.indexOf(file) !== i)).toEqual([]);
    // The page's head script fetched only the start file (which names the chunks), for the worker.
    expect(await pagefindFiles(page)).toEqual(['search-start.en.json']);
    // The dialog of the same page searches in the same worker.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the help center' }).fill('dmarc');
    await expect(page.getByRole('option').first()).toContainText('SPF, DKIM and DMARC');
    expect(workers).toHaveLength(1);
    expect(await pagefindFiles(page)).toEqual(['search-start.en.json']);
  });
});

test.describe('the search page forgives and helps support', () => {
  test('corrects a misspelled word, says so, and searches the words as typed on request', async ({ page }) => {
    await page.goto('/search/?q=passwrod');
    const correction = page.locator('[data-search-correction]');
    await expect(correction).toHaveText('Showing results for password. Search for passwrod instead.');
    await expect(correction.locator('strong')).toHaveText('password');
    await expect(page.locator('[data-search-result]').first()).toHaveText('Understand your login and email passwords');
    // The customer really meant what they typed.
    await correction.getByRole('link', { name: 'passwrod' }).click();
    await expect(page).toHaveURL('/search/?q=passwrod&literal=1');
    await expect(page.getByRole('status')).toHaveText('No results for “passwrod”.');
    await expect(correction).toBeHidden();
  });

  test('never corrects a word the articles use', async ({ page }) => {
    await page.goto('/search/?q=relaying+denied');
    await expect(page.getByRole('status')).toHaveText(/results? for “relaying denied”/);
    await expect(page.locator('[data-search-correction]')).toBeHidden();
  });

  test('a linked search shows its results at once, quoting the article, not its hidden keywords', async ({ page }) => {
    await page.goto('/search/?q=relaying+denied');
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('[data-search-result]')).toHaveText('Fix "550 5.7.1 relaying denied" when sending');
    await expect(first.locator('p')).toContainText(/relaying denied/i);
    await expect(page.locator('[data-search-results]')).not.toContainText('·');
    await expect(first.locator('mark').first()).toHaveText(/relay/i);
  });

  test('each result and section has a copy button for its link, which announces the copy', async ({ page }) => {
    await page.goto('/search/?q=Mailbox+disk+quota+exceeded');
    const result = page.locator('[data-search-results] > li').first();
    const title = await result.locator('[data-search-result]').innerText();
    await result.getByRole('button', { name: `Copy link to ${title}`, exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https:\/\/[^/]+\/[a-z-]+\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('main').locator('[data-search-copy-status]')).toHaveText(`Copied: ${copied}`);
    // A section's button copies the link to the section, ready to paste in a reply.
    const section = result.locator('[data-search-subresult]').first();
    const sectionTitle = await section.innerText();
    await result.getByRole('button', { name: `Copy link to ${title} › ${sectionTitle}` }).click();
    const sectionLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(sectionLink).toBe(`${copied}#${new URL(await section.evaluate((a) => (a as HTMLAnchorElement).href)).hash.slice(1)}`);
  });
});
