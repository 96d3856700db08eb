import { describe, expect, it } from 'vitest';
import type { IndexedArticle } from '../../../src/lib/content/article-index.ts';
import { LinkRegistry } from '../../../src/lib/links/link-registry.ts';
import { ArticleProblemsError, failOnProblems } from '../../../src/plugins/problems.ts';
import { remarkCrossLinks, type CrossLinkOptions } from '../../../src/plugins/remark-cross-links.ts';
import { failure as compileFailure, render } from './render.ts';

const dir = '/site/content/articles';
const article = (id: number, url: string, draft = false): [number, IndexedArticle] =>
  [id, { id, url, title: `Article ${id}`, aliases: [], draft, file: `${dir}${url.replace(/\/$/, '')}.mdx` }];

const articles = new Map([
  article(1003, '/email-delivery/delivery-failure-reports/'),
  article(1007, '/backups/restore-deleted-emails/'),
  article(1020, '/spam/new-filter/', true),
  article(1021, '/spam/filter-rules/', true),
]);

/** Source file of the article with this id (a published one when the id is not indexed). */
const fileOf = (id: number) => articles.get(id)?.file ?? `${dir}/spam/block-a-sender.mdx`;

const pipeline = (options: Partial<CrossLinkOptions>, from: number) => ({
  mdastPlugins: [remarkCrossLinks({ articles: () => articles, ...options }), failOnProblems],
  path: fileOf(from),
});

async function html(source: string, options: Partial<CrossLinkOptions> = {}, from = 1001): Promise<string> {
  return (await render(source, pipeline(options, from))).html;
}

/** The error the compile fails with. */
async function failure(source: string, options: Partial<CrossLinkOptions> = {}, from = 1001): Promise<unknown> {
  return compileFailure(source, pipeline(options, from));
}

describe('remarkCrossLinks', () => {
  it.each([
    ['/1007', '/backups/restore-deleted-emails/'],
    ['/1007/', '/backups/restore-deleted-emails/'],
    ['/1003#spf-failure', '/email-delivery/delivery-failure-reports/#spf-failure'],
    ['/1003/#spf-failure', '/email-delivery/delivery-failure-reports/#spf-failure'],
  ])('rewrites `%s` to `%s`', async (link, href) => {
    expect(await html(`See [the guide](${link}).`)).toBe(`<p>See <a href="${href}">the guide</a>.</p>`);
  });

  it('rewrites a reference-style definition', async () => {
    expect(await html('See [the guide][restore].\n\n[restore]: /1007\n'))
      .toBe('<p>See <a href="/backups/restore-deleted-emails/">the guide</a>.</p>');
  });

  it('rewrites a reference definition with an anchor', async () => {
    expect(await html('See [x].\n\n[x]: /1003#spf-failure\n'))
      .toBe('<p>See <a href="/email-delivery/delivery-failure-reports/#spf-failure">x</a>.</p>');
  });

  it('rewrites a link inside a component', async () => {
    expect(await html('<Callout>\n\nSee [the guide](/1007).\n\n</Callout>\n')).toContain('<a href="/backups/restore-deleted-emails/">the guide</a>');
  });

  it.each([
    ['/1007-foo'],
    ['/10a7'],
    ['/backups/'],
    ['/backups/restore-deleted-emails/'],
    ['https://www.infomaniak.com/1007'],
    ['#spf-failure'],
    ['1007'],
    ['/1007#a#b'],
    ['/1007?x=1'],
  ])('leaves the ordinary link `%s` untouched', async (link) => {
    expect(await html(`[x](${link})`)).toBe(`<p><a href="${link}">x</a></p>`);
  });

  it('leaves an `<a href>` written as JSX untouched', async () => {
    const out = await html('<a href="/1007">x</a>');
    expect(out).toContain('href="/1007"');
    expect(out).not.toContain('/backups/');
  });

  it('fails on an unknown id with the position and a did-you-mean', async () => {
    const error = await failure('# Title\n\nSee [the guide](/1008) now.\n');
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({
      line: 3, column: 5, ruleId: 'cross-link',
      message: 'Unknown article id in link `/1008`; did you mean `/1003` (/email-delivery/delivery-failure-reports/)?',
    });
  });

  it('fails on an unknown id without a guess when no id is close', async () => {
    const error = await failure('[x](/99)');
    expect(error).toMatchObject({ message: 'Unknown article id in link `/99`', line: 1, column: 1 });
  });

  it('fails on an unknown id in a reference definition, at the definition', async () => {
    const error = await failure('See [x].\n\n[x]: /1017\n');
    expect(error).toMatchObject({ line: 3, column: 1, message: 'Unknown article id in link `/1017`; did you mean `/1007` (/backups/restore-deleted-emails/)?' });
  });

  it('fails when a published article links to a draft', async () => {
    const error = await failure('Intro.\n\nTry [the new filter](/1020).\n');
    expect(error).toMatchObject({
      line: 3, column: 5, ruleId: 'cross-link',
      message: 'Link `/1020` points to article 1020, which is a draft; publish it first or remove the link',
    });
  });

  it('lets a draft link to another draft', async () => {
    expect(await html('[rules](/1021)', {}, 1020)).toBe('<p><a href="/spam/filter-rules/">rules</a></p>');
  });

  it('lets a draft link to a published article', async () => {
    expect(await html('[x](/1007)', {}, 1020)).toBe('<p><a href="/backups/restore-deleted-emails/">x</a></p>');
  });

  describe('with anchorsOf', () => {
    const anchorsOf = (id: number) => (id === 1003 ? new Set(['spf-failure', 'dkim-failure']) : undefined);

    it('accepts a link to an existing anchor', async () => {
      expect(await html('[x](/1003#dkim-failure)', { anchorsOf })).toContain('href="/email-delivery/delivery-failure-reports/#dkim-failure"');
    });

    it('fails at once on a missing anchor, with a did-you-mean', async () => {
      const error = await failure('Intro.\n\n  See [SPF](/1003#spf-failur).\n', { anchorsOf });
      expect(error).toMatchObject({
        line: 3, column: 7, ruleId: 'cross-link',
        message: 'Link `/1003#spf-failur`: article 1003 has no section `#spf-failur`; did you mean `#spf-failure`?',
      });
    });

    it('fails on a missing anchor without a guess when none is close', async () => {
      const error = await failure('[x](/1003#mailbox-quota)', { anchorsOf });
      expect(error).toMatchObject({ message: 'Link `/1003#mailbox-quota`: article 1003 has no section `#mailbox-quota`' });
    });

    it('does not check the anchors of an article it knows nothing about', async () => {
      expect(await html('[x](/1007#anything)', { anchorsOf })).toContain('href="/backups/restore-deleted-emails/#anything"');
    });
  });

  describe('with a registry', () => {
    it('records every link with an anchor, with its position, and only those', async () => {
      const registry = new LinkRegistry();
      await html('# Title\n\n[a](/1003#spf-failure) and [b](/1007).\n\n[c]: /1007/#how-backups-work\n', { registry });
      expect(registry.links).toEqual(new Map([[fileOf(1001), [
        { from: fileOf(1001), line: 3, column: 1, raw: '/1003#spf-failure', targetId: 1003, targetFile: fileOf(1003), anchor: 'spf-failure' },
        { from: fileOf(1001), line: 5, column: 1, raw: '/1007/#how-backups-work', targetId: 1007, targetFile: fileOf(1007), anchor: 'how-backups-work' },
      ]]]));
    });

    it('records an empty list for a file without anchor links, replacing an earlier compile', async () => {
      const registry = new LinkRegistry();
      await html('[a](/1003#spf-failure)', { registry });
      await html('[a](/1003)', { registry });
      expect(registry.links.get(fileOf(1001))).toEqual([]);
    });

    it('lets the registry find the broken anchor once the target is compiled', async () => {
      const registry = new LinkRegistry();
      await html('Text.\n\n[a](/1003#spf-failur)\n', { registry });
      registry.setAnchors(fileOf(1003), ['spf-failure']);
      expect(registry.anchorProblems('/site').map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} (${p.hint})`)).toEqual([
        'content/articles/spam/block-a-sender.mdx:3:1: Link `/1003#spf-failur`: article 1003 has no section `#spf-failur` (did you mean `#spf-failure`?)',
      ]);
    });
  });
});

