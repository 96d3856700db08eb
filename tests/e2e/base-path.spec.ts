import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, scriptsReady, test } from '../support/shared-page.ts';
import { basePathSite } from '../../playwright.config.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { startNginx } from '../support/nginx.ts';
import { crawl, readPage, type PageFacts } from '../support/site-crawl.ts';

/**
 * A help center that lives at example.com/help/: the "moved" fixture site built with
 * SITE_URL=https://example.com/help/ and served under /help/ only (every other path of the host
 * answers 404, as it would on the company's own site). The same site is also built and served at the
 * root of its own port (published-urls.spec.ts).
 */
const origin = `http://127.0.0.1:${basePathSite.port}`;
const home = `${origin}${basePathSite.base}`;
const root = path.resolve(import.meta.dirname, '../../.fixtures-dist');
const dist = path.join(root, basePathSite.out);

test.describe('a help center served under /help/', () => {
  test('no link, stylesheet, script, image or #fragment of any page points outside /help/ or to nothing', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const served = (file: string) => `/help/${file === '404.html' ? '404/' : file.replace(/index\.html$/, '').split(path.sep).join('/')}`;
    const pages = new Map<string, PageFacts>(files.map((f) => [served(f), readPage(readFileSync(path.join(dist, f), 'utf8'))]));
    const site = {
      page: (p: string) => pages.get(p),
      fileExists: (p: string) => p.startsWith('/help/') && existsSync(path.join(dist, p.slice('/help/'.length))),
    };
    const broken = [...pages.keys()].flatMap((p) => crawl(p, site).broken);
    expect([...new Set(broken)]).toEqual([]);
    const { reached } = crawl('/help/', site);
    expect([...pages].filter(([p, facts]) => !facts.redirect && p !== '/help/404/' && !reached.has(p)).map(([p]) => p)).toEqual([]);
    expect(pages.size).toBeGreaterThan(10);
  });

  test('a reader gets the styled home page, with every request answered', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(home);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The stylesheet (under /help/_astro/) applies: the body is the layout's flex column.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    await page.getByRole('link', { name: /Backups/ }).first().click();
    await expect(page).toHaveURL(`${home}backups/`);
    expect(failed).toEqual([]);
  });

  test('tells search engines the URLs under /help/: canonical, Open Graph, structured data, sitemap, robots.txt', async ({ page, request }) => {
    await page.goto(`${home}backups/recover-emails/`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'https://example.com/help/backups/recover-emails/');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', 'https://example.com/help/backups/recover-emails/');
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).join('\n');
    expect(jsonLd).toContain('"item":"https://example.com/help/backups/"');
    expect(jsonLd).toContain('"url":"https://example.com/help/backups/recover-emails/"');
    await page.goto(home);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'https://example.com/help/');

    const index = await (await request.get(`${home}sitemap-index.xml`)).text();
    expect(index).toContain('<loc>https://example.com/help/sitemap-0.xml</loc>');
    const locs = [...(await (await request.get(`${home}sitemap-0.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('https://example.com/help/backups/recover-emails/');
    expect(locs.filter((l) => !l.startsWith('https://example.com/help/'))).toEqual([]);
    expect(await (await request.get(`${home}robots.txt`)).text()).toContain('Sitemap: https://example.com/help/sitemap-index.xml');
  });

  test('a short link with a #section and a ?query, sent in a reply, lands on the section under /help/', async ({ page }) => {
    await page.goto(`${home}2001?ref=reply#pop3`);
    await expect(page).toHaveURL(`${home}backups/recover-emails/?ref=reply#pop3`);
    await expect(page.getByRole('heading', { name: 'POP3 users' })).toBeInViewport();
  });

  test('old URLs from before the moves still forward, under /help/', async ({ page }) => {
    await page.goto(`${home}mail/restore-emails/#restore-from-mail-service`);
    await expect(page).toHaveURL(`${home}backups/recover-emails/#restore-from-mail-service`);
    await expect(page.getByRole('heading', { name: 'Restore from the Mail Service' })).toBeInViewport();
  });

  test('searching from the page and from the dialog leads to articles under /help/', async ({ page }) => {
    await page.goto(`${home}search/?q=restore`);
    const first = page.locator('[data-search-results] [data-search-result]').first();
    await expect(first).toHaveAttribute('href', /^\/help\/[a-z-]+\/[a-z-]+\/\?highlight=restore/);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`^${home}[a-z-]+/[a-z-]+/\\?highlight=restore`));
    await expect(page.locator('mark.search-highlight').first()).toBeVisible();

    await scriptsReady(page);
    await page.keyboard.press('Control+k');
    const combobox = page.getByRole('combobox', { name: 'Search the help center' });
    await combobox.fill('mailboxes');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'All results' })).toHaveAttribute('href', '/help/search/?q=mailboxes');
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(page).toHaveURL(new RegExp(`^${home}mail/mailboxes/`));
  });

  test('a missing page under /help/ gets the 404 page, which reads the path under /help/', async ({ page }) => {
    const response = await page.goto(`${home}2999`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'There is no article number 2999' })).toBeVisible();
    await page.goto(`${home}recover-emails-now`);
    const suggestion = page.locator('[data-suggestion]').first();
    await expect(suggestion).toHaveAttribute('href', /^\/help\/backups\/recover-emails\//);
  });

  test('the error lookup links the errors the articles explain to their sections under /help/', async ({ page }) => {
    await page.goto(`${home}errors/`);
    await expect(page.getByRole('link', { name: 'Restore from the Mail Service' })).toHaveAttribute('href', '/help/backups/recover-emails/#restore-from-mail-service');
    await page.getByRole('textbox', { name: 'Report or error message' }).fill('Error: Mailbox restore failed');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.locator('[data-bounce-result]').getByRole('link', { name: /Restore from the Mail Service/ }).first().click();
    await expect(page).toHaveURL(`${home}backups/recover-emails/#restore-from-mail-service`);
  });

  test.describe('copying for a support reply', () => {
    const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

    test('the article and its sections copy the public short link under /help/', async ({ page }) => {
      await page.goto(`${home}backups/recover-emails/`);
      await page.getByRole('button', { name: 'Copy the short link' }).click();
      expect(await clipboard(page)).toBe('https://example.com/help/2001');
      // A section's copy buttons are in the menu of its heading's icon.
      await page.locator('.section-heading summary').filter({ hasText: 'Share “POP3 users”' }).click();
      await page.getByRole('button', { name: 'Copy for a reply: POP3 users' }).click();
      expect((await clipboard(page)).split('\n').at(-1)).toBe('https://example.com/help/2001#pop3-users');
    });

    test('a search result copies its public URL under /help/', async ({ page }) => {
      await page.goto(`${home}search/?q=mailboxes`);
      const result = page.locator('[data-search-results] > li').first();
      const title = await result.locator('[data-search-result]').innerText();
      await result.getByRole('button', { name: `Copy link to ${title}`, exact: true }).click();
      expect(await clipboard(page)).toBe('https://example.com/help/mail/mailboxes/');
    });
  });

  test('the deploy files carry the base path, and the headers apply under it', async ({ request }) => {
    const rules = await (await request.get(`${home}_redirects`)).text();
    expect(rules).toContain('/help/2003 /help/backups/recover-emails/ 301');
    expect(rules).toContain('/help/mail/restore-emails/ /help/backups/recover-emails/ 301');
    const map = await (await request.get(`${home}nginx-redirects.conf`)).text();
    expect(map).toContain('"/help/2003/" "/help/backups/recover-emails/";');
    const headers = await (await request.get(`${home}_headers`)).text();
    expect(headers.split('\n').filter((l) => l.startsWith('/'))).toEqual(['/help/*', '/help/_astro/*']);
    expect((await request.get(home)).headers()['content-security-policy']).toContain("default-src 'none'");
  });

  test('moving the help center under /help/ records the same URLs in the ledger as at the root', () => {
    // Both builds start from the same committed ledger of the fixture; each records what it publishes.
    const atRoot = readFileSync(path.join(root, 'moved.published.json'), 'utf8');
    const underHelp = readFileSync(path.join(root, `${basePathSite.out}.published.json`), 'utf8');
    expect(underHelp).toBe(atRoot);
    expect(underHelp).not.toContain('/help/');
  });

  test('nginx configured as the README says serves it under /help/: redirects, headers, 404', async ({ request }) => {
    const nginx = await startNginx(dist, basePathSite.base);
    try {
      const short = await request.get(`${nginx.url}/help/2003?from=reply`, { maxRedirects: 0 });
      expect(short.status()).toBe(301);
      expect(short.headers()['location']).toBe('/help/backups/recover-emails/?from=reply');
      const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
      const asset = readFileSync(path.join(dist, 'index.html'), 'utf8').match(/\/help\/_astro\/[^"]+\.css/)![0];
      for (const [pathname, status] of [['/help/', 200], ['/help/mail/mailboxes/', 200], [asset, 200], ['/help/no-such-page', 404]] as const) {
        const response = await request.get(`${nginx.url}${pathname}`, { maxRedirects: 0 });
        expect(response.status(), pathname).toBe(status);
        for (const [name, value] of headersFor(rules, pathname)) expect(response.headers()[name], `${name} on ${pathname}`).toBe(value);
      }
      expect(await (await request.get(`${nginx.url}/help/no-such-page`)).text()).toContain('We could not find that page');
      expect(headersFor(rules, asset).get('cache-control')).toContain('immutable');
    } finally {
      await nginx.stop();
    }
  });
});
