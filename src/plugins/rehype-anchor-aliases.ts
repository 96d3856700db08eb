/**
 * Turns the aliases `remark-anchor-aliases` attached to an element into empty `<span id>` targets at
 * its start: `<h2 id="users-of-pop3"><span id="pop3"></span>Users of POP3</h2>`. Valid inside headings
 * and list items alike, and the browser scrolls to the element either way.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeAnchorAliases() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const aliases = node.properties['dataAnchorAliases'];
      if (typeof aliases !== 'string') return;
      delete node.properties['dataAnchorAliases'];
      const targets: Element[] = aliases.split(' ').map((id) => ({ type: 'element', tagName: 'span', properties: { id }, children: [] }));
      node.children.unshift(...targets);
    });
  };
}
