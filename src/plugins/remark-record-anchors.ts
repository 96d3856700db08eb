/**
 * Records the final ids of an article (headings and steps, and their aliases) in the link registry, so
 * that links to `/ID#anchor` can be checked against what the target article really has. Runs after the
 * plugins that set ids.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { LinkRegistry } from '../lib/links/link-registry.ts';
import { ALIASES_PROPERTY } from './remark-anchor-aliases.ts';

declare module 'satteri' {
  interface DataMap {
    kbAnchors?: string[];
  }
}

/** The ids (and aliases) a node carries in HTML. */
export function idsOf(node: { readonly data?: unknown }): string[] {
  const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  const ids: string[] = [];
  if (typeof props?.['id'] === 'string') ids.push(props['id']);
  if (typeof props?.[ALIASES_PROPERTY] === 'string') ids.push(...props[ALIASES_PROPERTY].split(' '));
  return ids;
}

export function remarkRecordAnchors(options: { registry?: LinkRegistry | undefined }): MdastPluginDefinition {
  const record = (node: { readonly data?: unknown }, ctx: MdastVisitorContext) => {
    (ctx.data.kbAnchors ??= []).push(...idsOf(node));
  };
  return {
    name: 'kb-record-anchors',
    heading: record,
    listItem: record,
    after(_root, ctx) {
      if (ctx.fileURL) options.registry?.setAnchors(fileURLToPath(ctx.fileURL), ctx.data.kbAnchors ?? []);
    },
  };
}
