/**
 * The search worker: everything the search does that is not DOM runs here, off the page's main thread
 * (Pagefind's WebAssembly search, fetching and decompressing its files, query planning, typo correction,
 * ranking, excerpts, the other languages' search), so that a phone's page stays responsive while it
 * searches. The page speaks to it through client.ts, in the messages of protocol.ts; it is started by
 * the first search of a page, or, for a linked search, by the search page's head script (search-preload.js).
 *
 * Bundled by Vite as a worker (`new Worker(new URL('./worker.ts', import.meta.url))` in client.ts, and
 * `?worker&url` in search.astro): one file, no chunks of its own; Pagefind's own script is imported at run
 * time from the index's folder, as on the page before.
 */
// Pagefind's files inflated by the browser (see the script), installed before anything fetches them.
import '../../scripts/pagefind-gunzip.js';
import { preload, search, searchAhead, warmUp } from './engine.ts';
import { META_CACHE_TAG, pageLanguage, pagefindBase, usePageLanguage } from './loader.ts';
import { searchOtherLanguages } from './other-languages.ts';
import { fetchPrefetched, prefetchLinkedSearch, prefetchStartFiles } from './prefetch.ts';
import { RunningRequests, type Replies, type WorkerReply, type WorkerRequest } from './protocol.ts';

/** The worker's global scope, as far as it is used here (TypeScript's DOM types describe a window). */
const scope = globalThis as unknown as {
  postMessage(reply: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// Everything fetched goes through the linked search's files fetched ahead (only those are handed out).
const fetchFile = globalThis.fetch;
globalThis.fetch = fetchPrefetched((input) => fetchFile(input));

const running = new RunningRequests();
/** The query of a linked search, whose files are fetched ahead. */
let linked: string | undefined;

/** Answers request `id` with what `work` resolves, unless the page gave it up meanwhile. */
function answer<K extends keyof Replies>(id: number, work: (signal: AbortSignal) => Promise<Replies[K]>): void {
  const signal = running.start(id);
  work(signal).then(
    (value) => {
      if (running.finish(id)) scope.postMessage({ id, value });
    },
    (error: unknown) => {
      if (running.finish(id)) scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    },
  );
}

scope.addEventListener('message', ({ data: request }) => {
  switch (request.type) {
    case 'start':
      usePageLanguage(request.lang);
      linked = request.linked;
      // Pagefind's script first: it is the longest to arrive and run.
      warmUp();
      if (linked) prefetchLinkedSearch(linked, pageLanguage(), pagefindBase(), META_CACHE_TAG, fetchFile);
      if (linked) preload(linked);
      return;
    case 'start-file':
      return linked ? prefetchStartFiles(request.file, linked, pageLanguage(), pagefindBase(), fetchFile) : undefined;
    case 'preload':
      preload(request.query, request.literal);
      return request.options ? searchAhead(request.query, { ...request.options, literal: request.literal }) : undefined;
    case 'search':
      return answer<'search'>(request.id, async (signal) => {
        const { rest, ...found } = await search(request.query, { ...request.options, signal });
        running.keepRest(request.id, rest);
        return found;
      });
    case 'rest': {
      const rest = running.takeRest(request.of);
      return answer<'rest'>(request.id, () => (rest ? rest() : Promise.reject(new Error(`No search ${request.of} to resolve the rest of`))));
    }
    case 'other-languages':
      return answer<'other-languages'>(request.id, () => searchOtherLanguages(request.query, request.languages));
    case 'cancel':
      return running.cancel(request.id);
  }
});
