import { describe, expect, it } from 'vitest';
import {
  emptyLedger, mergeLedger, parseLedger, serializeLedger, type Ledger, type Published,
} from '../../../../src/lib/links/ledger.ts';

const HINT = 'This file is written by the build: restore it from git rather than editing it.';

const ledger: Ledger = {
  articles: {
    '1007': { urls: ['/backups/restore-deleted-emails/'], aliases: ['/restore-emails'], anchors: ['pop3', 'restore-from-mail-service'] },
  },
  topics: ['/backups/'],
};

/** What a build publishes: articles as [id, url, aliases, anchors], and topic URLs. */
function published(articles: Array<[number, string, string[], string[]]>, topics: string[] = []): Published {
  return { articles: new Map(articles.map(([id, url, aliases, anchors]) => [id, { url, aliases, anchors }])), topics };
}

describe('emptyLedger', () => {
  it('has no articles and no topics', () => {
    expect(emptyLedger()).toStrictEqual({ articles: {}, topics: [] });
  });
});

describe('parseLedger', () => {
  it('reads a valid ledger as it is', () => {
    expect(parseLedger(JSON.stringify(ledger))).toStrictEqual(ledger);
  });

  it.each([
    ['articles', '{"topics": ["/backups/"]}', { articles: {}, topics: ['/backups/'] }],
    ['topics', '{"articles": {}}', { articles: {}, topics: [] }],
    ['both lists', '{}', { articles: {}, topics: [] }],
  ])('takes missing %s as empty', (_, text, expected) => {
    expect(parseLedger(text)).toStrictEqual(expected);
  });

  it.each([
    ['null', 'null', 'expected an object'],
    ['a number', '42', 'expected an object'],
    ['a string', '"ledger"', 'expected an object'],
    ['articles that are not an object', '{"articles": "1007", "topics": []}', 'expected "articles" and "topics"'],
    ['topics that are not a list', '{"articles": {}, "topics": "/backups/"}', 'expected "articles" and "topics"'],
    ['an article key that is not an id', '{"articles": {"abc": {"urls": [], "aliases": [], "anchors": []}}, "topics": []}', '"abc" is not an article id'],
    ['a negative article id', '{"articles": {"-7": {"urls": [], "aliases": [], "anchors": []}}, "topics": []}', '"-7" is not an article id'],
    ['an article without anchors', '{"articles": {"1007": {"urls": [], "aliases": []}}, "topics": []}', 'article 1007 needs urls, aliases and anchors lists'],
    ['an article whose urls are a string', '{"articles": {"1007": {"urls": "/x/", "aliases": [], "anchors": []}}, "topics": []}', 'article 1007 needs urls, aliases and anchors lists'],
  ])('refuses %s, naming the file and how to recover', (_, text, what) => {
    expect(() => parseLedger(text)).toThrow(new Error(`published.json: ${what}. ${HINT}`));
  });
});

