/**
 * Puts link controls beside every h2 and h3 of an article, for the support agents who send readers
 * to one section:
 *
 * ```html
 * <div class="section-heading">
 *   <h2 id="pop3">Users of POP3</h2>
 *   <span class="section-actions" data-pagefind-ignore>
 *     <a href="#pop3">…Link to this section…</a>                          (works without JavaScript)
 *     <button data-copy="link" data-section="pop3" hidden>…</button>       (copies https://site/1007#pop3)
 *     <button data-copy="reply" data-section="pop3" hidden>…</button>      (copies a reply snippet)
 *   </span>
 * </div>
 * ```
 * The controls sit beside the heading, not inside it, so the heading's text (table of contents, search
 * sub-results, screen readers' heading list) stays clean. The buttons are revealed by copy-links.ts.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { format, type ArticleStrings } from '../i18n/ui.ts';

const icon = (d: string): Element => ({
  type: 'element', tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round', className: ['size-4'] },
  children: [{ type: 'element', tagName: 'path', properties: { d }, children: [] }],
});
const LINK_ICON = 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7';
const REPLY_ICON = 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11';
const srOnly = (text: string): Element => ({ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: text }] });

function button(kind: 'link' | 'reply', id: string, title: string, strings: ArticleStrings): Element {
  const label = format(kind === 'link' ? strings.copyLinkToSection : strings.copySectionForReply, { title });
  return {
    type: 'element', tagName: 'button',
    properties: { type: 'button', className: ['section-action'], dataCopy: kind, dataSection: id, dataSectionTitle: title, title: kind === 'link' ? strings.copyLink : strings.copyForReply, hidden: true },
    children: [icon(kind === 'link' ? LINK_ICON : REPLY_ICON), srOnly(label)],
  };
}

export function rehypeSectionLinks(strings: ArticleStrings): HastPluginDefinition {
  return {
    name: 'kb-section-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string') return undefined;
        const title = ctx.textContent(node).trim();
        const anchor: Element = {
          type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['section-action'] },
          children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }, srOnly(format(strings.linkToSection, { title }))],
        };
        const actions: Element = {
          type: 'element', tagName: 'span', properties: { className: ['section-actions', 'no-print'], dataPagefindIgnore: 'all' },
          children: [anchor, button('link', id, title, strings), button('reply', id, title, strings)],
        };
        return { type: 'element', tagName: 'div', properties: { className: ['section-heading'] }, children: [node, actions] };
      },
    },
  };
}
