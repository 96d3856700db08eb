/**
 * The element ids the site's own layout and components put on an article page (the skip link's target,
 * the search dialog, the table of contents…). An article's anchors may not take them: two elements with
 * one id break the page's links and its accessibility tree. A unit test holds this list against the ids
 * written in src/layouts and src/components.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'analyzer-title', 'bounce-data', 'bounce-input', 'bounce-privacy', 'error-filter', 'error-index', 'error-index-title',
  'header-search', 'home-search', 'main', 'no-results-title', 'notfound-search', 'popular-title', 'related-title',
  'search-dialog-input', 'search-dialog-popular-title', 'search-dialog-recent-title', 'search-dialog-results', 'search-dialog-title', 'search-page', 'search-terms', 'search-terms-end',
  'still-stuck', 'toc-title', 'topics-title',
]);
