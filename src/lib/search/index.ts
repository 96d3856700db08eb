/**
 * Search: the facade in front of Pagefind that the search page, the dialog and the 404 page drive
 * (`engine.ts`, browser), the query rules (filler words, synonyms), ranking, typo correction against the
 * site's vocabulary, and sentence excerpts. All pure except the engine, which loads Pagefind in the
 * browser; `buildVocabulary` and `buildStartFile` run at build time, in the search-index integration.
 */
export { preload, search, warmUp, type SearchHit, type SearchOptions, type SearchResponse } from './engine.ts';
export { PAGEFIND_BASE, PAGEFIND_OPTIONS } from './loader.ts';
export { indexTerms, STOP_WORDS } from './query.ts';
export { buildVocabulary, type IndexedPage } from './vocabulary.ts';
export { buildStartFile, type StartFile } from './start-file.ts';
