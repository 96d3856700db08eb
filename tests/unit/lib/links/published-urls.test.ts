import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPublishedState } from '../../../../src/lib/links/published-urls.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'published-urls-'));
  write('topics.yaml', [
    'backups:',
    '  title: Backups and restores',
    'email-delivery:',
    '  title: Email delivery',
    'spam: {}',
    '',
  ].join('\n'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, text: string): void {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes `articles/<topic>/<slug>.mdx` with this frontmatter (YAML lines). */
function article(topic: string, slug: string, ...frontmatter: string[]): void {
  write(`articles/${topic}/${slug}.mdx`, `---\n${frontmatter.join('\n')}\n---\n\nBody.\n`);
}

describe('loadPublishedState', () => {
  it('reads live articles, topics and their redirects, with an empty ledger when there is none', () => {
    article('backups', 'restore-deleted-emails', 'id: 1007', 'title: Restore deleted emails', 'topic: backups', 'aliases: [/restore-emails]');
    const state = loadPublishedState(dir);
    expect(state.ledger).toStrictEqual({ articles: {}, topics: [] });
    expect(state.ledgerFile).toBe(path.join(dir, 'published.json'));
    expect(state.topics).toStrictEqual(new Map([['backups', 'Backups and restores'], ['email-delivery', 'Email delivery'], ['spam', 'spam']]));
    expect(state.articles).toStrictEqual(new Map([[1007, {
      id: 1007, url: '/backups/restore-deleted-emails/', title: 'Restore deleted emails', aliases: ['/restore-emails'], draft: false,
      file: path.join(dir, 'articles/backups/restore-deleted-emails.mdx'),
    }]]));
    expect(state.problems).toEqual([]);
    expect(state.redirects).toStrictEqual([
      { from: '/1007', to: '/backups/restore-deleted-emails/', kind: 'short-link', title: 'Restore deleted emails', negotiated: true },
      { from: '/restore-emails', to: '/backups/restore-deleted-emails/', kind: 'alias', title: 'Restore deleted emails', negotiated: true },
    ]);
  });

  it('leaves drafts out: no article, no short link, and a published draft is a problem', () => {
    article('backups', 'restore-deleted-emails', 'id: 1007', 'title: Restore deleted emails');
    article('spam', 'new-filter', 'id: 1020', 'title: New filter', 'draft: true');
    write('published.json', JSON.stringify({ articles: { '1020': { urls: ['/spam/new-filter/'], aliases: [], anchors: [] } }, topics: [] }));
    const state = loadPublishedState(dir);
    expect([...state.articles.keys()]).toEqual([1007]);
    expect(state.redirects.map((r) => r.from)).toEqual(['/1007']);
    expect(state.problems).toEqual([
      'article 1020, published at /spam/new-filter/, no longer exists (deleted, made a draft, or its id changed): '
      + 'to retire it, add "1020: <id of the article that replaces it>" under "articles:" in retired.yaml',
    ]);
  });

  it('forwards the URLs in the ledger and follows retired.yaml', () => {
    article('backups', 'restore-deleted-emails', 'id: 1007', 'title: Restore deleted emails');
    write('published.json', JSON.stringify({
      articles: {
        '1007': { urls: ['/hosting/restore-deleted-emails/'], aliases: [], anchors: [] },
        '1020': { urls: ['/hosting/restore-a-mailbox/'], aliases: [], anchors: [] },
      },
      topics: ['/hosting/', '/backups/'],
    }));
    write('retired.yaml', 'articles:\n  1020: 1007\ntopics:\n  hosting: backups\n');
    const state = loadPublishedState(dir);
    expect(state.problems).toEqual([]);
    expect(state.redirects).toStrictEqual([
      { from: '/1007', to: '/backups/restore-deleted-emails/', kind: 'short-link', title: 'Restore deleted emails', negotiated: true },
      { from: '/1020', to: '/backups/restore-deleted-emails/', kind: 'retired', title: 'Restore deleted emails' },
      { from: '/hosting/', to: '/backups/', kind: 'topic', title: 'Backups and restores' },
      { from: '/hosting/restore-a-mailbox/', to: '/backups/restore-deleted-emails/', kind: 'retired', title: 'Restore deleted emails' },
      { from: '/hosting/restore-deleted-emails/', to: '/backups/restore-deleted-emails/', kind: 'moved', title: 'Restore deleted emails' },
    ]);
  });

  it.each([
    ['a fixed page', '/errors'],
    ['the home page', '/'],
    ['a topic page', '/spam/'],
    ['another article', '/email-delivery/bounces/'],
  ])('counts %s as a page that an alias cannot take', (_, alias) => {
    article('backups', 'restore-deleted-emails', 'id: 1007', 'title: Restore deleted emails', `aliases: ["${alias}"]`);
    article('email-delivery', 'bounces', 'id: 1003', 'title: Bounces');
    expect(loadPublishedState(dir).problems).toEqual([
      `${alias} (article 1007) is now the URL of a page of its own, so it cannot forward to /backups/restore-deleted-emails/: rename the page or the alias`,
    ]);
  });

  it('does not count a draft as a page', () => {
    article('backups', 'restore-deleted-emails', 'id: 1007', 'title: Restore deleted emails', 'aliases: [/spam/new-filter/]');
    article('spam', 'new-filter', 'id: 1020', 'title: New filter', 'draft: true');
    expect(loadPublishedState(dir).problems).toEqual([]);
  });

  it('reports a broken ledger with its message', () => {
    write('published.json', '{"articles": {"abc": {}}, "topics": []}');
    expect(() => loadPublishedState(dir)).toThrow(new Error(
      'published.json: "abc" is not an article id. This file is written by the build: restore it from git rather than editing it.',
    ));
  });

  it('reports a broken retired.yaml with its path', () => {
    write('retired.yaml', 'articles:\n  1020: 1020\n');
    expect(() => loadPublishedState(dir)).toThrow(new Error(`${path.join(dir, 'retired.yaml')}: articles: 1020 cannot replace itself`));
  });
});
