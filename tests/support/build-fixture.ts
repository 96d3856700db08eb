/**
 * Builds a fixture site (tests/fixtures/sites/<name>/content) into a folder, from a temporary copy:
 * the build appends to the copy's published.json, never to the committed fixture.
 *
 *   node tests/support/build-fixture.ts moved .fixtures-dist/moved
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [name, outDir] = process.argv.slice(2);
if (!name || !outDir) throw new Error('usage: build-fixture.ts <fixture name> <output folder>');
const root = path.resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(path.join(os.tmpdir(), `kb-fixture-${name}-`));
try {
  cpSync(path.join(root, 'tests/fixtures/sites', name, 'content'), copy, { recursive: true });
  execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', path.resolve(outDir)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, KB_CONTENT_DIR: copy, ASTRO_TELEMETRY_DISABLED: '1' },
  });
} finally {
  rmSync(copy, { recursive: true, force: true });
}
