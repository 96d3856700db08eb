/**
 * DOM for search results, shared by the search page and the search dialog. Titles and topics are
 * written with textContent (Pagefind returns titles unescaped: an article title must never become
 * markup); excerpts are Pagefind's HTML-escaped text with <mark> around the matches.
 */
import type { SearchHit } from '../lib/search.ts';

/** Creates an element with classes and, optionally, plain text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as nodes: only its <mark> elements survive, everything else is text. */
export function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? el('mark', 'search-mark', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** "Topic" label of a result. */
export function topicBadge(topic: string | undefined): HTMLElement | undefined {
  return topic ? el('span', 'rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300', topic) : undefined;
}

/** One result of the search page: title link, topic, excerpt and section links. */
export function resultItem(hit: SearchHit): HTMLLIElement {
  const item = el('li', 'py-4');
  const head = el('div', 'flex flex-wrap items-center gap-2');
  const link = el('a', 'text-lg font-medium text-brand-700 hover:underline dark:text-brand-300', hit.title);
  link.href = hit.url;
  link.dataset['searchResult'] = '';
  head.append(link, ...[topicBadge(hit.topic)].filter((n): n is HTMLElement => n !== undefined));
  const excerpt = el('p', 'mt-1 text-slate-700 dark:text-slate-300');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(head, excerpt);
  if (hit.sections.length > 0) {
    const sections = el('ul', 'mt-2 space-y-1 border-l-2 border-slate-200 pl-4 text-sm dark:border-slate-700');
    for (const section of hit.sections) {
      const li = el('li', '');
      const a = el('a', 'font-medium text-brand-700 hover:underline dark:text-brand-300', section.title);
      a.href = section.url;
      a.dataset['searchSubresult'] = '';
      const text = el('span', 'block text-slate-600 dark:text-slate-400');
      text.append(...excerptNodes(section.excerpt));
      li.append(a, text);
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}
