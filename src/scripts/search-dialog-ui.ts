/**
 * The search dialog's behaviour, loaded on first open: results as you type (debounced), a combobox with
 * a listbox of results and their sections (WAI-ARIA APG combobox pattern: the input keeps focus,
 * aria-activedescendant marks the active option), and a live region with the number of results.
 * Corrected words are shown with a button that searches the words as typed; each result and section
 * has a "Copy link" button, in its own column beside the listbox (see SearchDialog.astro).
 *
 * With nothing typed, or nothing found, the dialog shows its empty state (recent searches and popular articles,
 * with their keys: search-dialog.ts). A search is kept among the recent ones when the reader acts on it:
 * opens a result, or asks for all results (the form, the footer's link, the other languages' link).
 */
import { preload, search, warmUp, type SearchHit } from '../lib/search/index.ts';
import { SearchController, statusText } from '../lib/search/controller.ts';
import { el } from './dom.ts';
import { copyButton, excerptNodes, nextFrame, showCorrection, topicBadge } from './render-results.ts';
import { pageStrings } from './page-strings.ts';
import { format } from '../i18n/format.ts';
import { deviceStore, recordRecentSearch } from '../lib/search/recent-searches.ts';

/** Results drawn as soon as they are in; the others (up to six, which fit the dialog) follow once they are on screen. */
const FIRST = 1;
/** Below this many results, the dialog links to the other languages' results. */
const FEW = 3;

export function attach(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const list = dialog.querySelector<HTMLUListElement>('[role=listbox]')!;
  const status = dialog.querySelector<HTMLElement>('[data-status]')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-all-results]')!;
  const correction = dialog.querySelector<HTMLElement>('[data-correction]')!;
  const buttons = dialog.querySelector<HTMLElement>('[data-copy-buttons]')!;
  const site = buttons.parentElement!.dataset['site'] ?? location.origin;
  const copyStatus = dialog.querySelector<HTMLElement>('[data-search-copy-status]')!;
  // Where "All results" leads: the search page of the page's language, as the page wrote the link.
  const SEARCH_PAGE = all.pathname;
  const others = dialog.querySelector<HTMLAnchorElement>('[data-other-languages-link]');
  const { strings, lang } = pageStrings(dialog);
  const empty = dialog.querySelector<HTMLElement>('[data-search-empty]')!;
  // Read once: where reading localStorage throws, nothing is kept.
  const store = deviceStore();
  const remember = () => recordRecentSearch(store, empty.dataset['lang'] ?? lang, input.value);
  /** The empty state shows while the box is empty (blank). */
  const showEmpty = () => (empty.hidden = input.value.trim() !== '');
  let options: HTMLElement[] = [];
  let active = -1;
  warmUp();

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const option = (id: string, url: string, children: Node[], className: string): HTMLLIElement => {
    const li = el('li', `search-option col-start-1 cursor-pointer rounded-lg ${className}`);
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset['url'] = url;
    li.append(...children);
    li.addEventListener('click', () => {
      remember();
      location.assign(url);
    });
    return li;
  };

  /** Draws the results; `more` when they are the same answer's, with more of them: the active option stays. */
  const render = (hits: SearchHit[], more = false) => {
    const keep = more ? active : -1;
    options = [];
    const copies: HTMLButtonElement[] = [];
    list.replaceChildren(
      ...hits.flatMap((hit, i) => {
        const head = el('span', 'flex flex-wrap items-center gap-2');
        head.append(el('span', 'font-medium text-slate-900 dark:text-white', hit.title), ...[topicBadge(hit.topic)].filter((n): n is HTMLElement => !!n));
        const excerpt = el('span', 'mt-0.5 block text-sm text-slate-600 dark:text-slate-400');
        excerpt.append(...excerptNodes(hit.excerpt));
        const main = option(`search-option-${i}`, hit.url, [head, excerpt], 'px-3 py-2');
        const subs = hit.sections.map((section, j) => {
          const text = el('span', 'block text-sm text-slate-600 dark:text-slate-400');
          text.append(...excerptNodes(section.excerpt));
          return option(`search-option-${i}-${j}`, section.url, [el('span', 'block text-sm font-medium text-brand-700 dark:text-brand-300', `↳ ${section.title}`), text], 'ml-4 px-3 py-1.5');
        });
        options.push(main, ...subs);
        copies.push(copyButton(hit.url, hit.title, site, copyStatus, strings), ...hit.sections.map((section) => copyButton(section.url, `${hit.title} › ${section.title}`, site, copyStatus, strings)));
        return [main, ...subs];
      }),
    );
    // Each option and its button share a grid row (CSSOM styles: the Content-Security-Policy allows them).
    options.forEach((o, row) => (o.style.gridRow = String(row + 1)));
    copies.forEach((b, row) => {
      b.style.gridRow = String(row + 1);
      b.classList.add('col-start-2', 'mt-2');
    });
    buttons.replaceChildren(...copies);
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (keep >= 0) setActive(keep);
  };

  const controller = new SearchController(
    {
      started(query) {
        empty.hidden = query !== '';
        all.href = query ? `${SEARCH_PAGE}?q=${encodeURIComponent(query)}` : SEARCH_PAGE;
        if (others) {
          others.hidden = true;
          others.href = `${SEARCH_PAGE}?q=${encodeURIComponent(query)}&other=1`;
        }
      },
      cleared() {
        render([]);
        showEmpty();
        status.textContent = '';
        correction.hidden = true;
      },
      async show(response, query, current) {
        render(response.hits);
        showCorrection(correction, response, query, strings, () => {
          const button = el('button', 'font-medium text-brand-700 underline dark:text-brand-300');
          button.type = 'button';
          button.addEventListener('click', () => {
            input.focus();
            void controller.searchAsTyped(input.value);
          });
          return button;
        });
        // The count answers the words found only: the words no page has are named with it.
        const count = statusText(response, query, strings, lang, { terse: true });
        status.textContent = response.unmatched.length > 0 && response.total > 0 ? `${count}. ${format(strings.unmatchedWords, { words: response.unmatched.join(', ') })}` : count;
        if (others) others.hidden = response.total >= FEW && response.unmatched.length === 0;
        // Nothing found: what helps before anything is typed helps now (how to paste an error, the popular
        // articles, the recent searches), below the "No results", reached with the arrow keys as there.
        if (response.total === 0) empty.hidden = false;
        // The others are resolved (by the search worker, fetching their text) only once the first are on screen.
        await nextFrame();
        if (!current()) return;
        const rest = await response.rest();
        if (current() && rest.length > 0) render([...response.hits, ...rest], true);
      },
      failed(message) {
        status.textContent = message;
      },
    },
    // Each shown result costs a fetch of its fragment: six fit the dialog and keep it quick.
    { debounceMs: 60, options: () => ({ limit: 6, first: FIRST }), search, preload, strings, dev: import.meta.env.DEV },
  );

  input.addEventListener('input', () => {
    showEmpty();
    controller.typed(input.value);
  });
  dialog.querySelector('form')!.addEventListener('submit', remember);
  all.addEventListener('click', remember);
  others?.addEventListener('click', remember);

  input.addEventListener('keydown', (event) => {
    // Taken already: the arrow keys of the empty state (search-dialog.ts).
    if (event.defaultPrevented) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      remember();
      location.assign(options[active]!.dataset['url']!);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (options.length === 0) return;
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : options.length - 1);
    }
  });
  showEmpty();
  if (input.value.trim() !== '') void controller.run(input.value);
}
