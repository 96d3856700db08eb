import { describe, expect, it } from 'vitest';
import {
  buildCatalog, neighbours, relatedTo, summarize,
  type ArticleInput, type Catalog, type CatalogInput, type TopicInput,
} from '../../../../src/lib/content/catalog.ts';
import type { ArticleData } from '../../../../src/schemas/article.ts';
import { ContentError, formatProblem } from '../../../../src/lib/problems.ts';

const topics: TopicInput[] = [
  { slug: 'spam', title: 'Spam and phishing', description: 'Filter unwanted mail.', order: 2 },
  { slug: 'email-delivery', title: 'Email delivery', description: 'Why a message bounced.', order: 1 },
];

let nextId = 5001;

/** An article of `topic` in the matching folder, with the schema's defaults filled in. */
function article(
  slug: string,
  data: Partial<ArticleData> & { topic?: string } = {},
  extra: Partial<ArticleInput> = {},
): ArticleInput {
  const topic = data.topic ?? 'email-delivery';
  return {
    entryId: `articles/${topic}/${slug}`,
    file: `content/articles/${topic}/${slug}.mdx`,
    data: {
      id: nextId++, title: slug, description: `About ${slug}.`, topic,
      keywords: [], aliases: [], anchorAliases: {}, errors: [], related: [], draft: false,
      ...data,
    },
    ...extra,
  };
}

function build(articles: ArticleInput[], rest: Partial<CatalogInput> = {}): Catalog {
  return buildCatalog({ articles, topics, ...rest });
}

