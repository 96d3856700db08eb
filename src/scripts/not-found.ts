/**
 * On the 404 page: searches for the words of the missing URL and offers the best matches, so that an
 * old or mistyped link still leads somewhere useful.
 */
import { cleanedPastedPath, idFromPath, queryFromPath } from '../lib/not-found.ts';
import { search } from '../lib/search/index.ts';
import { withBase, withoutBase } from '../lib/links/urls.ts';
import { format } from '../i18n/format.ts';
import { pageStrings } from './page-strings.ts';

const input = document.querySelector<HTMLInputElement>('#notfound-search');
const section = document.querySelector<HTMLElement>('[data-suggestions]');
const list = section?.querySelector<HTMLOListElement>('ol');
const heading = section?.querySelector<HTMLElement>('h2');
// What the reader asked for, as a site path: `/help/1234` on a site under /help/ asked for article 1234.
const asked = withoutBase(location.pathname, import.meta.env.BASE_URL) ?? location.pathname;
const query = queryFromPath(asked);
const id = idFromPath(asked);
const { strings } = pageStrings(document.body);
// A link pasted with the end of its sentence (`/1007.`) or typed in capitals: the page it meant, section kept.
const meant = cleanedPastedPath(asked);

if (meant) {
  location.replace(`${withBase(meant, import.meta.env.BASE_URL)}${location.search}${location.hash}`);
} else {
  if (id !== undefined && heading && section) {
    heading.textContent = format(strings.noArticleNumber, { id });
    section.hidden = false;
  }
  if (query && input && section && list && heading) suggest(query, input, section, list, heading);
}

/** Articles about the words of the missing path, when the site has every one of them (else only the search box). */
function suggest(query: string, input: HTMLInputElement, section: HTMLElement, list: HTMLOListElement, heading: HTMLElement): void {
  input.value = query;
  // As typed: a "correction" of a word of an address is a guess ("nope" is not a typo of "note").
  search(query, { limit: 5, literal: true })
    .then(({ hits, unmatched }) => {
      // "/nope": a word no page has makes any "suggestion" a guess; the search box stays, filled in.
      if (hits.length === 0 || unmatched.length > 0) return;
      heading.textContent = format(strings.articlesAbout, { query });
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
