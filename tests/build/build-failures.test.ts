import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Real `astro build` runs on copies of the "moved" fixture site, each broken in one way: the build must
 * fail and say where and how to fix it. (One file, run in sequence: builds share Astro's .astro folder.)
 */
const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenSite(edit: (content: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-build-'));
  copies.push(dir);
  cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), path.join(dir, 'content'), { recursive: true });
  edit(path.join(dir, 'content'));
  return dir;
}

/** The site's own build command (npm run build), on a fixture folder, into `dir/dist`. */
function siteBuild(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'src/cli/build.ts'), '--outDir', path.join(dir, 'dist')], {
    cwd: root, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: path.join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(dir, 'dist')], {
    cwd: root, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: path.join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const replace = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('the build fails precisely', { timeout: 120_000 }, () => {
  it('on a link to an article id that does not exist, naming file, line, column and a suggestion', () => {
    const dir = brokenSite((content) => replace(path.join(content, 'articles/web/restore-site.mdx'), '(/2001#pop3)', '(/2010#pop3)'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('Unknown article id in link `/2010#pop3`; did you mean `/2001` (/backups/recover-emails/)?');
    expect(output).toMatch(/content\/articles\/web\/restore-site\.mdx:8:45/);
  });

  it('on a link to a section its target does not have', () => {
    const dir = brokenSite((content) => replace(path.join(content, 'articles/web/restore-site.mdx'), '(/2001#pop3)', '(/2001#pop-3)'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/restore-site\.mdx:8:45: Link `\/2001#pop-3`: article 2001 has no section `#pop-3`\n\s+hint: did you mean `#pop3`\?/);
  });

  it('when a published article disappears without a retirement', () => {
    const dir = brokenSite((content) => {
      rmSync(path.join(content, 'articles/web/restore-site.mdx'));
    });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('article 2002, published at /web/restore-website/, no longer exists (deleted, made a draft, or its id changed): to retire it, add "2002: <id of the article that replaces it>" under "articles:" in retired.yaml');
  });

  it('when a published anchor disappears, saying how to pin or alias it', () => {
    const dir = brokenSite((content) => replace(path.join(content, 'articles/backups/recover-emails.mdx'), '## Restore from the Mail Service {#restore-from-mail-service}', '## Restore it from the Mail Service'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('article 2001 (Recover emails) lost #restore-from-mail-service, published before: support links may point there. Pin the id on the heading that now covers it (## Heading {#restore-from-mail-service}), or map it in the frontmatter: anchorAliases: { restore-from-mail-service: <new-id> }');
  });

  it('builds the intact fixture and records newly published URLs without dropping old ones', () => {
    const dir = brokenSite(() => {});
    const { status } = build(dir);
    expect(status).toBe(0);
    const ledger = JSON.parse(readFileSync(path.join(dir, 'content/published.json'), 'utf8')) as { articles: Record<string, { urls: string[] }> };
    expect(ledger.articles['2001']!.urls).toEqual(['/backups/recover-emails/', '/mail/restore-emails/']);
    expect(ledger.articles['2003']!.urls).toEqual(['/mail/old-restore/']);
    expect(ledger.articles['2004']!.urls).toEqual(['/mail/mailboxes/']);
  });

  it('keeps the last good output when a build fails, and lists every broken article at once', () => {
    const dir = brokenSite(() => {});
    expect(siteBuild(dir).status).toBe(0);
    const page = path.join(dir, 'dist/backups/recover-emails/index.html');
    const before = readFileSync(page, 'utf8');

    // Two articles break in ways Astro would report one at a time.
    replace(path.join(dir, 'content/articles/web/restore-site.mdx'), '## Steps {#steps}', '<Callout>\n\n## Steps {#steps}');
    replace(path.join(dir, 'content/articles/mail/mailboxes.mdx'), 'Mailboxes hold', 'Mailboxes {5 +} hold');
    const { status, output } = siteBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/web\/restore-site\.mdx:\d+:\d+: Expected a closing tag for `<Callout>`/);
    expect(output).toMatch(/content\/articles\/mail\/mailboxes\.mdx:8:\d+: Could not parse expression/);
    expect(output).toContain('The last good build in');
    expect(readFileSync(page, 'utf8')).toBe(before);
  });

  it('reports frontmatter problems at their line before Astro starts', () => {
    const dir = brokenSite((content) => {
      replace(path.join(content, 'articles/web/restore-site.mdx'), 'id: 2002', 'id: "2002x"');
      replace(path.join(content, 'articles/mail/mailboxes.mdx'), 'topic: mail', 'topic: mial');
    });
    const { status, output } = siteBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/restore-site\.mdx:2:1: id: .*number/);
    expect(output).toMatch(/mailboxes\.mdx:5:1: unknown topic "mial"\n\s+hint: did you mean "mail"\?/);
    expect(output).toContain('2 content problems');
  });
});
