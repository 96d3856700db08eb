import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexArticles, readFrontmatter, scanContent } from '../../../../src/lib/content/article-index.ts';

const mdx = (front: string, body = 'Body.\n') => `---\n${front}\n---\n\n${body}`;

describe('readFrontmatter', () => {
  it.each([
    ['no frontmatter', 'Just text.\n'],
    ['a fence that is never closed', '---\nid: 1\n\nText.\n'],
    ['broken YAML', '---\nid: [1\ntitle: x\n---\n'],
    ['YAML that is not a mapping', '---\njust a string\n---\n'],
    ['a frontmatter not at the top', '\n---\nid: 1\n---\n'],
  ])('returns undefined for %s', (_, text) => {
    expect(readFrontmatter(text)).toBeUndefined();
  });

  it('returns the fields of a valid block', () => {
    expect(readFrontmatter(mdx('id: 1007\ntitle: Restore deleted emails\ndraft: true'))).toEqual({
      id: 1007, title: 'Restore deleted emails', draft: true,
    });
  });

  it('reads a file with Windows line endings', () => {
    expect(readFrontmatter('---\r\nid: 5\r\n---\r\nText.\r\n')).toEqual({ id: 5 });
  });

  it('reads a file that is only a frontmatter block', () => {
    expect(readFrontmatter('---\nid: 5\n---')).toEqual({ id: 5 });
  });
});

describe('indexArticles', () => {
  const entry = (relative: string, front: string) => ({ relative, file: `/abs/${relative}`, text: mdx(front) });

  it('gives each article its canonical URL from topic and slug', () => {
    const index = indexArticles([entry('articles/backups/restore-deleted-emails.mdx', 'id: 1007\ntitle: Restore deleted emails\ntopic: backups\naliases: [/restore-emails]')]);
    expect(index.get(1007)).toEqual({
      id: 1007, url: '/backups/restore-deleted-emails/', title: 'Restore deleted emails', aliases: ['/restore-emails'],
      draft: false, file: '/abs/articles/backups/restore-deleted-emails.mdx',
    });
  });

  it('takes the topic of the frontmatter over the folder', () => {
    const index = indexArticles([entry('articles/spam/block-a-sender.mdx', 'id: 1010\ntopic: email-delivery')]);
    expect(index.get(1010)?.url).toBe('/email-delivery/block-a-sender/');
  });

  it('falls back to the folder when the frontmatter has no topic', () => {
    const index = indexArticles([entry('articles/spam/block-a-sender.mdx', 'id: 1010')]);
    expect(index.get(1010)?.url).toBe('/spam/block-a-sender/');
  });

  it.each([
    ['draft: true', true],
    ['draft: false', false],
    ['draft: "yes"', false],
    ['title: no draft field', false],
  ])('marks an article with `%s` as draft=%s', (line, draft) => {
    expect(indexArticles([entry('articles/spam/x.mdx', `id: 1\n${line}`)]).get(1)?.draft).toBe(draft);
  });

  it('keeps the first of two articles with the same id', () => {
    const index = indexArticles([
      entry('articles/spam/first.mdx', 'id: 1001'),
      entry('articles/spam/second.mdx', 'id: 1001'),
    ]);
    expect([...index.values()]).toEqual([{ id: 1001, url: '/spam/first/', title: 'first', aliases: [], draft: false, file: '/abs/articles/spam/first.mdx' }]);
  });

  it.each([
    ['directly in articles/', 'articles/x.mdx'],
    ['three folders deep', 'articles/spam/old/x.mdx'],
    ['outside articles/', 'pages/spam/x.mdx'],
  ])('skips a file %s', (_, relative) => {
    expect(indexArticles([entry(relative, 'id: 1001')]).size).toBe(0);
  });

  it.each([
    ['a quoted id', 'id: "1001"'],
    ['a word as id', 'id: abc'],
    ['no id', 'title: Nothing'],
  ])('skips a file with %s', (_, front) => {
    expect(indexArticles([entry('articles/spam/x.mdx', front)]).size).toBe(0);
  });

  it('skips a file without frontmatter and keeps indexing the rest', () => {
    const index = indexArticles([
      { relative: 'articles/spam/bare.mdx', file: '/abs/bare.mdx', text: 'No frontmatter.\n' },
      entry('articles/spam/ok.mdx', 'id: 1002'),
    ]);
    expect([...index.keys()]).toEqual([1002]);
  });
});

describe('scanContent', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (relative: string, text: string) => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('indexes every .mdx file of articles/<topic>/ with its absolute path', () => {
    const restore = write('articles/backups/restore.mdx', mdx('id: 1007\ntopic: backups'));
    const block = write('articles/spam/block.mdx', mdx('id: 1010\ntopic: spam\ndraft: true'));
    write('articles/spam/notes.md', mdx('id: 1011\ntopic: spam'));
    write('topics.yaml', 'spam:\n  title: Spam\n');

    const index = scanContent(dir);
    expect(new Map([...index].sort(([a], [b]) => a - b))).toEqual(new Map([
      [1007, { id: 1007, url: '/backups/restore/', title: 'restore', aliases: [], draft: false, file: restore }],
      [1010, { id: 1010, url: '/spam/block/', title: 'block', aliases: [], draft: true, file: block }],
    ]));
  });

  it('returns an empty map for a folder without articles', () => {
    expect(scanContent(path.join(dir, 'does-not-exist'))).toEqual(new Map());
  });

  it('sees an edit at once, though it reads unchanged files only once (astro dev re-indexes on every edit)', () => {
    write('articles/backups/restore.mdx', mdx('id: 1007\ntopic: backups\ntitle: Restore'));
    expect(scanContent(dir).get(1007)?.title).toBe('Restore');
    write('articles/backups/restore.mdx', mdx('id: 1007\ntopic: backups\ntitle: Restore deleted emails'));
    expect(scanContent(dir).get(1007)?.title).toBe('Restore deleted emails');
  });
});
