import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-page.ts';

/**
 * The site runs under the headers it ships (tests/serve.ts applies dist/_headers): every kind of page
 * loads with no Content-Security-Policy violation and no console error, and search still works.
 */
const pages = [
  ['home', '/'],
  ['topic', '/backups/'],
  ['article with tabs', '/account/give-support-access/'],
  ['article with reports', '/email-delivery/delivery-failure-reports/'],
  ['search with results', '/search/?q=restore+emails'],
  ['search without results', '/search/?q=zzqxv'],
  ['errors', '/errors/'],
  ['404', '/no-such-page'],
  ['short link', '/1007#pop3'],
] as const;

/** Records the CSP violations reported inside the page, from its first script on. */
function recordCspViolations(): void {
  (window as unknown as { cspViolations: string[] }).cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

/** Collects console errors and, once asked, the page's CSP violations. */
function watch(page: Page): () => Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404 (Not Found)')) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`error: ${e.message}`));
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test.describe('under the shipped security headers', () => {
  test.use({ initScript: `(${recordCspViolations.toString()})()` });

  for (const [kind, path] of pages) {
    test(`the ${kind} page has no CSP violation and no console error`, async ({ page }) => {
      const problems = watch(page);
      const response = await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (kind.startsWith('search')) await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching|^$/);
      expect(await problems()).toEqual([]);
      if (kind !== '404' && kind !== 'short link') expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    });
  }

  test('search works in the dialog under the policy, in its worker, the WebAssembly of Pagefind included', async ({ page }) => {
    const problems = watch(page);
    // The search worker is a script of the site: no worker-src, so script-src 'self' allows it; under the
    // policy it is served with, it imports Pagefind ('self') and compiles its WebAssembly ('wasm-unsafe-eval').
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the help center' }).fill('dmarc');
    await expect(page.getByRole('option').first()).toContainText('SPF, DKIM and DMARC');
    expect(workers).toEqual([expect.stringMatching(/^\/_astro\/worker-[\w-]+\.js$/)]);
    expect(await problems()).toEqual([]);
  });

  test('every page is served with the full set of security headers', async ({ request }) => {
    for (const path of ['/', '/backups/restore-deleted-emails/', '/pagefind/pagefind-worker.js', '/1007']) {
      const headers = (await request.get(path, { maxRedirects: 0 })).headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8}/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    }
  });
});
