import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4327);
/** The built site under test (E2E_DIST lets a second build be tested without touching dist/). */
export const distDir = process.env['E2E_DIST'] ?? 'dist';
/** The "moved" fixture site (renamed, moved and retired articles), built and served on its own port. */
export const fixturePort = Number(process.env['E2E_FIXTURE_PORT'] ?? 4328);
/** The "hostile" fixture site (markup and script in titles and bodies), for the XSS tests. */
export const hostilePort = Number(process.env['E2E_HOSTILE_PORT'] ?? 4329);

/** A fixture site (tests/fixtures/sites/<name>) built from a temporary copy and served on its own port. */
function fixtureSite(name: string, fixture: number) {
  return {
    command: `node tests/support/build-fixture.ts ${name} .fixtures-dist/${name} && node tests/serve.ts --root .fixtures-dist/${name} --port ${fixture}`,
    url: `http://127.0.0.1:${fixture}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

/**
 * End-to-end tests run against the production build (`dist/`), served on loopback. They drive the
 * system Chromium (Debian's /usr/bin/chromium): Playwright's own browser download does not work here.
 * Set CHROMIUM_PATH to use another browser binary.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
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
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
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
  ],
});
