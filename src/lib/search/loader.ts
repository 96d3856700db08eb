/**
 * Loads what the browser's search needs, each part on its own so that none waits for another: Pagefind
 * (started by the search page's head script when it is a linked search, see search-preload.js), the
 * synonyms and the vocabulary. Pagefind runs on the main thread (`noWorker`): its worker would cost a
 * 43 kB script and a start-up before the first query, and a page's preloads do not reach a worker.
 * Pagefind's gzipped files reach it inflated by the browser (scripts/pagefind-gunzip.js, which engine.ts
 * imports: every page loads this module, for its URLs, and few of them search).
 * URLs are built at run time so that the bundler leaves them alone; `/pagefind/` is written only here.
 */
import type { FragmentAnchor } from './excerpt.ts';
import { PAGEFIND_BASE, PAGEFIND_OPTIONS } from './pagefind-options.ts';

export { PAGEFIND_BASE, PAGEFIND_OPTIONS };

/** The subset of Pagefind's API the site uses (pagefind_web_js/types/index.d.ts). */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's text. */
  words: number[];
  /** The page's metadata fields the query matched (Pagefind 1.6: `title` when its title has the word, stemmed). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  anchors: FragmentAnchor[];
  meta: Record<string, string | undefined>;
}

/** The head script (search-preload.js) leaves its started Pagefind on its element, resolved once ready. */
type HeadScript = HTMLScriptElement & { pagefind?: Promise<PagefindApi> };

const url = (file: string) => new URL(file, new URL(PAGEFIND_BASE, location.href)).href;

let pagefind: Promise<PagefindApi> | undefined;

/**
 * Resolves once Pagefind can search. Pagefind answers a call made before its WebAssembly is up only at
 * its next 50 ms poll (`getPtr` in pagefind_web_js); `probes` empty preloads started `spacingMs` apart
 * learn within `spacingMs` that it is up, so that the searches made after this need not poll. Rejects
 * if Pagefind fails to start. (search-preload.js does the same for a linked search.)
 */
export function whenReady(api: Pick<PagefindApi, 'preload'>, probes = 5, spacingMs = 10): Promise<void> {
  return new Promise((resolve, reject) => {
    for (let i = 0; i < probes; i++) setTimeout(() => api.preload('').then(resolve, reject), i * spacingMs);
  });
}

/** Pagefind, ready to search, with the site's options; the head script's if it started one. A failed load is retried next time. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (document.querySelector<HeadScript>('script[data-pagefind-start]')?.pagefind ??
    (import(/* @vite-ignore */ url('pagefind.js')) as Promise<PagefindApi>).then(async (api) => {
      await api.options(PAGEFIND_OPTIONS);
      void api.init();
      await whenReady(api);
      return api;
    })).catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/**
 * A JSON file of the index, fetched once. Without it search still works (uncorrected, no synonyms), so
 * a missing file reads as `fallback`; a failed fetch (offline) too, and is tried again next time.
 */
function jsonFile<T>(file: () => string, fallback: T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= fetch(url(file())).then(
      (r) => (r.ok ? (r.json() as Promise<T>).catch(() => fallback) : fallback),
      () => {
        loading = undefined;
        return fallback;
      },
    ));
}

/** The language of the page, whose index is searched: Pagefind picks its index by `<html lang>` too. */
const pageLang = () => document.documentElement.lang || 'en';

/** The synonyms file's mapping of the page's language (content/synonyms.yaml, translations/<lang>/synonyms.yaml). */
export const loadSynonyms = jsonFile<Record<string, string[]>>(() => `synonyms.${pageLang()}.json`, {});

/** The vocabulary file of the page's language as shipped (see vocabulary.ts); null when it cannot be read. */
export const loadVocabulary = jsonFile<unknown>(() => `search-vocabulary.${pageLang()}.json`, null);
