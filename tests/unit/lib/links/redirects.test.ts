import { describe, expect, it } from 'vitest';
import type { Ledger, LedgerArticle } from '../../../../src/lib/links/ledger.ts';
import {
  computeRedirects, lostAnchors,
  type LiveArticle, type Redirect, type RedirectInput, type RedirectPlan,
} from '../../../../src/lib/links/redirects.ts';
import { localizedPath, type Lang } from '../../../../src/i18n/languages.ts';

const restore: LiveArticle = { id: 1007, url: '/backups/restore-deleted-emails/', title: 'Restore deleted emails', aliases: [] };
const reports: LiveArticle = { id: 1003, url: '/email-delivery/delivery-failure-reports/', title: 'Delivery failure reports', aliases: [] };

const entry = (urls: string[], aliases: string[] = [], anchors: string[] = []): LedgerArticle => ({ urls, aliases, anchors });

interface Setup {
  articles?: LiveArticle[];
  topics?: Record<string, string>;
  ledger?: Partial<Ledger>;
  retiredArticles?: Array<[number, number]>;
  retiredTopics?: Array<[string, string]>;
  /** Pages besides the articles and topics, which are always pages. */
  pages?: string[];
  /** The languages served, the source's first. */
  languages?: Lang[];
}

const defaultTopics = { backups: 'Backups and restores', 'email-delivery': 'Email delivery and bounces' };

function plan({ articles = [restore, reports], topics = defaultTopics, ledger = {}, retiredArticles = [], retiredTopics = [], pages = ['/', '/search/'], languages = ['en'] }: Setup): RedirectPlan {
  const input: RedirectInput = {
    articles: new Map(articles.map((a) => [a.id, a])),
    topics: new Map(Object.entries(topics)),
    ledger: { articles: {}, topics: [], ...ledger },
    retired: { articles: new Map(retiredArticles), topics: new Map(retiredTopics) },
    pages: new Set(languages.flatMap((l) => [...pages, ...articles.map((a) => a.url), ...Object.keys(topics).map((t) => `/${t}/`)].map((p) => localizedPath(l, p)))),
    languages,
  };
  return computeRedirects(input);
}

/** The redirects of a plan that must have no problems. */
function redirects(setup: Setup): Redirect[] {
  const result = plan(setup);
  expect(result.problems).toEqual([]);
  return result.redirects;
}

const shortLinks: Redirect[] = [
  { from: '/1003', to: reports.url, kind: 'short-link', title: 'Delivery failure reports', negotiated: true },
  { from: '/1007', to: restore.url, kind: 'short-link', title: 'Restore deleted emails', negotiated: true },
];

