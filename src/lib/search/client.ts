/**
 * The page's side of the search: the calls the engine answers (`search`, `preload`, `warmUp`, the other
 * languages' search), sent to the search worker (worker.ts) in the messages of protocol.ts, so that the
 * page's main thread only draws. One worker per page, started by the first call, or adopted from the
 * search page's head script, which starts it for a linked search before the page has loaded
 * (search-preload.js). If the worker cannot run (its script failed to load), every pending request fails
 * (the page says "could not load") and the next call starts a new one.
 */
import type { SearchHit, SearchOptions, SearchResponse } from './engine.ts';
import type { OtherLanguageHit } from './other-languages.ts';
import { abortError, PendingRequests, type Replies, type WireSearchOptions, type WorkerReply, type WorkerRequest } from './protocol.ts';

/** What the page needs of a worker (a Worker; a stand-in in tests). */
export interface SearchWorker {
  postMessage(request: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Sends the page's requests to one worker at a time and hands back its answers. */
export class SearchClient {
  #start: () => SearchWorker;
  #worker: SearchWorker | undefined;
  #pending = new PendingRequests();

  /** `start` gives a started worker (its `start` message sent); called again only after a worker failed. */
  constructor(start: () => SearchWorker) {
    this.#start = start;
  }

  /** The worker, started if need be; undefined if it cannot be (the browser refused it). */
  #ensure(): SearchWorker | undefined {
    if (this.#worker) return this.#worker;
    let worker: SearchWorker;
    try {
      worker = this.#start();
    } catch {
      return undefined;
    }
    const fail = () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      worker.terminate();
      this.#pending.failAll(new Error('The search worker could not run'));
    };
    worker.addEventListener('message', (event) => this.#pending.settle(event.data));
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    return (this.#worker = worker);
  }

  /**
   * Sends a request with an id: its id, and its answer. Aborting `signal` cancels it: the answer rejects
   * with an AbortError at once, one that arrives later is dropped, and the worker stops its work.
   */
  #ask<K extends keyof Replies>(request: (id: number) => WorkerRequest, signal?: AbortSignal): { id: number; answer: Promise<Replies[K]> } {
    if (signal?.aborted) return { id: 0, answer: Promise.reject(abortError()) };
    const worker = this.#ensure();
    if (!worker) return { id: 0, answer: Promise.reject(new Error('The search worker could not start')) };
    const { id, answer } = this.#pending.open<K>();
    worker.postMessage(request(id));
    signal?.addEventListener('abort', () => this.#pending.cancel(id) && this.#worker?.postMessage({ type: 'cancel', id }), { once: true });
    return { id, answer };
  }

  /** Starts the worker, which loads Pagefind and the words at once (e.g. when the search box gets focus). */
  warmUp(): void {
    this.#ensure();
  }

  /**
   * Starts fetching the index chunks for what is being typed, on every keystroke (see engine.ts); given the
   * options of the search to come, the worker may run it ahead (searchAhead).
   */
  preload(query: string, literal = false, options?: WireSearchOptions): void {
    this.#ensure()?.postMessage({ type: 'preload', query, literal, options });
  }

  /** Searches the help center; aborting `options.signal` gives the search up (a newer query superseded it). */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { signal, ...wire } = options;
    const { id: of, answer } = this.#ask<'search'>((id) => ({ type: 'search', id, query, options: wire }), signal);
    let rest: Promise<SearchHit[]> | undefined;
    // The worker keeps the other results until they are asked for (once the first are on screen).
    return { ...(await answer), rest: () => (rest ??= this.#ask<'rest'>((id) => ({ type: 'rest', id, of }), signal).answer) };
  }

  /** Up to 10 results in `languages` (not the page's), best first. */
  searchOtherLanguages(query: string, languages: readonly string[]): Promise<OtherLanguageHit[]> {
    return this.#ask<'other-languages'>((id) => ({ type: 'other-languages', id, query, languages: [...languages] })).answer;
  }
}

/** The head script leaves the worker it started for a linked search on its element (search-preload.js). */
type HeadScript = HTMLScriptElement & { searchWorker?: Worker | undefined };

/** The page's search worker: the one the head script started, taken once, else a new one, told the page's language. */
function startWorker(): SearchWorker {
  const head = document.querySelector<HeadScript>('script[data-search-worker]');
  const started = head?.searchWorker;
  if (head && started) {
    head.searchWorker = undefined;
    return started;
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const request: WorkerRequest = { type: 'start', lang: document.documentElement.lang || 'en' };
  worker.postMessage(request);
  return worker;
}

/** The page's one client: its worker starts with the first call. */
const client = new SearchClient(startWorker);

export const search: SearchClient['search'] = (query, options) => client.search(query, options);
export const preload: SearchClient['preload'] = (query, literal, options) => client.preload(query, literal, options);
export const warmUp: SearchClient['warmUp'] = () => client.warmUp();
export const searchOtherLanguages: SearchClient['searchOtherLanguages'] = (query, languages) => client.searchOtherLanguages(query, languages);
