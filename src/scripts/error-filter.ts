/**
 * <kb-error-filter> on /errors/: narrows the error index to a code or words as they are typed, and keeps
 * `?q=` in the URL so that the address bar is a link support can send. Without JavaScript the whole list
 * shows and the form submits `?q=` to the page. The count is written with the strings of the page's
 * language, which the page hands over as JSON in `data-error-strings`.
 */
import { filterCount, matchesFilter, type FilterStrings } from '../lib/errors/index.ts';

class KbErrorFilter extends HTMLElement {
  connectedCallback(): void {
    const filter = this.querySelector<HTMLInputElement>('[data-error-filter]');
    if (!filter) return;
    const count = this.querySelector<HTMLElement>('[data-error-count]');
    const strings = JSON.parse(this.dataset['errorStrings'] ?? 'null') as FilterStrings | null;
    const lang = document.documentElement.lang || 'en';
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('[data-error-row]')];
    const groups = [...this.querySelectorAll<HTMLElement>('[data-error-group]')];
    const apply = (query: string) => {
      let shown = 0;
      for (const row of rows) {
        row.hidden = !matchesFilter(row.dataset['terms'] ?? '', query);
        if (!row.hidden) shown += 1;
      }
      for (const group of groups) group.hidden = !group.querySelector('[data-error-row]:not([hidden])');
      if (count && strings) count.textContent = filterCount(strings, lang, query, shown, rows.length);
    };
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    filter.value = initial;
    apply(initial);
    // A link such as /errors/?q=5.7.1 is sent for the list: show it.
    if (initial.trim() !== '' && location.hash === '') this.querySelector('#error-index')?.scrollIntoView();
    filter.addEventListener('input', () => {
      apply(filter.value);
      const url = new URL(location.href);
      if (filter.value.trim() === '') url.searchParams.delete('q');
      else url.searchParams.set('q', filter.value.trim());
      history.replaceState(history.state, '', url);
    });
    filter.form?.addEventListener('submit', (event) => event.preventDefault());
  }
}

if (!customElements.get('kb-error-filter')) customElements.define('kb-error-filter', KbErrorFilter);
