/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects that run side by side, one worker each (the machine the suite must be quick on has two
 * cores, where Vitest's default is a single worker):
 * - unit: pure modules and components, in one reused worker (`isolate: false`): re-importing Astro's
 *   renderer for each of ~80 files cost about two thirds of the project's time. The tests keep no state
 *   between files (the one that sets TZ puts it back).
 * - build: real `astro build` runs in child processes, one file at a time, since they share the
 *   checkout's build lock and Astro's cache folders.
 */
// getViteConfig lets unit tests import .astro components (rendered with the container API).
export default getViteConfig({
  test: {
    environment: 'node',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, maxWorkers: 1 } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], maxWorkers: 1 } },
    ],
  },
});
