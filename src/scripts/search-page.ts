/**
 * <kb-search-page>: the search page. Reads `?q=`, `?topic=` and `?literal=1` from the URL, runs the
 * search and renders the results, a count, or the no-results help. The first result is drawn as soon as
 * it is in; the others follow once it is on screen. Typing refines the results in place and keeps the
 * URL in step, so the address bar always holds a link support can send. A corrected word is shown with
 * a link to the words as typed (`&literal=1`). The query loop is the shared SearchController.
 */
import { preload, search, searchOtherLanguages } from '../lib/search/index.ts';
import { SearchController, statusText, type SearchView } from '../lib/search/controller.ts';
import { el } from './dom.ts';
import { excerptNodes, nextFrame, resultItem, showCorrection } from './render-results.ts';
import { format } from '../i18n/format.ts';
import { pageStrings } from './page-strings.ts';
import type { BrowserStrings } from '../i18n/ui.ts';

/**
 * The offer to search the other languages, when the page's language has few or no results: a button
 * (or `&other=1` in the address, from the dialog), then their results, each marked with its language.
 */
function otherLanguages(page: HTMLElement, strings: BrowserStrings, lang: string) {
  const box = page.querySelector<HTMLElement>('[data-other-languages]');
  if (!box) return undefined;
  const languages = JSON.parse(box.dataset['otherLanguages']!) as Array<{ code: string; name: string }>;
  const button = box.querySelector<HTMLButtonElement>('[data-search-other-languages]')!;
  const title = box.querySelector<HTMLElement>('[data-other-languages-title]')!;
  const status = box.querySelector<HTMLElement>('[data-other-languages-status]')!;
  const list = box.querySelector<HTMLOListElement>('[data-other-languages-results]')!;
  let query = '';
  let asked = 0;
  const run = async () => {
    const mine = ++asked;
    button.hidden = true;
    title.hidden = false;
    status.textContent = strings.searching;
    const hits = await searchOtherLanguages(query, languages.map((l) => l.code)).catch(() => undefined);
    if (mine !== asked) return;
    status.textContent = hits === undefined ? strings.couldNotLoad : hits.length === 0 ? strings.nothingInOtherLanguages : format(strings.results, { count: hits.length }, lang);
    list.replaceChildren(...(hits ?? []).map((hit) => {
      const item = el('li', 'py-3');
      const link = el('a', 'text-lg font-medium text-brand-700 hover:underline dark:text-brand-300', hit.title);
      link.href = hit.url;
      link.lang = hit.lang;
      link.hreflang = hit.lang;
      link.dataset['otherLanguagesResult'] = hit.lang;
      const badge = el('span', 'ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300', languages.find((l) => l.code === hit.lang)?.name ?? hit.lang);
      badge.lang = hit.lang;
      const excerpt = el('p', 'mt-1 text-slate-700 dark:text-slate-300');
      excerpt.lang = hit.lang;
      excerpt.append(...excerptNodes(hit.excerpt));
      item.append(link, badge, excerpt);
      return item;
    }));
  };
  button.addEventListener('click', () => void run());
  return {
    reset() {
      asked++;
      box.hidden = true;
      button.hidden = false;
      title.hidden = true;
      status.textContent = '';
      list.replaceChildren();
    },
    offer(typed: string, now: boolean) {
      query = typed;
      box.hidden = false;
      if (now) void run();
    },
  };
}

/** Results drawn as soon as they are in; the others follow once they are on screen. */
const FIRST = 1;
/** Below this many results, the page offers to search the other languages. */
const FEW = 3;

class KbSearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[role=search]')!;
    const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
    const topic = form.querySelector<HTMLSelectElement>('select[name=topic]')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const correction = this.querySelector<HTMLElement>('[data-search-correction]')!;
    const unmatched = this.querySelector<HTMLElement>('[data-search-unmatched]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const noResults = this.querySelector<HTMLElement>('[data-no-results]')!;
    const { strings, lang } = pageStrings(this);
    const share = { site: list.dataset['site'] ?? location.origin, status: this.querySelector<HTMLElement>('[data-search-copy-status]')!, strings };

    const pageUrl = (query: string, asTyped: boolean) => {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      if (topic.value) params.set('topic', topic.value);
      if (asTyped) params.set('literal', '1');
      return params.size > 0 ? `?${params}` : location.pathname;
    };

    // A linked search's results are in: the topics held back below them appear (search-preload.js).
    // The list says it is busy (aria-busy) while its results are drawn in two steps, the first ones, then the rest.
    const drawn = () => {
      list.removeAttribute('aria-busy');
      document.documentElement.setAttribute('data-search-drawn', '');
    };
    const others = otherLanguages(this, strings, lang);
    // `&other=1` (the dialog's link): the other languages are searched at once. Read before the address
    // is rewritten to the query's.
    const askedForOthers = new URLSearchParams(location.search).get('other') === '1';
    const view: SearchView = {
      started(query, literal) {
        history.replaceState(null, '', pageUrl(query, literal));
        noResults.hidden = true;
        others?.reset();
      },
      cleared() {
        drawn();
        status.textContent = strings.typeSomething;
        correction.hidden = true;
        unmatched.hidden = true;
        list.replaceChildren();
      },
      searching() {
        status.textContent = strings.searching;
      },
      async show(response, query, current) {
        status.textContent = statusText(response, query, strings, lang, { where: topic.value ? (topic.selectedOptions[0]?.textContent ?? '') : '' });
        showCorrection(correction, response, query, strings, () => {
          const link = el('a', 'font-medium text-brand-700 underline dark:text-brand-300');
          link.href = pageUrl(query, true);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            void controller.searchAsTyped(input.value);
          });
          return link;
        });
        list.setAttribute('aria-busy', 'true');
        list.replaceChildren(...response.hits.map((hit) => resultItem(hit, share)));
        noResults.hidden = response.total > 0;
        // Words no page has are named: the count answers the other words only.
        unmatched.hidden = response.unmatched.length === 0;
        unmatched.textContent = format(strings.unmatchedWords, { words: response.unmatched.join(', ') });
        // Few results, or words this language's pages do not have: the query may be in another language.
        if (response.total < FEW || response.unmatched.length > 0) others?.offer(query, askedForOthers);
        // The others are resolved (by the search worker, fetching their text) only once the first are on screen.
        await nextFrame();
        if (!current()) return;
        const rest = await response.rest();
        if (current()) list.append(...rest.map((hit) => resultItem(hit, share)));
        drawn();
      },
      failed(message) {
        status.textContent = message;
        drawn();
      },
    };
    const controller = new SearchController(view, {
      debounceMs: 150,
      options: () => ({ limit: 20, first: FIRST, topic: topic.value || undefined }),
      search,
      preload,
      strings,
      dev: import.meta.env.DEV,
    });

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    if ([...topic.options].some((o) => o.value === params.get('topic'))) topic.value = params.get('topic')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void controller.resubmit(input.value);
    });
    input.addEventListener('input', () => controller.typed(input.value));
    topic.addEventListener('change', () => void controller.run(input.value));
    void (params.get('literal') === '1' ? controller.searchAsTyped(input.value) : controller.run(input.value));
  }
}

if (!customElements.get('kb-search-page')) customElements.define('kb-search-page', KbSearchPage);
