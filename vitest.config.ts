/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests: pure modules, plugins and components, on the machine's two cores, each worker reused
 * across files (`isolate: false`): re-importing Astro's renderer for each of ~80 files cost about two
 * thirds of the time. The tests keep no state between files (the one that sets TZ puts it back). The real builds of tests/build run under
 * Playwright's runner (playwright.config.ts), beside the browser stories.
 */
// getViteConfig lets unit tests import .astro components (rendered with the container API).
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    isolate: false,
    maxWorkers: 2,
  },
});
