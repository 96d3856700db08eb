/**
 * Search in the browser: the facade in front of Pagefind that the search page, the dialog and the 404
 * page drive (`engine.ts`), with the query rules (filler words, synonyms), ranking, typo correction
 * against the site's vocabulary and sentence excerpts behind it. What runs at build time has its own
 * face, `build.ts`, so that the build loads no browser code.
 */
export { preload, search, warmUp, type SearchHit, type SearchOptions, type SearchResponse } from './engine.ts';
