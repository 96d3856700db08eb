/**
 * Links to other sites never get a handle on this one (`noopener`), nor learn which page sent the reader
 * (`noreferrer`): `<a href="https://example.com" rel="noopener noreferrer">`. A link is external when its
 * URL is absolute with `http:` or `https:`, or protocol-relative (`//host/…`), as in rehype-external-links
 * (whose defaults this keeps: that plugin walks a unified tree, so it cannot run on Sätteri's). Links
 * written as JSX are left alone.
 */
import type { HastPluginDefinition } from 'satteri';

const EXTERNAL = /^(?:https?:)?\/\//i;

export function rehypeExternalLinks(): HastPluginDefinition {
  return {
    name: 'kb-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && EXTERNAL.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  };
}