describe('computeRedirects', () => {
  it('gives every language its short links, and leaves the links of no language to the reader\'s language', () => {
    const found = redirects({ articles: [{ ...restore, aliases: ['/restore-emails'] }], languages: ['en', 'fr'], ledger: { articles: { '1007': entry(['/backups/old/', '/fr/backups/old/']) } } });
    const from = (path: string) => found.find((r) => r.from === path);
    expect(from('/1007')).toMatchObject({ to: restore.url, negotiated: true });
    expect(from('/restore-emails')).toMatchObject({ to: restore.url, negotiated: true });
    expect(from('/fr/1007')).toEqual({ from: '/fr/1007', to: `/fr${restore.url}`, kind: 'short-link', title: restore.title });
    expect(from('/fr/restore-emails')).toMatchObject({ to: `/fr${restore.url}` });
    // A moved article's published URLs forward within their language.
    expect(from('/backups/old/')).toMatchObject({ to: restore.url, kind: 'moved' });
    expect(from('/fr/backups/old/')).toMatchObject({ to: `/fr${restore.url}`, kind: 'moved' });
  });

  describe('live articles', () => {
    it('forwards the short link of every article', () => {
      expect(redirects({})).toStrictEqual(shortLinks);
    });

    it('forwards the aliases of an article', () => {
      expect(redirects({ articles: [{ ...restore, aliases: ['/restore-emails', '/undelete'] }] })).toStrictEqual([
        { from: '/1007', to: restore.url, kind: 'short-link', title: 'Restore deleted emails', negotiated: true },
        { from: '/restore-emails', to: restore.url, kind: 'alias', title: 'Restore deleted emails', negotiated: true },
        { from: '/undelete', to: restore.url, kind: 'alias', title: 'Restore deleted emails', negotiated: true },
      ]);
    });

    it.each([
      ['the same URL', '/backups/restore-deleted-emails/'],
      ['the URL without its trailing slash', '/backups/restore-deleted-emails'],
    ])('skips an alias that is %s as the article', (_, alias) => {
      expect(redirects({ articles: [{ ...restore, aliases: [alias] }] }).map((r) => r.from)).toEqual(['/1007']);
    });

    it('forwards an alias written twice on one article (with and without slash) once', () => {
      const aliases = redirects({ articles: [{ ...restore, aliases: ['/undelete', '/undelete/'] }] }).filter((r) => r.kind === 'alias');
      expect(aliases).toHaveLength(1);
      expect(aliases[0]?.to).toBe(restore.url);
    });

    it('sorts the redirects by source, numbers by value', () => {
      const small: LiveArticle = { id: 999, url: '/backups/a/', title: 'A', aliases: ['/zz', '/aa'] };
      expect(redirects({ articles: [restore, small], topics: { backups: 'Backups' } }).map((r) => r.from))
        .toEqual(['/999', '/1007', '/aa', '/zz']);
    });
  });

  describe('moved articles', () => {
    it('forwards the old URL of a moved article to its new one', () => {
      const ledger = { articles: { '1007': entry(['/hosting/restore-deleted-emails/', restore.url]) } };
      expect(redirects({ articles: [restore], ledger })).toStrictEqual([
        { from: '/1007', to: restore.url, kind: 'short-link', title: 'Restore deleted emails', negotiated: true },
        { from: '/hosting/restore-deleted-emails/', to: restore.url, kind: 'moved', title: 'Restore deleted emails' },
      ]);
    });

    it('keeps forwarding an alias that was removed from the frontmatter', () => {
      const ledger = { articles: { '1007': entry([restore.url], ['/restore-emails']) } };
      expect(redirects({ articles: [restore], ledger })).toContainEqual(
        { from: '/restore-emails', to: restore.url, kind: 'alias', title: 'Restore deleted emails', negotiated: true },
      );
    });
  });

  describe('retired articles', () => {
    it('forwards the short link, old URLs and aliases of a retired article to its replacement', () => {
      const ledger = { articles: { '1020': entry(['/backups/restore-a-mailbox/', '/hosting/restore-a-mailbox/'], ['/mailbox-restore']) } };
      expect(redirects({ ledger, retiredArticles: [[1020, 1007]] })).toStrictEqual([
        ...shortLinks,
        { from: '/1020', to: restore.url, kind: 'retired', title: 'Restore deleted emails' },
        { from: '/backups/restore-a-mailbox/', to: restore.url, kind: 'retired', title: 'Restore deleted emails' },
        { from: '/hosting/restore-a-mailbox/', to: restore.url, kind: 'retired', title: 'Restore deleted emails' },
        { from: '/mailbox-restore', to: restore.url, kind: 'retired', title: 'Restore deleted emails' },
      ]);
    });

    it('follows a chain of retirements to the live article', () => {
      const ledger = { articles: { '1020': entry(['/backups/a/']), '1021': entry(['/backups/b/']) } };
      expect(redirects({ ledger, retiredArticles: [[1020, 1021], [1021, 1003]] }).filter((r) => r.kind === 'retired')).toStrictEqual([
        { from: '/1020', to: reports.url, kind: 'retired', title: 'Delivery failure reports' },
        { from: '/1021', to: reports.url, kind: 'retired', title: 'Delivery failure reports' },
        { from: '/backups/a/', to: reports.url, kind: 'retired', title: 'Delivery failure reports' },
        { from: '/backups/b/', to: reports.url, kind: 'retired', title: 'Delivery failure reports' },
      ]);
    });

    it('reports a retirement to an article that does not exist', () => {
      const ledger = { articles: { '1020': entry(['/backups/a/']) } };
      expect(plan({ ledger, retiredArticles: [[1020, 1099]] })).toStrictEqual({
        redirects: shortLinks,
        problems: [
          'article 1020, published at /backups/a/, is retired in favour of 1099, which does not exist either: '
          + 'to retire it, add "1020: <id of the article that replaces it>" under "articles:" in retired.yaml',
        ],
      });
    });

    it('reports a loop of retirements for each article in it', () => {
      const ledger = { articles: { '1020': entry(['/backups/a/']), '1021': entry(['/backups/b/']) } };
      expect(plan({ ledger, retiredArticles: [[1020, 1021], [1021, 1020]] }).problems).toEqual([
        'article 1020, published at /backups/a/, is retired in favour of 1021, which does not exist either: '
        + 'to retire it, add "1020: <id of the article that replaces it>" under "articles:" in retired.yaml',
        'article 1021, published at /backups/b/, is retired in favour of 1020, which does not exist either: '
        + 'to retire it, add "1021: <id of the article that replaces it>" under "articles:" in retired.yaml',
      ]);
    });

    it('reports an article that was removed without a retirement', () => {
      const ledger = { articles: { '1020': entry(['/backups/a/', '/hosting/a/']) } };
      expect(plan({ ledger })).toStrictEqual({
        redirects: shortLinks,
        problems: [
          'article 1020, published at /backups/a/, /hosting/a/, no longer exists (deleted, made a draft, or its id changed): '
          + 'to retire it, add "1020: <id of the article that replaces it>" under "articles:" in retired.yaml',
        ],
      });
    });

    it('names the short link of a removed article that had no URL', () => {
      expect(plan({ ledger: { articles: { '1020': entry([]) } } }).problems).toEqual([
        'article 1020, published at /1020, no longer exists (deleted, made a draft, or its id changed): '
        + 'to retire it, add "1020: <id of the article that replaces it>" under "articles:" in retired.yaml',
      ]);
    });

    it('reports a retired article that still exists', () => {
      expect(plan({ retiredArticles: [[1007, 1003]] }).problems).toEqual([
        'article 1007 is listed in retired.yaml but still exists: remove one or the other',
      ]);
    });
  });

  describe('topics', () => {
    it('forwards a topic renamed in retired.yaml to its replacement', () => {
      expect(redirects({ articles: [], ledger: { topics: ['/hosting/', '/backups/'] }, retiredTopics: [['hosting', 'backups']] })).toStrictEqual([
        { from: '/hosting/', to: '/backups/', kind: 'topic', title: 'Backups and restores' },
      ]);
    });

    it('reports a removed topic without a retirement', () => {
      expect(plan({ articles: [], ledger: { topics: ['/hosting/'] } }).problems).toEqual([
        'topic /hosting/ was published and no longer exists: add "hosting: <slug of the topic that replaces it>" under "topics:" in retired.yaml',
      ]);
    });

    it('reports a topic retired in favour of a topic that does not exist', () => {
      expect(plan({ articles: [], ledger: { topics: ['/hosting/'] }, retiredTopics: [['hosting', 'web']] }).problems).toEqual([
        'topic /hosting/ was published and no longer exists: add "hosting: <slug of the topic that replaces it>" under "topics:" in retired.yaml',
      ]);
    });
  });

  describe('conflicts', () => {
    it.each([
      ['an alias', { articles: [{ ...restore, aliases: ['/search'] }] }, '/search (article 1007) is now the URL of a page of its own, so it cannot forward to /backups/restore-deleted-emails/: rename the page or the alias'],
      ['an alias with a trailing slash', { articles: [{ ...restore, aliases: ['/email-delivery/delivery-failure-reports/'] }, reports] }, '/email-delivery/delivery-failure-reports/ (article 1007) is now the URL of a page of its own, so it cannot forward to /backups/restore-deleted-emails/: rename the page or the alias'],
      ['an old URL', { articles: [restore], ledger: { articles: { '1007': entry(['/search/']) } } }, '/search/ (article 1007) is now the URL of a page of its own, so it cannot forward to /backups/restore-deleted-emails/: rename the page or the slug'],
      ['an old URL without its trailing slash', { articles: [restore], ledger: { articles: { '1007': entry(['/backups']) } } }, '/backups (article 1007) is now the URL of a page of its own, so it cannot forward to /backups/restore-deleted-emails/: rename the page or the slug'],
    ] satisfies Array<[string, Setup, string]>)('reports %s that is now a live page', (_, setup, problem) => {
      const result = plan(setup);
      expect(result.problems).toEqual([problem]);
      expect(result.redirects.map((r) => r.from)).not.toContain(problem.split(' ')[0]);
    });

    it('reports an alias that two articles claim for different targets, keeping the first', () => {
      const result = plan({ articles: [{ ...restore, aliases: ['/help'] }, { ...reports, aliases: ['/help/'] }] });
      expect(result.problems).toEqual([
        '/help/ belongs to article 1007 and to article 1003: a published URL can lead to one place only; remove it from article 1003',
      ]);
      expect(result.redirects).toContainEqual({ from: '/help', to: restore.url, kind: 'alias', title: 'Restore deleted emails', negotiated: true });
    });

    it('reports a URL of a retired article that a live article claims as an alias, asking to remove the alias', () => {
      const result = plan({
        articles: [restore, { ...reports, aliases: ['/backups/a/'] }],
        ledger: { articles: { '1020': entry(['/backups/a/']) } },
        retiredArticles: [[1020, 1007]],
      });
      expect(result.problems).toEqual([
        '/backups/a/ was published for retired article 1020 and now also belongs to article 1003: a published URL can lead to one place only; remove it from the frontmatter of article 1003',
      ]);
    });
  });
});

