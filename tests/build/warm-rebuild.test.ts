import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * An author fixes one paragraph and builds again: the second build reuses what did not change, and
 * what it ships is exactly what a cold build of the same content ships.
 */
const root = path.resolve(import.meta.dirname, '../..');
let work = '';
let content = '';
// In the hooks, not at the top: the runner also loads this file to list its tests.
test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kb-warm-'));
  content = path.join(work, 'content');
  cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), content, { recursive: true });
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build` of the copy into `work/<out>`; the ledger is the copy's, so it may grow (KB_LEDGER). */
function siteBuild(out: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [path.join(root, 'src/cli/build.ts'), '--outDir', path.join(work, out), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: content, KB_LEDGER: 'update', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  // Without the terminal colours Astro adds in some environments (CI).
  // eslint-disable-next-line no-control-regex
  return (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '');
}

/** Every file of a built site with its bytes, by path. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, readFileSync(path.join(dir, f))]));
}

test.describe('a rebuild after one paragraph changed', () => {
  test.describe.configure({ timeout: 240_000 });

  test('renders only the changed article again, and ships what a cold build ships', () => {
    const article = path.join(content, 'articles/backups/recover-emails.mdx');
    const first = siteBuild('first');
    // A clean build prints no warning, and ends with one summary: pages, where, how long.
    expect(first).not.toMatch(/\[WARN\]|warning/i);
    expect(first.trimEnd().split('\n').at(-1)).toMatch(/^✓ built \d+ pages into .+\/first\/ in \d+\.\d s$/);
    // The author adds a sentence to one article.
    const source = readFileSync(article, 'utf8');
    writeFileSync(article, source.replace(/\n## /, '\nQuokkas never lose their mail.\n\n## '));

    const warm = siteBuild('warm');
    // Only the edited article is rendered again; the others come from the render cache.
    expect(warm).toMatch(/\[kb-articles\] \d+ articles, 1 rendered in/);
    expect(warm).toMatch(/\/backups\/recover-emails\/index\.html \(\+\d+m?s\)/);
    expect(warm).toMatch(/\/web\/restore-site\/index\.html \((cached|restored)\)/);
    expect(readFileSync(path.join(work, 'warm/backups/recover-emails/index.html'), 'utf8')).toContain('Quokkas never lose their mail.');

    siteBuild('cold', '--force');
    const [warmTree, coldTree] = [tree(path.join(work, 'warm')), tree(path.join(work, 'cold'))];
    expect([...warmTree.keys()]).toEqual([...coldTree.keys()]);
    const differing = [...warmTree].filter(([file, bytes]) => !bytes.equals(coldTree.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
