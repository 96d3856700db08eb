import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../../playwright.config.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { expect, test } from '../support/shared-page.ts';

/**
 * A deployer follows the README's nginx instructions with a real nginx: the generated include files give
 * the same redirects and headers as `_redirects` and `_headers`, and the site works under that policy.
 */
let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx(distDir);
});
test.afterAll(async () => {
  await nginx?.stop();
});

const dist = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

test.describe('served by nginx with the generated include files', () => {
  test('every short link, alias and old URL answers 301 to its article, keeping the query', async ({ request }) => {
    const rules = dist('_redirects').split('\n').filter((l) => l.startsWith('/')).map((l) => l.split(' '));
    expect(rules.length).toBeGreaterThan(10);
    for (const [from, to] of rules) {
      const response = await request.get(`${nginx.url}${from}?from=reply`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers()['location'], from).toBe(`${to}?from=reply`);
    }
  });

  test('sends every header of _headers, with the same values, on pages, assets, redirects and the 404 page', async ({ request }) => {
    const rules = parseHeadersFile(dist('_headers'));
    const asset = `/_astro/${dist('index.html').match(/\/_astro\/([^"]+\.css)/)![1]}`;
    for (const [pathname, status] of [['/', 200], ['/backups/restore-deleted-emails/', 200], [asset, 200], ['/1007', 301], ['/no-such-page', 404]] as const) {
      const response = await request.get(`${nginx.url}${pathname}`, { maxRedirects: 0 });
      expect(response.status(), pathname).toBe(status);
      const expected = headersFor(rules, pathname);
      expect(expected.get('content-security-policy'), pathname).toMatch(/'sha256-/);
      for (const [name, value] of expected) expect(response.headers()[name], `${name} on ${pathname}`).toBe(value);
    }
  });

  test('a missing page answers 404 with the 404 page of its language', async ({ request }) => {
    for (const [pathname, lang] of [['/no-such-page', 'en'], ['/de/no-such-page', 'de'], ['/fr/backups/no-such-page', 'fr']] as const) {
      const response = await request.get(`${nginx.url}${pathname}`);
      expect(response.status(), pathname).toBe(404);
      expect(await response.text(), pathname).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });

  test('search works in Chromium under the policy nginx sends, with no CSP violation', async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    const response = await page.goto(`${nginx.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the help center' }).fill('dmarc');
    await expect(page.getByRole('option').first()).toContainText('SPF, DKIM and DMARC');
    expect(violations).toEqual([]);
  });
});
