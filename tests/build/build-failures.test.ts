import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { acquireLock } from '../../src/lib/build/lock.ts';

/**
 * Real `astro build` runs on copies of the "moved" fixture site, each broken in one way: the build must
 * fail and say where and how to fix it. (One file, run in sequence: builds share Astro's .astro folder.)
 */
const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];
test.afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenSite(edit: (content: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-build-'));
  copies.push(dir);
  cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), path.join(dir, 'content'), { recursive: true });
  edit(path.join(dir, 'content'));
  return dir;
}

/** The copies are throw-away: their ledgers are updated even when the suite runs in CI (CI=true freezes them). */
const ledgerUpdates = { KB_LEDGER: 'update' };

/** The site's own build command (npm run build), on a fixture folder, into `dir/dist`. */
function siteBuild(dir: string, args: string[] = [], env: Record<string, string> = ledgerUpdates): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'src/cli/build.ts'), '--outDir', path.join(dir, 'dist'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env, KB_CONTENT_DIR: path.join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Edits a copied fixture file; a text the fixture no longer has fails the test instead of breaking nothing. */
function replace(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}
const ledgerOf = (dir: string) => readFileSync(path.join(dir, 'content/published.json'), 'utf8');
/** A build as on an author's machine: not CI, no ledger override (CI=true would freeze the ledger). */
const local = { CI: '', KB_LEDGER: '' };

/** Re-saves a file as a Windows editor would: byte order mark and CRLF line endings. */
function saveAsWindows(file: string): void {
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(file, 'utf8').replaceAll('\n', '\r\n'))]));
}
/** The files of the intact site that an author saved on Windows (the others as on Linux and macOS). */
const savedOnWindows = ['articles/mail/mailboxes.mdx', 'topics.yaml', 'published.json', 'retired.yaml'];

/**
 * One local build of the intact fixture, made the first time a test needs it; the tests that start from
 * a good build each work on their own copy of it (a build costs seconds, a copy milliseconds).
 */
let intact: { dir: string; committed: string; output: string } | undefined;
test.afterAll(() => intact && rmSync(intact.dir, { recursive: true, force: true }));
function builtSite(): string {
  if (!intact) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-build-intact-'));
    cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), path.join(dir, 'content'), { recursive: true });
    for (const file of savedOnWindows) saveAsWindows(path.join(dir, 'content', file));
    const committed = ledgerOf(dir);
    const { status, output } = siteBuild(dir, [], local);
    expect(status, output).toBe(0);
    intact = { dir, committed, output };
  }
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kb-build-'));
  copies.push(copy);
  cpSync(intact.dir, copy, { recursive: true });
  return copy;
}

