/**
 * Arriving on an article from a search (`?highlight=restore&highlight=emails`), marks the matched words
 * in the article body. Pagefind's highlighter loads only then; its own injected styles are turned off
 * (the site's CSS styles the marks, and the Content-Security-Policy allows no inline styles).
 */
import { PAGEFIND_BASE } from '../lib/search/pagefind-options.ts';

if (new URLSearchParams(location.search).has('highlight')) {
  const url = new URL('pagefind-highlight.js', new URL(PAGEFIND_BASE, location.href)).href;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: new (options: object) => unknown }) => {
      new PagefindHighlight({
        highlightParam: 'highlight',
        markContext: '.article-body',
        addStyles: false,
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      });
    })
    .catch(() => {
      // Highlighting is a nicety: the article reads the same without it.
    });
}
