/**
 * Puts one share control after every h2 and h3 of an article, for the support agents who send readers
 * to one section: a small link icon that opens a menu of three actions.
 *
 * ```html
 * <div class="section-heading">
 *   <h2 id="pop3">Users of POP3</h2>
 *   <details class="section-menu not-prose no-print" name="section-menu" data-pagefind-ignore="all">
 *     <summary class="section-menu-button">…<span class="sr-only">Share “Users of POP3”</span></summary>
 *     <span class="section-menu-items">
 *       <a href="#pop3" aria-label="Link to this section: Users of POP3">Link to this section</a>   (works without JavaScript)
 *       <button data-copy="link" data-section="pop3" aria-label="Copy link: Users of POP3" hidden>Copy link</button>
 *       <button data-copy="reply" data-section="pop3" aria-label="Copy for a reply: Users of POP3" hidden>Copy for a reply</button>
 *     </span>
 *   </details>
 * </div>
 * ```
 * One Tab stop per heading: the menu's items are reachable only once it is open. A `<details>` opens and
 * closes without JavaScript, and its `name` lets one menu be open at a time; the copy buttons need the
 * clipboard, so copy-links.ts reveals them, and section-menu.ts adds Escape, a click outside and the
 * menu's placement. The control sits beside the heading, not inside it, so the heading's text (table of
 * contents, search sub-results, screen readers' heading list) stays clean. The outdated-section notice
 * of a translation goes after the wrapper (outdated-notice.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { format, type ArticleStrings } from '../i18n/ui.ts';

const icon = (d: string): Element => ({
  type: 'element', tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round', className: ['size-4', 'shrink-0'] },
  children: [{ type: 'element', tagName: 'path', properties: { d }, children: [] }],
});
const LINK_ICON = 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7';
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * What an item of the menu says (`label`), and its accessible name: the same words, then the section's
 * title ("Copy link: Ports"). The words seen stay the start of the name, so that a reader who speaks to
 * their computer can say them (WCAG 2.5.3; axe's label-content-name-mismatch), and a screen reader's list
 * of links or buttons still tells the sections apart.
 */
function item(tagName: 'a' | 'button', properties: Element['properties'], label: string, title: string, strings: ArticleStrings): Element {
  // The items' icons are drawn by the stylesheet (.section-menu-item::before): inline, three per heading,
  // they were a quarter of an article page's HTML.
  return {
    type: 'element', tagName,
    properties: { ...properties, className: ['section-menu-item'], ariaLabel: format(strings.labelled, { label, title }) },
    children: [text(label)],
  };
}

function copyButton(kind: 'link' | 'reply', id: string, title: string, strings: ArticleStrings): Element {
  const link = kind === 'link';
  const properties = { type: 'button', dataCopy: kind, dataSection: id, dataSectionTitle: title, hidden: true };
  return item('button', properties, link ? strings.copyLink : strings.copyForReply, title, strings);
}

/** The share menu of the section `id` whose heading reads `title`, marked `lang` when given. */
function sectionMenu(id: string, title: string, strings: ArticleStrings, lang: string | undefined): Element {
  const summary: Element = {
    type: 'element', tagName: 'summary', properties: { className: ['section-menu-button'] },
    children: [icon(LINK_ICON), { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [text(format(strings.sectionActions, { title }))] }],
  };
  const anchor = item('a', { href: `#${id}` }, strings.sectionLink, title, strings);
  return {
    type: 'element', tagName: 'details',
    properties: { className: ['section-menu', 'not-prose', 'no-print'], name: 'section-menu', dataPagefindIgnore: 'all', ...(lang ? { lang } : {}) },
    children: [summary, {
      type: 'element', tagName: 'span', properties: { className: ['section-menu-items'] },
      children: [anchor, copyButton('link', id, title, strings), copyButton('reply', id, title, strings)],
    }],
  };
}

/**
 * The plugin: wraps each h2 and h3 that has an id with its share menu, in the page's language (`strings`).
 * On a fallback page the menu is the interface's, in another language than the text around it: `lang`
 * then marks it, for screen readers' voices and the browser's hyphenation.
 */
export function rehypeSectionLinks(strings: ArticleStrings, lang?: string): HastPluginDefinition {
  return {
    name: 'kb-section-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string') return undefined;
        const title = ctx.textContent(node).trim();
        return { type: 'element', tagName: 'div', properties: { className: ['section-heading'] }, children: [node, sectionMenu(id, title, strings, lang)] };
      },
    },
  };
}
