import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The installed versions are at least those that fix the known advisories (npm audit cannot reach its
 * endpoint from this network, so the floor is checked here; run `npm run audit` where it can).
 */
const installed = (name: string) => (JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const atLeast = (version: string, floor: string) => {
  const [a, b] = [version, floor].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! > b![i]!;
  return true;
};

describe('dependencies with known advisories', () => {
  it.each([
    ['astro', '7.2.8'], // GHSA-26w7-cxv4-gfx2 and the 2026 XSS advisories
    ['pagefind', '1.1.1'], // DOM clobbering when initializing Pagefind
  ])('%s is at least %s', (name, floor) => {
    expect(atLeast(installed(name), floor), `${name} ${installed(name)}`).toBe(true);
  });
});
