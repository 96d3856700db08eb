/**
 * Turns the aliases `remark-anchor-aliases` attached to an element into empty `<span id>` targets at
 * its start: `<h2 id="users-of-pop3"><span id="pop3"></span>Users of POP3</h2>`. Valid inside headings
 * and list items alike, and the browser scrolls to the element either way.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { ALIASES_PROPERTY } from './remark-anchor-aliases.ts';

export function rehypeAnchorAliases(): HastPluginDefinition {
  return {
    name: 'kb-anchor-alias-targets',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'],
      visit(node, ctx) {
        const aliases = node.properties?.[ALIASES_PROPERTY];
        if (typeof aliases !== 'string') return;
        ctx.setProperty(node, ALIASES_PROPERTY, null);
        const targets: Element[] = aliases.split(' ').map((id) => ({ type: 'element', tagName: 'span', properties: { id }, children: [] }));
        ctx.prependChild(node, targets);
      },
    },
  };
}