describe('lostAnchors', () => {
  const ledger: Ledger = {
    articles: {
      '1007': entry([restore.url], [], ['pop3', 'restore-from-mail-service', 'imap']),
      '1003': entry([reports.url], [], ['spf-failure']),
      '1020': entry(['/backups/a/'], [], ['gone']),
    },
    topics: [],
  };
  const titles = new Map([[1007, 'Restore deleted emails'], [1003, 'Delivery failure reports']]);

  it('reports the anchors an article no longer has, with how to keep them', () => {
    const now = new Map([[1007, new Set(['users-of-pop3', 'restore-from-mail-service'])], [1003, new Set(['spf-failure'])]]);
    expect(lostAnchors(ledger, now, titles).map((l) => l.message)).toEqual([
      'article 1007 (Restore deleted emails) lost #pop3, #imap, published before: support links may point there. '
      + 'Pin the id on the heading that now covers it (## Heading {#pop3}), or map it in the frontmatter: anchorAliases: { pop3: <new-id> }',
    ]);
  });

  it('reports nothing when every published anchor still exists', () => {
    const now = new Map([[1007, new Set(['pop3', 'restore-from-mail-service', 'imap', 'new'])], [1003, new Set(['spf-failure'])]]);
    expect(lostAnchors(ledger, now, titles)).toEqual([]);
  });

  it('skips articles that were not compiled', () => {
    expect(lostAnchors(ledger, new Map([[1003, new Set<string>()]]), titles).map((l) => l.message)).toEqual([
      'article 1003 (Delivery failure reports) lost #spf-failure, published before: support links may point there. '
      + 'Pin the id on the heading that now covers it (## Heading {#spf-failure}), or map it in the frontmatter: anchorAliases: { spf-failure: <new-id> }',
    ]);
  });

  it('leaves the title empty when it is not known', () => {
    expect(lostAnchors(ledger, new Map([[1020, new Set<string>()]]), titles)[0]?.message).toMatch(/^article 1020 \(\) lost #gone,/);
  });
});
