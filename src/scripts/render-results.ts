/**
 * DOM for search results, shared by the search page and the search dialog. Titles and topics are
 * written with textContent (Pagefind returns titles unescaped: an article title must never become
 * markup); excerpts are HTML-escaped text with <mark> around the matches (lib/search/excerpt.ts).
 */
import type { SearchHit, SearchResponse } from '../lib/search/index.ts';
import { announceCopy, copyText } from './clipboard.ts';
import { el } from './dom.ts';
import { format } from '../i18n/format.ts';
import type { BrowserStrings } from '../i18n/ui.ts';

/** Resolves after the next frame is painted: the first results go on screen before the others are resolved. */
export const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

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

/** The link a support agent sends: absolute, on the public site, with its #section and no highlight. */
export function shareableUrl(url: string, site: string): string {
  const target = new URL(url, site);
  target.search = '';
  return target.href;
}

/**
 * "Copy link" for a result or a section: a real button named after what it copies. Clicking it copies
 * the shareable link and says "Copied" in `status` (a live region), so screen readers hear it too.
 */
export function copyButton(url: string, title: string, site: string, status: HTMLElement, strings: BrowserStrings): HTMLButtonElement {
  const button = el('button', 'copy-chip shrink-0 self-start', strings.copyLink);
  button.type = 'button';
  button.dataset['copyResult'] = shareableUrl(url, site);
  button.setAttribute('aria-label', format(strings.copyLinkTo, { title }));
  button.addEventListener('click', async (event) => {
    event.stopPropagation();
    const link = button.dataset['copyResult']!;
    const ok = await copyText(link);
    button.textContent = ok ? strings.copied : strings.copyLink;
    announceCopy(button, status, ok, { copied: format(strings.copiedLink, { link }), failed: format(strings.couldNotCopy, { link }) }, () => (button.textContent = strings.copyLink));
  });
  return button;
}

/**
 * "Showing results for **password**. Search for *passwrod* instead.", filled into `box` when words were
 * corrected (hidden otherwise). `original` is the link or button that searches the words as typed.
 */
export function showCorrection(box: HTMLElement, response: Pick<SearchResponse, 'corrected'>, typed: string, strings: BrowserStrings, original: () => HTMLElement): void {
  box.hidden = !response.corrected;
  if (!response.corrected) return box.replaceChildren();
  const asTyped = original();
  asTyped.replaceChildren(el('em', '', typed));
  // The sentence in the page's language, with the corrected words and the link to the typed ones in its slots.
  const parts = strings.showingResultsFor.split(/(\{corrected\}|\{typed\})/);
  box.replaceChildren(...parts.map((part) => (part === '{corrected}' ? el('strong', 'font-semibold', response.corrected!.query) : part === '{typed}' ? asTyped : part)));
}

/** One result of the search page: title link, topic, excerpt and section links. */
export function resultItem(hit: SearchHit, share: { site: string; status: HTMLElement; strings: BrowserStrings }): HTMLLIElement {
  const item = el('li', 'py-4');
  const head = el('div', 'flex flex-wrap items-center gap-2');
  const link = el('a', 'text-lg font-medium text-brand-700 hover:underline dark:text-brand-300', hit.title);
  link.href = hit.url;
  link.dataset['searchResult'] = '';
  head.append(link, ...[topicBadge(hit.topic)].filter((n): n is HTMLElement => n !== undefined), copyButton(hit.url, hit.title, share.site, share.status, share.strings));
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
      const line = el('div', 'flex flex-wrap items-center gap-2');
      line.append(a, copyButton(section.url, `${hit.title} › ${section.title}`, share.site, share.status, share.strings));
      li.append(line, text);
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}
