/**
 * On the 404 page: searches for the words of the missing URL and offers the best matches, so that an
 * old or mistyped link still leads somewhere useful.
 */
import { idFromPath, queryFromPath } from '../lib/not-found.ts';
import { search } from '../lib/search/index.ts';
import { withoutBase } from '../lib/links/urls.ts';

const input = document.querySelector<HTMLInputElement>('#notfound-search');
const section = document.querySelector<HTMLElement>('[data-suggestions]');
const list = section?.querySelector<HTMLOListElement>('ol');
const heading = section?.querySelector<HTMLElement>('h2');
// What the reader asked for, as a site path: `/help/1234` on a site under /help/ asked for article 1234.
const asked = withoutBase(location.pathname, import.meta.env.BASE_URL) ?? location.pathname;
const query = queryFromPath(asked);
const id = idFromPath(asked);

if (id !== undefined && heading && section) {
  heading.textContent = `There is no article number ${id}`;
  section.hidden = false;
}
if (query && input && section && list && heading) {
  input.value = query;
  search(query, { limit: 5 })
    .then(({ hits }) => {
      if (hits.length === 0) return;
      heading.textContent = `Articles about “${query}”`;
      list.replaceChildren(
        ...hits.map((hit) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = hit.url;
          link.textContent = hit.title;
          link.dataset['suggestion'] = '';
          link.className = 'font-medium text-brand-700 hover:underline dark:text-brand-300';
          item.append(link);
          return item;
        }),
      );
      section.hidden = false;
    })
    .catch(() => {
      // Search unavailable: the search box and the topics below remain.
    });
}
