/**
 * Records the final ids of an article (headings and steps) in the link registry, so that links to
 * `/ID#anchor` can be checked against what the target article really has. Runs after the plugins that
 * set ids.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { LinkRegistry } from '../lib/link-registry.ts';
import { ALIASES_PROPERTY } from './remark-anchor-aliases.ts';

export function remarkRecordAnchors(options: { registry: LinkRegistry }) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    options.registry.setAnchors(file.path, collectIds(tree));
  };
}

/** Every `id` set through `data.hProperties` in the tree, and the anchor aliases, in document order. */
export function collectIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, (node) => {
    const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
    if (typeof props?.['id'] === 'string') ids.push(props['id']);
    if (typeof props?.[ALIASES_PROPERTY] === 'string') ids.push(...props[ALIASES_PROPERTY].split(' '));
  });
  return ids;
}
