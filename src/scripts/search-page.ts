/**
 * <kb-search-page>: the search page. Reads `?q=`, `?topic=` and `?literal=1` from the URL, runs the
 * search and renders the results, a count, or the no-results help. The first result is drawn as soon as
 * it is in; the others follow once it is on screen. Typing refines the results in place and keeps the
 * URL in step, so the address bar always holds a link support can send. A corrected word is shown with
 * a link to the words as typed (`&literal=1`). The query loop is the shared SearchController.
 */
import { preload, search } from '../lib/search/index.ts';
import { SearchController, statusText, type SearchView } from '../lib/search/controller.ts';
import { el } from './dom.ts';
import { nextFrame, resultItem, showCorrection } from './render-results.ts';
import { pageStrings } from './page-strings.ts';

/** Results drawn as soon as they are in; the others follow once they are on screen. */
const FIRST = 1;

class KbSearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[role=search]')!;
    const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
    const topic = form.querySelector<HTMLSelectElement>('select[name=topic]')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const correction = this.querySelector<HTMLElement>('[data-search-correction]')!;
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

    const view: SearchView = {
      started(query, literal) {
        history.replaceState(null, '', pageUrl(query, literal));
        noResults.hidden = true;
      },
      cleared() {
        status.textContent = strings.typeSomething;
        correction.hidden = true;
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
        list.replaceChildren(...response.hits.map((hit) => resultItem(hit, share)));
        noResults.hidden = response.total > 0;
        // The others are resolved (main-thread work) only once the first are on screen.
        await nextFrame();
        if (!current()) return;
        const rest = await response.rest();
        if (current()) list.append(...rest.map((hit) => resultItem(hit, share)));
      },
      failed(message) {
        status.textContent = message;
      },
    };
    const controller = new SearchController(view, {
      debounceMs: 150,
      options: () => ({ limit: 20, first: FIRST, topic: topic.value || undefined }),
      search,
      preload,
      strings,
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