/** A build made the first time a test asks for it, shared by the tests that read its output. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

test.describe('the build fails precisely', () => {
  test.describe.configure({ timeout: 120_000 });
  // `npm run build` lists every content problem at once, so one broken copy serves several stories:
  // two articles of a site built before and a new one, each broken in a way Astro would report one at a time.
  const brokenArticles = once(() => {
    const dir = builtSite();
    const page = path.join(dir, 'dist/backups/recover-emails/index.html');
    const before = readFileSync(page, 'utf8');
    replace(path.join(dir, 'content/articles/web/restore-site.mdx'), '(/2001#pop3)', '(/2010#pop3)');
    replace(path.join(dir, 'content/articles/mail/mailboxes.mdx'), '[recover emails](/2001)', '[recover emails](/2001#pop-3)');
    writeFileSync(path.join(dir, 'content/articles/mail/quota.mdx'), '---\nid: 2005\ntitle: Mailbox quota\ndescription: A new article, not finished.\ntopic: mail\n---\n\n<Callout>\n\nA full mailbox refuses new mail.\n');
    return { ...siteBuild(dir), pageKept: readFileSync(page, 'utf8') === before };
  });
  const lostPages = once(() => siteBuild(brokenSite((content) => {
    rmSync(path.join(content, 'articles/web/restore-site.mdx'));
    replace(path.join(content, 'articles/backups/recover-emails.mdx'), '## Restore from the Mail Service {#restore-from-mail-service}', '## Restore it from the Mail Service {#restore-it}');
  })));

  test('on a link to an article id that does not exist, naming file, line, column and a suggestion', () => {
    const { status, output } = brokenArticles();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/web\/restore-site\.mdx:8:45: Unknown article id in link `\/2010#pop3`; did you mean `\/2001` \(\/backups\/recover-emails\/\)\?/);
  });

  test('on a link to a section its target does not have', () => {
    const { status, output } = brokenArticles();
    expect(status).not.toBe(0);
    expect(output).toMatch(/mailboxes\.mdx:8:57: Link `\/2001#pop-3`: article 2001 has no section `#pop-3`\n\s+hint: did you mean `#pop3`\?/);
  });

  test('when a published article disappears without a retirement', () => {
    const { status, output } = lostPages();
    expect(status).not.toBe(0);
    expect(output).toContain('content/published.json: article 2002, published at /web/restore-website/, no longer exists (deleted, made a draft, or its id changed): to retire it, add "2002: <id of the article that replaces it>" under "articles:" in retired.yaml');
  });

  test('when a published anchor disappears, saying how to pin or alias it', () => {
    const { status, output } = lostPages();
    expect(status).not.toBe(0);
    expect(output).toContain('article 2001 (Recover emails) lost #restore-from-mail-service, published before: support links may point there. Pin the id on the heading that now covers it (## Heading {#restore-from-mail-service}), or map it in the frontmatter: anchorAliases: { restore-from-mail-service: <new-id> }');
    expect(output).toContain('✗ 2 content problems: fix them and build again');
  });

  test('builds the intact fixture and records newly published URLs without dropping old ones', () => {
    const dir = builtSite();
    expect(readFileSync(path.join(dir, 'dist/backups/recover-emails/index.html'), 'utf8')).toContain('<h1');
    const ledger = JSON.parse(readFileSync(path.join(dir, 'content/published.json'), 'utf8')) as { articles: Record<string, { urls: string[] }> };
    expect(ledger.articles['2001']!.urls).toEqual(['/backups/recover-emails/', '/mail/restore-emails/']);
    expect(ledger.articles['2003']!.urls).toEqual(['/mail/old-restore/']);
    expect(ledger.articles['2004']!.urls).toEqual(['/mail/mailboxes/']);
  });

  test('on markup that does not parse, naming file, line and column', () => {
    const { status, output } = brokenArticles();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/mail\/quota\.mdx:8:1: Expected a closing tag for `<Callout>`/);
  });

  test('keeps the last good output when a build fails, and lists every broken article at once', () => {
    const { status, output, pageKept } = brokenArticles();
    expect(status).not.toBe(0);
    for (const article of ['web/restore-site', 'mail/mailboxes', 'mail/quota']) expect(output).toContain(`content/articles/${article}.mdx:`);
    expect(output).toContain('The last good build in');
    expect(pageKept).toBe(true);
  });

  test('reports frontmatter problems at their line before Astro starts', () => {
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

test.describe('files as editors save them', () => {
  test.describe.configure({ timeout: 120_000 });
  test('builds and renders an article and data files saved with a byte order mark and CRLF line endings', () => {
    const dir = builtSite(); // the intact site has files saved on Windows (savedOnWindows)
    expect(intact!.output).not.toContain('no frontmatter');
    const html = readFileSync(path.join(dir, 'dist/mail/mailboxes/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Mailboxes<\/h1>/);
    expect(html).toContain('Mailboxes hold your messages. To get deleted ones back, <a href="/backups/recover-emails/">recover emails</a>');
    expect(html).not.toMatch(/\uFEFF|\r/);
  });

  test('refuses an article that is not UTF-8 at the line and column of the first bad byte, before Astro starts', () => {
    const dir = brokenSite((content) => {
      const file = path.join(content, 'articles/mail/mailboxes.mdx');
      // "café" saved as Windows-1252 (é is the single byte 0xE9) in the body's first line.
      const [head, tail] = readFileSync(file, 'utf8').split('your messages.');
      writeFileSync(file, Buffer.concat([Buffer.from(`${head}your messages, caf`), Buffer.from([0xe9]), Buffer.from(`.${tail}`)]));
    });
    const { status, output } = siteBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/mail\/mailboxes\.mdx:8:34: the file is not valid UTF-8 \(byte 0xE9\): it would show as garbled text\n\s+hint: save it again with the UTF-8 encoding/);
    expect(output).not.toContain('[build]'); // stopped before Astro
  });
});

test.describe('the ledger as a lock file', () => {
  test.describe.configure({ timeout: 300_000 });
  test('is updated by a local build, frozen in CI, passes a frozen build when current, and stops one that would add to it, with dist untouched', () => {
    const dir = builtSite();
    const current = ledgerOf(dir);
    expect(current).not.toBe(intact!.committed); // the local build recorded what it published

    const ci = siteBuild(dir, [], { CI: 'true', KB_LEDGER: '' });
    expect(ci.status, ci.output).toBe(0);
    expect(ci.output).toContain('is frozen: this build fails rather than add to it');
    expect(ledgerOf(dir)).toBe(current);

    // Renamed: its new URL is not in the committed ledger. (A CI build is frozen as --frozen-ledger is:
    // the same check, shown above; ledgerMode's unit tests hold which environments freeze it.)
    renameSync(path.join(dir, 'content/articles/mail/mailboxes.mdx'), path.join(dir, 'content/articles/mail/your-mailboxes.mdx'));
    const page = path.join(dir, 'dist/mail/mailboxes/index.html');
    const before = readFileSync(page, 'utf8');
    const { status, output } = siteBuild(dir, ['--frozen-ledger'], local);
    expect(status).not.toBe(0);
    expect(output).toMatch(/✗ \S*content\/published\.json is out of date: this build publishes 1 URL or section it does not record:\n  \+ article 2004: URL \/mail\/your-mailboxes\//);
    expect(output).toMatch(/npm run build && git add \S*content\/published\.json && git commit -m "Record newly published URLs"/);
    expect(output).toContain('The last good build in');
    expect(ledgerOf(dir)).toBe(current);
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'dist/mail/your-mailboxes'))).toBe(false);
    // No half-built folder beside dist (the build the CI build replaced may still be there, being deleted).
    expect(readdirSync(dir).filter((name) => !/^dist\.trash-\d+$/.test(name)).sort()).toEqual(['content', 'dist']);
  });
});

test.describe('builds that cannot be half done', () => {
  test.describe.configure({ timeout: 180_000 });
  const lockFile = path.join(root, '.astro/build.lock');
  /** Holds the checkout's build lock as a running build would (this test process is alive). */
  async function holdLock(started: string): Promise<() => void> {
    const lock = await acquireLock(lockFile, { pid: process.pid, started, command: 'build.ts' }, 600_000, () => {});
    if (!('release' in lock)) throw new Error(`a build (pid ${lock.pid}) holds ${lockFile}`);
    return lock.release;
  }
  const deadPid = () => spawnSync('true').pid!;

  test('stops a second build with the pid and start time of the one running, leaving dist untouched', async () => {
    const dir = brokenSite(() => {});
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/index.html'), 'last good');
    const release = await holdLock('2026-12-01T10:00:00.000Z');
    try {
      const { status, output } = siteBuild(dir, ['--lock-timeout', '1']);
      expect(status).not.toBe(0);
      expect(output).toContain(`Another build is running in this checkout: pid ${process.pid}, started 2026-12-01T10:00:00.000Z (build.ts). Waiting for it to finish (up to 1 s)`);
      expect(output).toContain(`✗ another build is still running in this checkout: pid ${process.pid}, started 2026-12-01T10:00:00.000Z (build.ts).\n  Wait for it, or stop it (kill ${process.pid}). If no build is running, delete .astro/build.lock.`);
      expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe('last good');
    } finally {
      release();
    }
  });

  test('runs two builds started at once one after the other, into a complete dist, each deleting the build replaced before it', async () => {
    const dir = brokenSite(() => {});
    // What an earlier build replaced: the next build deletes it while it builds.
    mkdirSync(path.join(dir, 'dist.trash-12/mail/mailboxes'), { recursive: true });
    writeFileSync(path.join(dir, 'dist.trash-12/mail/mailboxes/index.html'), 'replaced long ago');
    const release = await holdLock('2026-12-01T10:00:00.000Z');
    const run = () => {
      const child = spawn(process.execPath, [path.join(root, 'src/cli/build.ts'), '--outDir', path.join(dir, 'dist')], {
        cwd: root, env: { ...process.env, ...ledgerUpdates, KB_CONTENT_DIR: path.join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const done = new Promise<{ status: number | null; output: string }>((resolve) => child.on('close', (status) => resolve({ status, output })));
      return { done, output: () => output };
    };
    const builds = [run(), run()];
    let finished = 0;
    for (const b of builds) void b.done.then(() => finished++);
    // Once both wait for the lock this test holds, let them go at the same moment.
    while (finished === 0 && !builds.every((b) => b.output().includes('Another build is running'))) await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const both = Promise.all(builds.map((b) => b.done));
    const results = await both;
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    for (const r of results) expect(r.output).toContain(`Another build is running in this checkout: pid ${process.pid}`);
    // The old trash is gone; the first build's output, replaced by the second, waits for the next build.
    expect(readdirSync(dir).sort().map((name) => name.replace(/^dist\.trash-\d+$/, 'dist.trash-<pid>'))).toEqual(['content', 'dist', 'dist.trash-<pid>']);
    expect(readdirSync(dir)).not.toContain('dist.trash-12');
    expect(readFileSync(path.join(dir, 'dist/mail/mailboxes/index.html'), 'utf8')).toContain('Mailboxes hold your messages');
    expect(readFileSync(path.join(dir, 'dist/_headers'), 'utf8')).toMatch(/'sha256-/);
    expect(JSON.parse(ledgerOf(dir)).articles['2004'].urls).toEqual(['/mail/mailboxes/']);
    expect(existsSync(lockFile)).toBe(false);
  });

  test('cleans up after killed builds: their lock and staging folders go, a build killed mid-swap gets its dist back', async () => {
    const dir = builtSite();
    const page = path.join(dir, 'dist/mail/mailboxes/index.html');
    const good = readFileSync(page, 'utf8');
    // A build killed between the two renames of the swap: no dist, its old and staging folders beside.
    const killed = deadPid();
    renameSync(path.join(dir, 'dist'), path.join(dir, `dist.old-${killed}`));
    mkdirSync(path.join(dir, `dist.staging-${killed}`));
    mkdirSync(path.join(dir, `dist.staging-${process.pid}`)); // a running build's: kept
    // The lock as the killed build left it (taken first, so that no other build holds it now).
    await holdLock('2026-12-01T09:00:00.000Z');
    writeFileSync(lockFile, JSON.stringify({ pid: killed, started: '2026-12-01T09:00:00.000Z', command: 'build.ts' }));
    // This build fails on content, yet the last good build is back in place and the leftovers are gone.
    replace(path.join(dir, 'content/articles/mail/mailboxes.mdx'), 'topic: mail', 'topic: mial');
    const { status, output } = siteBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/restored \S*dist from \S*dist\.old-\d+, left by a build killed while swapping/);
    expect(output).toMatch(new RegExp(`removed \\S*dist\\.staging-${killed}, left by a killed build \\(pid ${killed}\\)`));
    expect(readFileSync(page, 'utf8')).toBe(good);
    expect(readdirSync(dir).sort()).toEqual(['content', 'dist', `dist.staging-${process.pid}`]);
    expect(existsSync(lockFile)).toBe(false);
  });
});
