/**
 * A linked search (`/search/?q=…`, what support replies link to) should show its results at once, so the
 * search worker, started by the search page's head script (search-preload.js), fetches everything the
 * query needs as soon as it runs, before Pagefind has run a line: Pagefind's entry, metadata and
 * WebAssembly, the index chunks of the query's words, the vocabulary and the synonyms. Pagefind learns
 * the names of most of these only one after the other (its entry, then its metadata); the start file
 * (`search-start.<lang>.json`, start-file.ts, written with the index) names them all; the head
 * script fetches it too, while the worker's script loads.
 * The files are fetched with the worker's `fetch`, and handed out once each by `fetchPrefetched`, which
 * Pagefind and the loader call as `fetch`: a page's preloads do not reach a worker, so the worker keeps
 * its own.
 */
import type { StartFile } from './start-file.ts';
import { planQuery, queryLanguage } from './query.ts';
import { isLang } from '../../i18n/languages.ts';

type Fetch = (input: string) => Promise<Response>;

/**
 * The words of a query as Pagefind looks them up in its index chunks: the words the search will run
 * (query.ts: without the filler words it drops), lowercase, without punctuation ("5.7.1" is "571") and
 * diacritics, and without words too short to have a chunk worth fetching.
 */
export function lookupWords(query: string, lang: string): string[] {
  const { slots } = planQuery(query, undefined, queryLanguage(isLang(lang) ? lang : 'en'));
  const words = slots.flat().flatMap((term) => term.split(' ')).map((word) => word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '').normalize('NFD').replace(/\p{M}/gu, ''));
  return [...new Set(words.filter((word) => word.length > 2))];
}

/**
 * The index chunks Pagefind loads for `words` (pagefind_web's request_indexes): for each word the first
 * chunk whose range holds it, or, if no word falls in any range, any chunk that may hold its prefix (a
 * word being typed). Each chunk's hash once.
 */
export function chunksFor(chunks: StartFile['chunks'], words: readonly string[]): string[] {
  const find = (loose: boolean) =>
    words
      .map((word) =>
        chunks.find(([first, last]) => {
          if (!loose) return word >= first && word <= last;
          const from = Math.min(word.length, first.length);
          const to = Math.min(word.length, last.length);
          return word.slice(0, from) >= first.slice(0, from) && word.slice(0, to) <= last.slice(0, to);
        }),
      )
      .filter((chunk) => chunk !== undefined);
  const found = find(false);
  return [...new Set((found.length > 0 ? found : find(true)).map((chunk) => chunk[2]))];
}

/** The files fetched ahead, by absolute URL, each handed out once. */
const prefetched = new Map<string, Promise<Response>>();
/** The files asked for already (by Pagefind or the loader): too late to fetch them ahead. */
const asked = new Set<string>();

/** Fetches `file` of the bundle at `base` ahead, unless it is fetched (or asked for) already. */
function fetchAhead(file: string, base: string, fetchFile: Fetch): void {
  const url = new URL(file, base).href;
  if (prefetched.has(url) || asked.has(url)) return;
  const response = fetchFile(url);
  // A failed fetch is Pagefind's to report when it asks for the file (it gets the same failure).
  response.catch(() => undefined);
  prefetched.set(url, response);
}

/** The files of a language are named by its primary tag (one tag per language, src/i18n/languages.ts). */
const fileTag = (lang: string) => lang.toLowerCase().split('-')[0]!;

/**
 * Fetches at once what the linked search `query` needs from Pagefind's bundle at `base` (absolute), in
 * the index of `lang`: the entry Pagefind will ask for (`pagefind-entry.json?ts=<metaCacheTag>`), the
 * WebAssembly of the language (Pagefind names it after the index's language), the vocabulary, the
 * synonyms, and the start file, then what it names (prefetchStartFiles). The head script fetches the
 * start file too, and hands it over: whichever copy comes first is used (the page's, when the network is
 * slow, as it left first; the worker's, when the page's main thread is too busy to hand its copy over).
 */
export function prefetchLinkedSearch(query: string, lang: string, base: string, metaCacheTag: string, fetchFile: Fetch = fetch): void {
  const tag = fileTag(lang);
  for (const file of [`pagefind-entry.json?ts=${metaCacheTag}`, `wasm.${tag}.pagefind`, `search-vocabulary.${tag}.json`, `synonyms.${tag}.json`]) fetchAhead(file, base, fetchFile);
  fetchFile(new URL(`search-start.${tag}.json?ts=${metaCacheTag}`, base).href)
    .then((response) => response.json() as Promise<StartFile>)
    .then((start) => prefetchStartFiles(start, query, lang, base, fetchFile))
    .catch(() => undefined);
}

/**
 * Fetches the files the start file names for the linked search `query`: the metadata, the WebAssembly
 * (if its name is not the language's) and the index chunks of the query's words; those fetched or asked
 * for already are left out, so that the start file may come twice.
 */
export function prefetchStartFiles(start: StartFile, query: string, lang: string, base: string, fetchFile: Fetch = fetch): void {
  fetchAhead(start.meta, base, fetchFile);
  fetchAhead(start.wasm, base, fetchFile);
  for (const hash of chunksFor(start.chunks, lookupWords(query, lang))) fetchAhead(`index/${hash}.pf_index`, base, fetchFile);
}

/**
 * `fetch` for the worker: a file fetched ahead is handed out (once: a response's body is read once, and a
 * second request of the same file, after a failure, fetches it again); anything else is fetched.
 * Relative URLs (Pagefind's, named by path) are resolved against `from`, the worker's own URL.
 */
export function fetchPrefetched(fetchFile: Fetch, from = location.href): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'object' && 'url' in input ? input.url : String(input), from).href;
    asked.add(url);
    const early = init === undefined ? prefetched.get(url) : undefined;
    if (!early) return (fetchFile as typeof fetch)(input, init);
    prefetched.delete(url);
    return early;
  }) as typeof fetch;
}

/** Forgets the files fetched ahead and asked for (tests). */
export function clearPrefetched(): void {
  prefetched.clear();
  asked.clear();
}
