import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGitLog, readCommitDates } from '../../../../src/lib/content/git-dates.ts';

describe('parseGitLog', () => {
  // `git log --format=%x00%cI --name-only`, newest commit first.
  const log = [
    '\0' + '2026-05-20T10:00:00+02:00',
    '',
    'content/articles/spam/reduce-incoming-spam.mdx',
    'content/topics.yaml',
    '\0' + '2026-04-02T16:45:10Z',
    '', // a commit that touched no file (an empty or merge commit)
    '\0' + '2026-03-01T09:00:00+00:00',
    '',
    'content/articles/spam/reduce-incoming-spam.mdx',
    'content/articles/backups/restore-deleted-emails.mdx',
    '',
  ].join('\n');

  it('gives each file the date of the newest commit that touched it', () => {
    expect(parseGitLog(log)).toEqual(new Map([
      ['content/articles/spam/reduce-incoming-spam.mdx', new Date('2026-05-20T08:00:00Z')],
      ['content/topics.yaml', new Date('2026-05-20T08:00:00Z')],
      ['content/articles/backups/restore-deleted-emails.mdx', new Date('2026-03-01T09:00:00Z')],
    ]));
  });

  it('lists files in the order git first prints them', () => {
    expect([...parseGitLog(log).keys()]).toEqual([
      'content/articles/spam/reduce-incoming-spam.mdx',
      'content/topics.yaml',
      'content/articles/backups/restore-deleted-emails.mdx',
    ]);
  });

  it('skips a block whose date does not parse', () => {
    expect(parseGitLog('\0not a date\n\na.mdx\n\0' + '2026-01-02T03:04:05Z\n\na.mdx\n'))
      .toEqual(new Map([['a.mdx', new Date('2026-01-02T03:04:05Z')]]));
  });

  it.each([[''], ['\n'], ['\0']])('gives an empty map for empty output %j', (output) => {
    expect(parseGitLog(output).size).toBe(0);
  });
});

describe('readCommitDates', () => {
  let repo: string;
  let outside: string;
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };

  beforeAll(() => {
    repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kb-git-dates-')));
    outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kb-no-git-')));
    git(['-c', 'init.defaultBranch=main', 'init', '-q']);
    write('content/articles/spam/old.mdx', 'one');
    write('content/articles/spam/café.mdx', 'a non-ASCII name, which git quotes unless told not to');
    write('content/articles/spam/edited.mdx', 'one');
    write('README.md', 'outside the content folder');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'first'], '2026-03-01T09:00:00+00:00');
    write('content/articles/spam/edited.mdx', 'two');
    write('README.md', 'changed later');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'second'], '2026-05-20T10:00:00+02:00');
    write('content/articles/spam/uncommitted.mdx', 'new');
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('dates every committed file below the folder by its last commit, keyed by absolute path', () => {
    expect(readCommitDates(path.join(repo, 'content'))).toEqual(new Map([
      [path.join(repo, 'content/articles/spam/edited.mdx'), new Date('2026-05-20T08:00:00Z')],
      [path.join(repo, 'content/articles/spam/café.mdx'), new Date('2026-03-01T09:00:00Z')],
      [path.join(repo, 'content/articles/spam/old.mdx'), new Date('2026-03-01T09:00:00Z')],
    ]));
  });

  it('reads the log once per folder', () => {
    const dir = path.join(repo, 'content', 'articles');
    expect(readCommitDates(dir)).toBe(readCommitDates(dir));
  });

  it('gives an empty map outside a git checkout', () => {
    expect(readCommitDates(outside)).toEqual(new Map());
  });
});