describe('remarkCrossLinks with links to a section of the same article', () => {
  it('records `#anchor` links with the file itself as the target, leaving the link as written', async () => {
    const registry = new LinkRegistry();
    const out = await html('Intro.\n\nSee [SPF](#spf-failure) and [x][dkim].\n\n[dkim]: #dkim-failure\n', { registry }, 1003);
    expect(out).toContain('<a href="#spf-failure">SPF</a>');
    expect(registry.links.get(fileOf(1003))).toEqual([
      { from: fileOf(1003), line: 3, column: 5, raw: '#spf-failure', targetId: 1003, targetFile: fileOf(1003), anchor: 'spf-failure' },
      { from: fileOf(1003), line: 5, column: 1, raw: '#dkim-failure', targetId: 1003, targetFile: fileOf(1003), anchor: 'dkim-failure' },
    ]);
  });

  it('records the id 0 for a file that is not in the index', async () => {
    const registry = new LinkRegistry();
    await html('[x](#pop3)', { registry });
    expect(registry.links.get(fileOf(1001))).toEqual([
      { from: fileOf(1001), line: 1, column: 1, raw: '#pop3', targetId: 0, targetFile: fileOf(1001), anchor: 'pop3' },
    ]);
  });

  it.each([['#a#b'], ['#'], ['#two words']])('does not record `%s`', async (link) => {
    const registry = new LinkRegistry();
    await html(`[x](<${link}>)`, { registry }, 1003);
    expect(registry.links.get(fileOf(1003))).toEqual([]);
  });

  it('does not check a same-article anchor at once, even with anchorsOf', async () => {
    const anchorsOf = () => new Set(['spf-failure']);
    expect(await html('[x](#nowhere)', { anchorsOf }, 1003)).toBe('<p><a href="#nowhere">x</a></p>');
  });

  it('lets the registry report a missing section of the same article', async () => {
    const registry = new LinkRegistry();
    await html('Text.\n\n[a](#spf-failur) and [b](#spf-failure)\n', { registry }, 1003);
    registry.setAnchors(fileOf(1003), ['spf-failure', 'dkim-failure']);
    expect(registry.anchorProblems('/site')).toEqual([{
      file: 'content/articles/email-delivery/delivery-failure-reports.mdx', line: 3, column: 1,
      message: 'Link `#spf-failur`: this article has no section `#spf-failur`',
      hint: 'did you mean `#spf-failure`?',
    }]);
  });
});
