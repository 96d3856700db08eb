/**
 * Builds a fixture site (tests/fixtures/sites/<name>/content) into a folder, from a temporary copy:
 * the build appends to the copy's published.json, never to the committed fixture. The fixtures' ledgers
 * are behind their content on purpose (they test what a build records), so fixture builds update the
 * throw-away copy even in CI (`KB_LEDGER=update` overrides `CI=true`, which would freeze the ledger).
 *
 * The environment passes through: `SITE_URL=https://example.com/help/` builds the site under /help/.
 * A third argument keeps the ledger the build wrote (to compare builds of the same content).
 *
 *   node tests/support/build-fixture.ts moved .fixtures-dist/moved [.fixtures-dist/moved.published.json]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [name, outDir, ledgerCopy] = process.argv.slice(2);
if (!name || !outDir) throw new Error('usage: build-fixture.ts <fixture name> <output folder> [ledger copy]');
const root = path.resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(path.join(os.tmpdir(), `kb-fixture-${name}-`));
try {
  cpSync(path.join(root, 'tests/fixtures/sites', name, 'content'), copy, { recursive: true });
  execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', path.resolve(outDir)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, KB_CONTENT_DIR: copy, KB_LEDGER: 'update', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (ledgerCopy) copyFileSync(path.join(copy, 'published.json'), path.resolve(ledgerCopy));
} finally {
  rmSync(copy, { recursive: true, force: true });
}