describe('mergeLedger', () => {
  it('gives back the same ledger when nothing changed', () => {
    const now = published([[1007, '/backups/restore-deleted-emails/', ['/restore-emails'], ['pop3', 'restore-from-mail-service']]], ['/backups/']);
    expect(mergeLedger(ledger, now)).toStrictEqual(ledger);
  });

  it('adds a new article with its URL, aliases and anchors, sorted', () => {
    const now = published([
      [1007, '/backups/restore-deleted-emails/', ['/restore-emails'], ['pop3', 'restore-from-mail-service']],
      [1003, '/email-delivery/delivery-failure-reports/', ['/dsn', '/bounce'], ['spf-failure', 'dkim-failure']],
    ], ['/backups/']);
    expect(mergeLedger(ledger, now).articles['1003']).toStrictEqual({
      urls: ['/email-delivery/delivery-failure-reports/'],
      aliases: ['/bounce', '/dsn'],
      anchors: ['dkim-failure', 'spf-failure'],
    });
  });

  it('keeps the old URL, aliases and anchors of a moved and rewritten article beside the new ones', () => {
    const now = published([[1007, '/backups/get-back-deleted-emails/', ['/undelete'], ['users-of-pop3']]], ['/backups/']);
    expect(mergeLedger(ledger, now).articles['1007']).toStrictEqual({
      urls: ['/backups/get-back-deleted-emails/', '/backups/restore-deleted-emails/'],
      aliases: ['/restore-emails', '/undelete'],
      anchors: ['pop3', 'restore-from-mail-service', 'users-of-pop3'],
    });
  });

  it('keeps the entry of an article that is not published any more', () => {
    const merged = mergeLedger(ledger, published([[1003, '/email-delivery/delivery-failure-reports/', [], []]]));
    expect(merged.articles['1007']).toStrictEqual(ledger.articles['1007']);
  });

  it('keeps old topics and adds new ones, sorted', () => {
    expect(mergeLedger(ledger, published([], ['/spam/', '/account/'])).topics).toEqual(['/account/', '/backups/', '/spam/']);
  });

  it('orders articles by id as a number', () => {
    const before: Ledger = {
      articles: { '1010': { urls: ['/a/j/'], aliases: [], anchors: [] }, '999': { urls: ['/a/i/'], aliases: [], anchors: [] } },
      topics: [],
    };
    const merged = mergeLedger(before, published([[20, '/a/t/', [], []], [1002, '/a/b/', [], []]]));
    expect(Object.keys(merged.articles)).toEqual(['20', '999', '1002', '1010']);
  });

  it('does not change the ledger it is given', () => {
    const before = structuredClone(ledger);
    mergeLedger(before, published([[1007, '/backups/new/', ['/new'], ['new']]], ['/new/']));
    expect(before).toStrictEqual(ledger);
  });
});

describe('serializeLedger', () => {
  it('writes two-space indented JSON ending with a newline', () => {
    expect(serializeLedger({ articles: { '1': { urls: ['/a/b/'], aliases: [], anchors: ['x'] } }, topics: ['/a/'] })).toBe([
      '{',
      '  "articles": {',
      '    "1": {',
      '      "urls": [',
      '        "/a/b/"',
      '      ],',
      '      "aliases": [],',
      '      "anchors": [',
      '        "x"',
      '      ]',
      '    }',
      '  },',
      '  "topics": [',
      '    "/a/"',
      '  ]',
      '}',
      '',
    ].join('\n'));
  });

  it('gives the same text after merging a state that changed nothing', () => {
    const text = serializeLedger(mergeLedger(emptyLedger(), published([
      [1007, '/backups/restore-deleted-emails/', ['/restore-emails'], ['restore-from-mail-service', 'pop3']],
      [1003, '/email-delivery/delivery-failure-reports/', [], ['spf-failure']],
    ], ['/email-delivery/', '/backups/'])));
    const again = serializeLedger(mergeLedger(parseLedger(text), published([
      [1003, '/email-delivery/delivery-failure-reports/', [], ['spf-failure']],
      [1007, '/backups/restore-deleted-emails/', ['/restore-emails'], ['pop3', 'restore-from-mail-service']],
    ], ['/backups/', '/email-delivery/'])));
    expect(again).toBe(text);
  });

  it('reads back what it wrote', () => {
    expect(parseLedger(serializeLedger(ledger))).toStrictEqual(ledger);
  });
});

describe('parseLedger on damaged files', () => {
  it.each([
    ['null articles', '{"articles": null, "topics": []}', 'expected "articles" and "topics"'],
    ['a list of articles', '{"articles": [], "topics": []}', 'expected "articles" and "topics"'],
    ['a top-level list', '[]', 'expected an object'],
    ['a null entry', '{"articles": {"1007": null}, "topics": []}', 'article 1007 needs urls, aliases and anchors lists'],
    ['numbers as URLs', '{"articles": {"1007": {"urls": [1], "aliases": [], "anchors": []}}, "topics": []}', 'article 1007 needs urls, aliases and anchors lists'],
  ])('says what is wrong with %s', (_, text, what) => {
    expect(() => parseLedger(text)).toThrow(`published.json: ${what}. This file is written by the build: restore it from git rather than editing it.`);
  });

  it('names the file when it is not JSON at all', () => {
    expect(() => parseLedger('{oops')).toThrow(/^published\.json: not valid JSON \(/);
  });
});
