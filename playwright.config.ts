import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4327);
/** The built site under test (E2E_DIST lets a second build be tested without touching dist/). */
export const distDir = process.env['E2E_DIST'] ?? 'dist';
/** The "moved" fixture site (renamed, moved and retired articles), built and served on its own port. */
export const fixturePort = Number(process.env['E2E_FIXTURE_PORT'] ?? 4328);
/** The "hostile" fixture site (markup and script in titles and bodies), for the XSS tests. */
export const hostilePort = Number(process.env['E2E_HOSTILE_PORT'] ?? 4329);
/** The "moved" fixture site again, built for and served under a base path, as at example.com/help/. */
export const basePathSite = { port: Number(process.env['E2E_BASE_PORT'] ?? 4330), base: '/help/', siteUrl: 'https://example.com/help/', out: 'moved-help' };

/**
 * A fixture site (tests/fixtures/sites/<name>) built from a temporary copy into `.fixtures-dist/<out>`
 * and served on its own port; the ledger the build wrote is kept beside it (`<out>.published.json`).
 */
function fixtureSite(name: string, fixture: number, under?: { base: string; siteUrl: string; out: string }) {
  const out = `.fixtures-dist/${under?.out ?? name}`;
  const env = under ? `SITE_URL=${under.siteUrl} ` : '';
  return {
    command: `${env}node tests/support/build-fixture.ts ${name} ${out} ${out}.published.json && node tests/serve.ts --root ${out} --port ${fixture}${under ? ` --base ${under.base}` : ''}`,
    url: `http://127.0.0.1:${fixture}${under?.base ?? '/'}`,
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

/**
 * The browser: Chromium's headless shell when it is installed (Debian's `chromium-headless-shell`), as
 * Playwright itself runs headless Chromium; full Chromium otherwise. The shell is the same engine without
 * the desktop browser around it: the browser stories took 0.6x the CPU in it (measured on the 2 cores,
 * `npx playwright test --project site` in each). Playwright's own browser download does not work here.
 * Set CHROMIUM_PATH to use another browser binary.
 */
const browserPath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** End-to-end tests run against the production build (`dist/`), served on loopback. */
export default defineConfig({
  projects: [
    // Real `npm run build`s of fixture copies, failing and succeeding as an author sees them. One at a
    // time (builds in one checkout share its .astro folder and build lock), on one worker while the
    // other starts on the browser stories; listed first so that they start at once.
    { name: 'build', testDir: 'tests/build', testMatch: '**/*.test.ts', workers: 1 },
    // Each story stands alone, so the stories of one file spread over both workers.
    { name: 'site', testDir: 'tests/e2e', testMatch: '**/*.spec.ts', fullyParallel: true },
  ],
  forbidOnly: !!process.env['CI'],
  // No retry, in CI either: a test that needs one is a flaky test to fix.
  retries: 0,
  workers: 2,
  // A page's first search loads Pagefind's index and wasm: on a busy two-core machine that took over
  // the default 5 s. Passing tests do not wait any longer for it.
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: browserPath,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node tests/serve.ts --root ${distDir} --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    fixtureSite('moved', fixturePort),
    fixtureSite('hostile', hostilePort),
    fixtureSite('moved', basePathSite.port, basePathSite),
  ],
});
