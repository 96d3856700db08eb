/**
 * The search page: reads `?q=` and `?topic=` from the URL, runs the search and renders the results, a
 * count, or the no-results help. Typing refines the results in place and keeps the URL in step, so the
 * address bar always holds a link support can send.
 */
import { preload, search } from '../lib/search.ts';
import { resultItem } from './render-results.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const topic = form.querySelector<HTMLSelectElement>('select[name=topic]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const noResults = document.querySelector<HTMLElement>('[data-no-results]')!;
let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function run(): Promise<void> {
  const query = input.value.trim();
  const topicName = topic.selectedOptions[0]?.textContent ?? '';
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (topic.value) params.set('topic', topic.value);
  history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
  const mine = ++sequence;
  noResults.hidden = true;
  if (query === '') {
    status.textContent = 'Type a question, a word or an error code.';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const { total, hits } = await search(query, { limit: 20, topic: topic.value || undefined });
    if (mine !== sequence) return;
    const where = topic.value ? ` in ${topicName}` : '';
    status.textContent = total === 0 ? `No results for “${query}”${where}.` : `${total} result${total === 1 ? '' : 's'} for “${query}”${where}`;
    list.replaceChildren(...hits.map(resultItem));
    noResults.hidden = total > 0;
  } catch {
    if (mine === sequence) status.textContent = 'Search could not load. Check your connection and try again.';
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
if ([...topic.options].some((o) => o.value === params.get('topic'))) topic.value = params.get('topic')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  if (input.value.trim()) preload(input.value);
  timer = setTimeout(run, 150);
});
topic.addEventListener('change', () => void run());
void run();
