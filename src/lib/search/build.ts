/**
 * Search at build time (Node): the words a page is indexed under, the site's vocabulary for typo
 * correction and the start file of a linked search, written beside Pagefind's index, and the options
 * the search page hands to its head script. The browser's search is the other face, `index.ts`.
 */
export { PAGEFIND_BASE, PAGEFIND_OPTIONS } from './pagefind-options.ts';
export { indexTerms, STOP_WORDS } from './query.ts';
export { buildVocabulary, withForeignWords, type IndexedPage } from './vocabulary.ts';
export { buildStartFile, type StartFile } from './start-file.ts';
