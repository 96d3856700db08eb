import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** Runs one of the npm-script commands as an author would, on a copy of a fixture content folder. */
const root = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
function copyOf(scenario: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-cli-'));
  dirs.push(dir);
  cpSync(path.join(root, 'tests/fixtures/lint', scenario), dir, { recursive: true });
  return dir;
}
function run(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(root, 'src/cli', script), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: contentDir },
  });
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run new', { timeout: 60_000 }, () => {
  it('creates a draft with the next free id that passes the content check', () => {
    const content = copyOf('valid');
    const result = run('new-article.ts', ['--topic', 'spam', 'Allow a sender'], content);
    expect(result.status).toBe(0);
    const file = path.join(content, 'articles/spam/allow-a-sender.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^id: 1003$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(result.stdout).toContain('id 1003, short link /1003');
    expect(run('check.ts', [], content).status).toBe(0);
  });

  it('refuses an unknown topic with a suggestion and writes nothing', () => {
    const content = copyOf('valid');
    const result = run('new-article.ts', ['--topic', 'spma', 'Allow a sender'], content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown topic "spma"; did you mean "spam"?');
    expect(() => readFileSync(path.join(content, 'articles/spma/allow-a-sender.mdx'))).toThrow();
  });

  it('never overwrites an existing article', () => {
    const content = copyOf('valid');
    expect(run('new-article.ts', ['--topic', 'spam', 'Allow a sender'], content).status).toBe(0);
    const before = readFileSync(path.join(content, 'articles/spam/allow-a-sender.mdx'), 'utf8');
    const again = run('new-article.ts', ['--topic', 'spam', 'Allow a sender'], content);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(path.join(content, 'articles/spam/allow-a-sender.mdx'), 'utf8')).toBe(before);
  });
});

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('passes a valid content folder', () => {
    const result = run('check.ts', [], copyOf('valid'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ 2 articles checked, no problems/);
  });

  it('fails with every problem listed and a count', () => {
    const result = run('check.ts', [], copyOf('many-faults'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✗ 10 content problems in \d+ articles/);
    expect(result.stderr).toMatch(/block-a-sender\.mdx:\d+:\d+: Unknown component `<Calout>`/);
  });

  it('checks the real content of the site without a problem', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'src/cli/check.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: 'content' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
