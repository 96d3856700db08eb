/**
 * The search page: reads `?q=` and `?topic=` from the URL, runs the search and renders the results, a
 * count, or the no-results help. The first results are drawn as soon as they are in; the others follow.
 * Typing refines the results in place and keeps the URL in step, so the address bar always holds a link
 * support can send. A corrected word is shown with a link to the words as typed (`&literal=1`).
 */
import { preload, search } from '../lib/search/index.ts';
import { resultItem, showCorrection } from './render-results.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const topic = form.querySelector<HTMLSelectElement>('select[name=topic]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const correction = document.querySelector<HTMLElement>('[data-search-correction]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const noResults = document.querySelector<HTMLElement>('[data-no-results]')!;
const share = { site: list.dataset['site'] ?? location.origin, status: document.querySelector<HTMLElement>('main [data-search-copy-status]')! };
/** Results drawn at once; enough to fill the screen. */
const FIRST = 5;
let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let literal = false;

function pageUrl(query: string, asTyped: boolean): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (topic.value) params.set('topic', topic.value);
  if (asTyped) params.set('literal', '1');
  return params.size > 0 ? `?${params}` : location.pathname;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const topicName = topic.selectedOptions[0]?.textContent ?? '';
  history.replaceState(null, '', pageUrl(query, literal));
  const mine = ++sequence;
  noResults.hidden = true;
  if (query === '') {
    status.textContent = 'Type a question, a word or an error code.';
    correction.hidden = true;
    list.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const response = await search(query, { limit: 20, first: FIRST, topic: topic.value || undefined, literal });
    if (mine !== sequence) return;
    const { total, hits, corrected } = response;
    const where = topic.value ? ` in ${topicName}` : '';
    const shown = corrected?.query ?? query;
    status.textContent = total === 0 ? `No results for “${shown}”${where}.` : `${total} result${total === 1 ? '' : 's'} for “${shown}”${where}`;
    showCorrection(correction, response, query, () => {
      const link = document.createElement('a');
      link.className = 'font-medium text-brand-700 underline dark:text-brand-300';
      link.href = pageUrl(query, true);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        literal = true;
        void run();
      });
      return link;
    });
    list.replaceChildren(...hits.map((hit) => resultItem(hit, share)));
    noResults.hidden = total > 0;
    const rest = await response.rest;
    if (mine === sequence) list.append(...rest.map((hit) => resultItem(hit, share)));
  } catch {
    if (mine === sequence) status.textContent = 'Search could not load. Check your connection and try again.';
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
literal = params.get('literal') === '1';
if ([...topic.options].some((o) => o.value === params.get('topic'))) topic.value = params.get('topic')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  literal = false;
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  literal = false;
  if (input.value.trim()) preload(input.value);
  timer = setTimeout(run, 150);
});
topic.addEventListener('change', () => void run());
void run();
