/**
 * The HTML properties a plugin gives an mdast node (`data.hProperties`, which the compiler carries to
 * the element): the heading, step and alias plugins all set and read them the same way.
 */
import type { Heading } from 'mdast';
import type { MdastVisitorContext } from 'satteri';

/** The id this node will carry in HTML, if one was set. */
export function getId(node: { readonly data?: unknown }): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Sets an HTML property through the node's `data.hProperties`, keeping the others. */
export function setHProperties(ctx: MdastVisitorContext, node: { readonly data?: unknown }, properties: Record<string, unknown>): void {
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  ctx.setProperty(node as Heading, 'data', { ...data, hProperties: { ...data.hProperties, ...properties } });
}