/** The ContentError that building throws. */
function problemsOf(input: CatalogInput): ContentError {
  try {
    buildCatalog(input);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected buildCatalog to throw a ContentError');
}

describe('buildCatalog', () => {
  describe('ordering', () => {
    it('orders topics by their order, then by title', () => {
      const catalog = buildCatalog({
        articles: [],
        topics: [
          { slug: 'c', title: 'Charlie', description: 'c', order: 2 },
          { slug: 'b', title: 'Bravo', description: 'b', order: 1 },
          { slug: 'a', title: 'Alpha', description: 'a', order: 2 },
        ],
      });
      expect(catalog.topics.map((t) => t.slug)).toEqual(['b', 'a', 'c']);
    });

    it('lists articles with an order first, ascending, then the rest by title', () => {
      const catalog = build([
        article('zulu', { title: 'Zulu', order: 2 }),
        article('bravo', { title: 'Bravo' }),
        article('yankee', { title: 'Yankee', order: 1 }),
        article('alpha', { title: 'Alpha' }),
        article('xray', { title: 'X-ray', order: 2 }),
      ]);
      const delivery = catalog.topics.find((t) => t.slug === 'email-delivery')!;
      expect(delivery.articles.map((a) => a.title)).toEqual(['Yankee', 'X-ray', 'Zulu', 'Alpha', 'Bravo']);
    });

    it('lists all articles grouped by topic in display order', () => {
      const catalog = build([
        article('phishing', { title: 'Phishing', topic: 'spam' }),
        article('bounces', { title: 'Bounces' }),
        article('filters', { title: 'Filters', topic: 'spam', order: 1 }),
      ]);
      expect(catalog.articles.map((a) => a.slug)).toEqual(['bounces', 'filters', 'phishing']);
    });

    it('keeps featured articles in the order the list gives', () => {
      const a = article('a');
      const b = article('b');
      const catalog = build([a, b], { featured: [b.data.id, a.data.id] });
      expect(catalog.featured.map((f) => f.id)).toEqual([b.data.id, a.data.id]);
    });
  });

  describe('shape', () => {
    it('gives topics and articles their URLs and summaries', () => {
      const a = article('spf-dkim-dmarc', { id: 1007, title: 'SPF, DKIM and DMARC', description: 'Authenticate mail.' });
      const catalog = build([a]);
      expect(catalog.topics[0]).toStrictEqual({
        ...topics[1],
        url: '/email-delivery/',
        articles: [{
          id: 1007, title: 'SPF, DKIM and DMARC', description: 'Authenticate mail.',
          topic: 'email-delivery', slug: 'spf-dkim-dmarc', url: '/email-delivery/spf-dkim-dmarc/',
        }],
      });
      expect(catalog.topics[1]).toStrictEqual({ ...topics[0], url: '/spam/', articles: [] });
      expect(catalog.byId.get(1007)).toMatchObject({
        entryId: 'articles/email-delivery/spf-dkim-dmarc',
        file: 'content/articles/email-delivery/spf-dkim-dmarc.mdx',
        data: a.data,
      });
    });

    it('takes updated from the frontmatter before the commit date', () => {
      const updated = new Date('2026-03-01T00:00:00Z');
      const committed = new Date('2026-05-20T10:00:00Z');
      const catalog = build([
        article('both', { id: 1, updated }, { committed }),
        article('commit', { id: 2 }, { committed }),
        article('neither', { id: 3 }),
      ]);
      expect(catalog.byId.get(1)!.updated).toBe(updated);
      expect(catalog.byId.get(2)!.updated).toBe(committed);
      expect(catalog.byId.get(3)!.updated).toBeUndefined();
    });
  });

  describe('drafts', () => {
    const published = article('published', { id: 10 });
    const draft = article('draft', { id: 11, draft: true });

    it('leaves drafts out of topics, articles and byId, and records their ids', () => {
      const catalog = build([published, draft]);
      expect(catalog.articles.map((a) => a.id)).toEqual([10]);
      expect(catalog.topics[0]!.articles.map((a) => a.id)).toEqual([10]);
      expect(catalog.byId.has(11)).toBe(false);
      expect([...catalog.draftIds]).toEqual([11]);
    });

    it('publishes drafts too when asked to', () => {
      const catalog = build([published, draft], { includeDrafts: true });
      expect(catalog.articles.map((a) => a.id)).toEqual([11, 10]);
      expect(catalog.byId.has(11)).toBe(true);
      expect(catalog.draftIds.size).toBe(0);
    });

    it('lets a draft relate to another draft', () => {
      const other = article('other-draft', { id: 12, draft: true, related: [11] });
      expect(() => build([published, draft, other])).not.toThrow();
    });

    it('lets a published article relate to a draft when drafts are built', () => {
      const linking = article('linking', { id: 13, related: [11] });
      expect(() => build([draft, linking], { includeDrafts: true })).not.toThrow();
    });
  });

  describe('problems', () => {
    it('refuses an id used twice, naming the first file and the id line', () => {
      const source = '---\nid: 1001\ntitle: Second\n---\n';
      const error = problemsOf({
        topics,
        articles: [article('first', { id: 1001 }), article('second', { id: 1001 }, { source })],
      });
      expect(error.message).toBe(
        '1 content problem:\n'
        + 'content/articles/email-delivery/second.mdx:2:1: id 1001 is already used by content/articles/email-delivery/first.mdx\n'
        + '    hint: give this article the next free id: `id: 1002`. Ids are permanent: content/articles/email-delivery/first.mdx keeps 1001',
      );
    });

    it('blames the new article, not the published one, for an id used twice, whatever their file order', () => {
      // A new article ("a-new", first in file order) takes the id of a published one ("b-old").
      const source = '---\nid: 1001\ntitle: New\n---\n';
      const error = problemsOf({
        topics,
        articles: [article('a-new', { id: 1001 }, { source }), article('b-old', { id: 1001 }), article('other', { id: 1009 })],
        published: new Map([[1001, ['/email-delivery/b-old/']]]),
      });
      expect(error.problems).toEqual([{
        file: 'content/articles/email-delivery/a-new.mdx', line: 2, column: 1,
        message: 'id 1001 is already used by content/articles/email-delivery/b-old.mdx, published at /email-delivery/b-old/',
        hint: 'give this article the next free id: `id: 1010`. Ids are permanent: content/articles/email-delivery/b-old.mdx keeps 1001',
      }]);
    });

    it('blames the newer article when neither is published: the one committed last, or never committed', () => {
      const error = problemsOf({
        topics,
        articles: [article('a-new', { id: 1001 }), article('b-old', { id: 1001 }, { committed: new Date('2026-01-02') })],
      });
      expect(error.problems.map((p) => p.file)).toEqual(['content/articles/email-delivery/a-new.mdx']);
    });

    it('refuses two articles on the same URL', () => {
      const a = article('bounces', { id: 1 });
      const b = { ...article('bounces', { id: 2 }), file: 'content/articles/email-delivery/Bounces.mdx' };
      expect(problemsOf({ topics, articles: [a, b] }).problems).toEqual([{
        file: 'content/articles/email-delivery/Bounces.mdx',
        message: 'URL /email-delivery/bounces/ is already used by content/articles/email-delivery/bounces.mdx',
        hint: 'rename one of the files: the file name is the slug',
      }]);
    });

    it('suggests the closest topic for a misspelt one', () => {
      const a = article('x', { topic: 'emial-delivery' });
      expect(problemsOf({ topics, articles: [a] }).problems).toEqual([{
        file: 'content/articles/emial-delivery/x.mdx',
        message: 'unknown topic "emial-delivery"',
        hint: 'did you mean "email-delivery"? Topics are listed in topics.yaml',
      }]);
    });

    it('lists the topics when no topic is close to an unknown one', () => {
      const a = article('x', { topic: 'billing' });
      expect(problemsOf({ topics, articles: [a] }).problems[0]!.hint)
        .toBe('add it to topics.yaml or use one of: spam, email-delivery');
    });

    it('refuses a topic that does not match the folder', () => {
      const a = { ...article('x', { topic: 'spam' }), entryId: 'articles/email-delivery/x', file: 'content/articles/email-delivery/x.mdx' };
      expect(problemsOf({ topics, articles: [a] }).problems).toEqual([{
        file: 'content/articles/email-delivery/x.mdx',
        message: 'topic "spam" does not match the folder "email-delivery"',
        hint: 'move the file to articles/spam/ or set topic: email-delivery',
      }]);
    });

    it.each([
      ['articles/x'],
      ['articles/email-delivery/old/x'],
    ])('refuses an article at the wrong depth (%s)', (entryId) => {
      const a = { ...article('x'), entryId, file: `content/${entryId}.mdx` };
      expect(problemsOf({ topics, articles: [a] }).problems).toEqual([{
        file: `content/${entryId}.mdx`,
        message: 'articles live exactly one folder deep: content/articles/<topic>/<slug>.mdx',
      }]);
    });

    it.each([
      ['an unknown article, suggesting a close id', 1003, 'related article 1003 does not exist', 'did you mean 1001?'],
      ['an unknown article far from any id', 9999, 'related article 9999 does not exist', 'check the id of the article you meant'],
      ['itself', 1002, 'an article cannot be related to itself (1002)', 'remove it from related'],
      ['a draft', 1001, 'related article 1001 is a draft', 'publish it first, or remove it from related'],
    ])('refuses a related link to %s', (_, related, message, hint) => {
      const draft = article('draft', { id: 1001, draft: true });
      const a = article('a', { id: 1002, related: [related] });
      expect(problemsOf({ topics, articles: [draft, a] }).problems).toEqual([
        { file: 'content/articles/email-delivery/a.mdx', message, hint },
      ]);
    });

    it.each([
      ['unknown', 1003, 'did you mean 1002?'],
      ['a draft', 1001, 'did you mean 1002?'],
    ])('refuses a featured article that is %s', (_, id, hint) => {
      const draft = article('draft', { id: 1001, draft: true });
      const a = article('a', { id: 1002 });
      expect(problemsOf({ topics, articles: [draft, a], featured: [1002, id], featuredFile: 'content/featured.yaml' }).problems)
        .toEqual([{ file: 'content/featured.yaml', message: `featured article ${id} does not exist or is a draft`, hint }]);
    });

    it('names featured.yaml when the featured file is not given', () => {
      expect(problemsOf({ topics, articles: [], featured: [1001] }).problems).toEqual([{
        file: 'featured.yaml',
        message: 'featured article 1001 does not exist or is a draft',
        hint: 'check the id of the article you meant',
      }]);
    });

    it('reports every problem in one run, each at its line', () => {
      const source = [
        '---',
        'id: 1001',
        'title: Relaying denied',
        'description: Why the server refuses to relay.',
        'topic: emial-delivery',
        'related:',
        '  - 1002',
        '  - 1001',
        '  - 1009',
        '---',
        '',
        '## Why {#why}',
      ].join('\n');
      const broken = {
        entryId: 'articles/emial-delivery/relaying-denied',
        file: 'content/articles/emial-delivery/relaying-denied.mdx',
        source,
        data: {
          id: 1001, title: 'Relaying denied', description: 'Why the server refuses to relay.', topic: 'emial-delivery',
          keywords: [], aliases: [], anchorAliases: {}, errors: [], related: [1002, 1001, 1009], draft: false,
        },
      } satisfies ArticleInput;
      const error = problemsOf({
        topics,
        articles: [article('other', { id: 1002 }), broken],
        featured: [1005],
        featuredFile: 'content/featured.yaml',
      });
      expect(error.message).toBe([
        '4 content problems:',
        'content/articles/emial-delivery/relaying-denied.mdx:5:1: unknown topic "emial-delivery"',
        '    hint: did you mean "email-delivery"? Topics are listed in topics.yaml',
        'content/articles/emial-delivery/relaying-denied.mdx:8:5: an article cannot be related to itself (1001)',
        '    hint: remove it from related',
        'content/articles/emial-delivery/relaying-denied.mdx:9:5: related article 1009 does not exist',
        '    hint: did you mean 1002?',
        'content/featured.yaml: featured article 1005 does not exist or is a draft',
        '    hint: did you mean 1002?',
      ].join('\n'));
    });
  });
});

describe('summarize', () => {
  it('keeps only what a link or card needs', () => {
    const catalog = build([article('bounces', { id: 42, title: 'Bounces', description: 'Read a bounce.' })]);
    expect(summarize(catalog.byId.get(42)!)).toStrictEqual({
      id: 42, title: 'Bounces', description: 'Read a bounce.', topic: 'email-delivery', slug: 'bounces',
      url: '/email-delivery/bounces/',
    });
  });
});

describe('neighbours', () => {
  const catalog = build([
    article('first', { id: 1, order: 1 }),
    article('second', { id: 2, order: 2 }),
    article('third', { id: 3, order: 3 }),
    article('elsewhere', { id: 4, topic: 'spam' }),
  ]);

  it('gives the first article of a topic only a next one', () => {
    expect(neighbours(catalog, 1)).toStrictEqual({ next: summarize(catalog.byId.get(2)!) });
  });

  it('gives a middle article both neighbours', () => {
    expect(neighbours(catalog, 2)).toStrictEqual({
      prev: summarize(catalog.byId.get(1)!),
      next: summarize(catalog.byId.get(3)!),
    });
  });

  it('gives the last article of a topic only a previous one', () => {
    expect(neighbours(catalog, 3)).toStrictEqual({ prev: summarize(catalog.byId.get(2)!) });
  });

  it('does not cross into another topic', () => {
    expect(neighbours(catalog, 4)).toStrictEqual({});
  });

  it('gives nothing for an unknown id', () => {
    expect(neighbours(catalog, 99)).toStrictEqual({});
  });
});

describe('relatedTo', () => {
  const catalog = build([
    article('a', { id: 1, related: [3, 2] }),
    article('b', { id: 2 }),
    article('c', { id: 3, topic: 'spam' }),
  ]);

  it('lists related articles in the order the author gave', () => {
    expect(relatedTo(catalog, 1).map((a) => a.id)).toEqual([3, 2]);
    expect(relatedTo(catalog, 1)[0]).toStrictEqual(summarize(catalog.byId.get(3)!));
  });

  it('gives nothing for an article without related ones', () => {
    expect(relatedTo(catalog, 2)).toEqual([]);
  });

  it('gives nothing for an unknown id', () => {
    expect(relatedTo(catalog, 99)).toEqual([]);
  });
});

describe('buildCatalog and aliases', () => {
  const topics = [{ slug: 'backups', title: 'Backups', description: 'B.', order: 1 }, { slug: 'spam', title: 'Spam', description: 'S.', order: 2 }];
  const withAliases = (slug: string, topic: string, id: number, aliases: string[]) => ({
    entryId: `articles/${topic}/${slug}`, file: `content/articles/${topic}/${slug}.mdx`, source: `---\nid: ${id}\naliases: [${aliases.join(', ')}]\n---\n`,
    data: { id, title: slug, description: 'D.', topic, keywords: [], aliases, anchorAliases: {}, errors: [], related: [], draft: false },
  });
  const problems = (articles: ReturnType<typeof withAliases>[]) => {
    try {
      buildCatalog({ articles, topics });
      return [];
    } catch (error) {
      return (error as ContentError).problems.map(formatProblem);
    }
  };

  it('refuses an alias that another article already uses', () => {
    expect(problems([withAliases('a', 'spam', 1001, ['/stop-spam']), withAliases('b', 'spam', 1002, ['/stop-spam'])])).toEqual([
      'content/articles/spam/b.mdx:3:11: alias /stop-spam is already the alias of content/articles/spam/a.mdx\n    hint: pick another short link: each one leads to a single place',
    ]);
  });

  it.each([
    ['a topic', '/backups', 'the topic "backups"'],
    ['the search page', '/search', 'a page of the site'],
    ['an article URL', '/spam/b', 'content/articles/spam/b.mdx'],
  ])('refuses an alias that is %s', (_, alias, what) => {
    expect(problems([withAliases('a', 'spam', 1001, [alias]), withAliases('b', 'spam', 1002, [])])).toEqual([
      `content/articles/spam/a.mdx:3:11: alias ${alias} is already ${what}\n    hint: pick another short link: each one leads to a single place`,
    ]);
  });
});

describe('buildCatalog and ids that are routes', () => {
  it('refuses id 404, whose short link would be the 404 page', () => {
    const article = {
      entryId: 'articles/spam/x', file: 'content/articles/spam/x.mdx', source: '---\nid: 404\n---\n',
      data: { id: 404, title: 'x', description: 'D.', topic: 'spam', keywords: [], aliases: [], anchorAliases: {}, errors: [], related: [], draft: false },
    };
    expect(() => buildCatalog({ articles: [article], topics: [{ slug: 'spam', title: 'Spam', description: 'S.', order: 1 }] })).toThrow(
      'content/articles/spam/x.mdx:2:1: id 404 would give the short link /404, which is a page of the site',
    );
  });
});
