import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { LinkRegistry } from '../../../src/lib/link-registry.ts';
import { rewritePinnedAnchors } from '../../../src/lib/pinned-anchors.ts';
import { ALIASES_PROPERTY, remarkAnchorAliases } from '../../../src/plugins/remark-anchor-aliases.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { collectIds, remarkRecordAnchors } from '../../../src/plugins/remark-record-anchors.ts';
import { remarkSteps } from '../../../src/plugins/remark-steps.ts';

const file = '/site/content/articles/backups/restore-deleted-emails.mdx';

async function record(source: string, registry: LinkRegistry, options: { path?: string } = { path: file }): Promise<void> {
  await unified()
    .use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkSteps)
    .use(remarkRecordAnchors, { registry })
    .use(remarkRehype).use(rehypeStringify)
    .process(new VFile({ ...options, value: rewritePinnedAnchors(source) }));
}

describe('collectIds', () => {
  it('lists the ids set through hProperties, in document order, at any depth', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, data: { hProperties: { id: 'first' } }, children: [{ type: 'text', value: 'First' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'No id.' }] },
        {
          type: 'list', ordered: true, data: { hProperties: { className: ['steps'] } },
          children: [
            { type: 'listItem', data: { hProperties: { id: 'first-step-1' } }, children: [] },
            { type: 'listItem', data: { hProperties: { id: 'first-step-2' } }, children: [] },
          ],
        },
        { type: 'heading', depth: 2, data: { hProperties: { id: 'second' } }, children: [] },
      ],
    };
    expect(collectIds(tree)).toEqual(['first', 'first-step-1', 'first-step-2', 'second']);
  });

  it('ignores ids that are not strings', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'heading', depth: 2, data: { hProperties: { id: 7 } }, children: [] }],
    } as unknown as Root;
    expect(collectIds(tree)).toEqual([]);
  });

  it('gives nothing for a tree without ids', () => {
    expect(collectIds({ type: 'root', children: [] })).toEqual([]);
  });
});

describe('remarkRecordAnchors', () => {
  it('records the heading and step ids of the file', async () => {
    const registry = new LinkRegistry();
    await record([
      '## How backups work {#how-backups-work}',
      '',
      '## Restore from Mail',
      '',
      '<Steps>',
      '',
      '1. Open Mail.',
      '2. Click Restore.',
      '',
      '</Steps>',
      '',
      '### Restore from Mail',
      '',
    ].join('\n'), registry);
    expect(registry.anchors).toEqual(new Map([[file, new Set([
      'how-backups-work', 'restore-from-mail', 'restore-from-mail-step-1', 'restore-from-mail-step-2', 'restore-from-mail-1',
    ])]]));
  });

  it('replaces the ids of an earlier compile of the same file', async () => {
    const registry = new LinkRegistry();
    await record('## Old {#old}\n', registry);
    await record('## New {#new}\n', registry);
    expect(registry.anchors.get(file)).toEqual(new Set(['new']));
  });

  it('records an empty set for an article without headings', async () => {
    const registry = new LinkRegistry();
    await record('Just text.\n', registry);
    expect(registry.anchors.get(file)).toEqual(new Set());
  });

  it('records nothing for a file without a path', async () => {
    const registry = new LinkRegistry();
    await record('## Heading\n', registry, {});
    expect(registry.anchors.size).toBe(0);
  });
});

describe('collectIds with anchor aliases', () => {
  it('lists the aliases of an element right after its id', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, data: { hProperties: { id: 'users-of-pop3', [ALIASES_PROPERTY]: 'pop3 pop' } }, children: [] },
        { type: 'heading', depth: 2, data: { hProperties: { id: 'restore' } }, children: [] },
      ],
    };
    expect(collectIds(tree)).toEqual(['users-of-pop3', 'pop3', 'pop', 'restore']);
  });

  it('records the aliases of the frontmatter with the ids of the file', async () => {
    const registry = new LinkRegistry();
    await unified()
      .use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkSteps).use(remarkAnchorAliases)
      .use(remarkRecordAnchors, { registry })
      .use(remarkRehype).use(rehypeStringify)
      .process(new VFile({
        path: file,
        value: rewritePinnedAnchors('## Users of POP3 {#users-of-pop3}\n\n## Restore\n\n<Steps>\n\n1. Open\n2. Restore\n\n</Steps>\n'),
        data: { astro: { frontmatter: { anchorAliases: { pop3: 'users-of-pop3', 'old-step': 'restore-step-2' } } } },
      }));
    expect([...registry.anchors.get(file) ?? []]).toEqual(['users-of-pop3', 'pop3', 'restore', 'restore-step-1', 'restore-step-2', 'old-step']);
  });
});
