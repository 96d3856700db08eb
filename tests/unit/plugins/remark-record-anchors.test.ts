import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { LinkRegistry } from '../../../src/lib/links/link-registry.ts';
import { ALIASES_PROPERTY, remarkAnchorAliases } from '../../../src/plugins/remark-anchor-aliases.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { idsOf, remarkRecordAnchors } from '../../../src/plugins/remark-record-anchors.ts';
import { remarkSteps } from '../../../src/plugins/remark-steps.ts';
import { render } from './render.ts';

const file = '/site/content/articles/backups/restore-deleted-emails.mdx';

async function record(source: string, registry: LinkRegistry, frontmatter?: Record<string, unknown>): Promise<void> {
  await render(source, {
    mdastPlugins: [...remarkHeadingIds(), remarkSteps(), remarkAnchorAliases(), remarkRecordAnchors({ registry })],
    path: file, frontmatter,
  });
}

describe('idsOf', () => {
  it('gives the id a node carries through hProperties', () => {
    expect(idsOf({ data: { hProperties: { id: 'first', className: ['step'] } } })).toEqual(['first']);
  });

  it('ignores ids that are not strings', () => {
    expect(idsOf({ data: { hProperties: { id: 7 } } })).toEqual([]);
  });

  it('gives nothing for a node without ids', () => {
    expect(idsOf({})).toEqual([]);
    expect(idsOf({ data: { hProperties: { className: ['steps'] } } })).toEqual([]);
  });

  it('lists the aliases of an element right after its id', () => {
    expect(idsOf({ data: { hProperties: { id: 'users-of-pop3', [ALIASES_PROPERTY]: 'pop3 pop' } } })).toEqual(['users-of-pop3', 'pop3', 'pop']);
  });
});

describe('remarkRecordAnchors', () => {
  it('records the heading and step ids of the file, in document order', async () => {
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
    expect([...registry.anchors.get(file)!]).toEqual([
      'how-backups-work', 'restore-from-mail', 'restore-from-mail-step-1', 'restore-from-mail-step-2', 'restore-from-mail-1',
    ]);
  });

  it('records ids at any depth: headings in components and quotes, steps in tabs', async () => {
    const registry = new LinkRegistry();
    await record([
      '<Callout>', '', '## In a callout', '', '</Callout>', '',
      '> ### In a quote', '',
      '<Tabs>', '<Tab label="Windows" value="windows">', '', '<Steps>', '', '1. Open', '', '</Steps>', '', '</Tab>', '</Tabs>', '',
    ].join('\n'), registry);
    expect([...registry.anchors.get(file)!]).toEqual(['in-a-callout', 'in-a-quote', 'in-a-quote-step-1']);
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
    await mdxToJs('## Heading\n', { mdastPlugins: [...remarkHeadingIds(), remarkRecordAnchors({ registry })] });
    expect(registry.anchors.size).toBe(0);
  });
});

describe('remarkRecordAnchors with anchor aliases', () => {
  it('records the aliases of the frontmatter with the ids of the file', async () => {
    const registry = new LinkRegistry();
    await record(
      '## Users of POP3 {#users-of-pop3}\n\n## Restore\n\n<Steps>\n\n1. Open\n2. Restore\n\n</Steps>\n',
      registry,
      { anchorAliases: { pop3: 'users-of-pop3', 'old-step': 'restore-step-2' } },
    );
    expect([...registry.anchors.get(file) ?? []]).toEqual(['users-of-pop3', 'pop3', 'restore', 'restore-step-1', 'restore-step-2', 'old-step']);
  });
});
