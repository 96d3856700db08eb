/**
 * The search page: reads `?q=` from the URL, runs the query and renders the results. Titles are
 * written with textContent; excerpts are Pagefind's escaped HTML with <mark> around matches.
 */
import { search, type SearchHit } from '../lib/search.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

function render(hits: SearchHit[]): void {
  list!.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      item.className = 'py-4';
      const link = document.createElement('a');
      link.href = hit.url;
      link.dataset['searchResult'] = '';
      link.className = 'text-lg font-medium text-brand-700 hover:underline dark:text-brand-300';
      link.textContent = hit.title;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-slate-700 dark:text-slate-300';
      excerpt.innerHTML = hit.excerpt;
      item.append(link, excerpt);
      if (hit.sections.length > 0) {
        const sections = document.createElement('ul');
        sections.className = 'mt-2 space-y-1 border-l border-slate-200 pl-4 text-sm dark:border-slate-700';
        for (const section of hit.sections) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = section.url;
          a.dataset['searchSubresult'] = '';
          a.className = 'text-brand-700 hover:underline dark:text-brand-300';
          a.textContent = section.title;
          li.append(a);
          sections.append(li);
        }
        item.append(sections);
      }
      return item;
    }),
  );
}

async function run(query: string): Promise<void> {
  if (!status || !list) return;
  if (query.trim() === '') {
    status.textContent = 'Type a question, a word or an error code.';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const { total, hits } = await search(query, { limit: 20 });
    status.textContent = total === 0 ? `No results for “${query}”.` : `${total} result${total === 1 ? '' : 's'} for “${query}”`;
    render(hits);
  } catch {
    status.textContent = 'Search could not load. Check your connection and try again.';
  }
}

const query = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = query;
void run(query);
