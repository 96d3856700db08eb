/**
 * Loads what the search needs, in the search worker (worker.ts), each part on its own so that none waits
 * for another: Pagefind, the synonyms and the vocabulary. Pagefind runs in the site's worker with its own
 * worker off (`noWorker`: it would be a worker inside the worker, 43 kB more before the first query).
 * Pagefind's gzipped files reach it inflated by the browser (scripts/pagefind-gunzip.js, installed by
 * worker.ts), and, for a linked search, fetched ahead (prefetch.ts).
 * URLs are built at run time so that the bundler leaves them alone; `/pagefind/` is written only in
 * pagefind-options.ts.
 */
import type { FragmentAnchor } from './excerpt.ts';
import { PAGEFIND_BASE, PAGEFIND_OPTIONS } from './pagefind-options.ts';

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

/** Pagefind's bundle, as an absolute URL (a worker resolves against its own script's URL). */
export const pagefindBase = (): string => new URL(PAGEFIND_BASE, location.href).href;

const url = (file: string) => new URL(file, pagefindBase()).href;

/**
 * The tag Pagefind reads its entry with (`pagefind-entry.json?ts=<tag>`), by default the time of each
 * load: new for each worker as well, but known, so that a linked search fetches the entry ahead (prefetch.ts).
 */
export const META_CACHE_TAG = String(Date.now());

/** The language of the page, whose index is searched (the worker's `start` message says it). */
let language = 'en';

/** Sets the language of the page, before anything loads. */
export function usePageLanguage(lang: string): void {
  language = lang || 'en';
}

/** The language of the page, as its `<html lang>` says it. */
export const pageLanguage = (): string => language;

/**
 * Starts Pagefind in the index of `lang`. Pagefind picks its index by the `<html lang>` of `document`
 * when it starts, and with no document (a worker) takes the largest index, whatever the page's language
 * (`detectLanguage` in pagefind_web_js/lib/public_search_api.ts; its `language` option is overwritten
 * by it). So a stand-in document that answers only that question is there while Pagefind starts (its
 * `init` creates the instance before its first `await`), and gone after.
 */
export function startInLanguage(api: Pick<PagefindApi, 'init'>, lang: string): Promise<void> {
  const scope = globalThis as { document?: unknown };
  const own = 'document' in scope;
  if (!own) scope.document = { querySelector: () => ({ getAttribute: () => lang.toLowerCase() }) };
  try {
    return api.init();
  } finally {
    if (!own) delete scope.document;
  }
}

/**
 * Pagefind's options in the worker: the site's, its bundle named by path (the page's Pagefind took its
 * path from its own URL, which in a worker it keeps whole: see other-languages.ts), and its entry's tag.
 */
export const workerPagefindOptions = (): Record<string, unknown> => ({ ...PAGEFIND_OPTIONS, basePath: PAGEFIND_BASE, metaCacheTag: META_CACHE_TAG });

let pagefind: Promise<PagefindApi> | undefined;

/**
 * Resolves once Pagefind can search. Pagefind answers a call made before its WebAssembly is up only at
 * its next 50 ms poll (`getPtr` in pagefind_web_js); `probes` empty preloads started `spacingMs` apart
 * learn within `spacingMs` that it is up, so that the searches made after this need not poll. Rejects
 * if Pagefind fails to start.
 */
export function whenReady(api: Pick<PagefindApi, 'preload'>, probes = 5, spacingMs = 10): Promise<void> {
  return new Promise((resolve, reject) => {
    for (let i = 0; i < probes; i++) setTimeout(() => api.preload('').then(resolve, reject), i * spacingMs);
  });
}

/** Pagefind, ready to search, with the site's options, in the page's language. A failed load is retried next time. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ url('pagefind.js')) as Promise<PagefindApi>)
    .then(async (api) => {
      await api.options(workerPagefindOptions());
      void startInLanguage(api, pageLanguage());
      await whenReady(api);
      return api;
    })
    .catch((error: unknown) => {
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

/** The synonyms file's mapping of the page's language (content/synonyms.yaml, translations/<lang>/synonyms.yaml). */
export const loadSynonyms = jsonFile<Record<string, string[]>>(() => `synonyms.${pageLanguage()}.json`, {});

/** The vocabulary file of the page's language as shipped (see vocabulary.ts); null when it cannot be read. */
export const loadVocabulary = jsonFile<unknown>(() => `search-vocabulary.${pageLanguage()}.json`, null);
