/**
 * Search in the browser: what the search page, the dialog and the 404 page call (`client.ts`), answered
 * by the search worker (`worker.ts`), where the facade in front of Pagefind (`engine.ts`) runs with the
 * query rules (filler words, synonyms), ranking, typo correction against the site's vocabulary and
 * sentence excerpts behind it. What runs at build time has its own face, `build.ts`, so that the build
 * loads no browser code.
 */
export { preload, search, searchOtherLanguages, warmUp } from './client.ts';
export type { SearchHit, SearchOptions, SearchResponse } from './engine.ts';
export type { OtherLanguageHit } from './other-languages.ts';
