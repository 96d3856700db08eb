/**
 * The messages between the page and the search worker (worker.ts), and the bookkeeping of each side.
 * The page asks (a search, the rest of its results, the other languages' results) and the worker answers
 * each request with the same id, with a value or with an error. A request the page gave up on (a newer
 * query superseded it: the caller aborted its signal) is cancelled: the page forgets it, so a late answer
 * is dropped and never drawn, and the worker stops its work at the next step and answers nothing.
 * Pure and DOM-free, so that both sides' bookkeeping is unit-tested without a worker.
 */
import type { SearchHit, SearchOptions, SearchResponse } from './engine.ts';
import type { OtherLanguageHit } from './other-languages.ts';
import type { StartFile } from './start-file.ts';

/** A search's answer as it crosses to the page: a function does not cross, so its `rest` is asked for by a message. */
export type Answer = Omit<SearchResponse, 'rest'>;

/** The search options that cross to the worker (a signal does not: the page cancels by message instead). */
export type WireSearchOptions = Omit<SearchOptions, 'signal'>;

/** What the page asks of the search worker. */
export type WorkerRequest =
  /**
   * Always the first message: the language of the page, whose index is searched (Pagefind picks it by
   * `<html lang>`, which a worker cannot read), and for a linked search (`/search/?q=…`) its query, whose
   * files the worker fetches at once.
   */
  | { type: 'start'; lang: string; linked?: string | undefined }
  /** A linked search's start file, fetched by the head script while the worker's script loaded: what to fetch ahead. */
  | { type: 'start-file'; file: StartFile }
  /**
   * A keystroke: fetch the index chunks the words need (no answer); with the options the search will
   * have, search ahead when the words end with a whole word (engine.ts, searchAhead).
   */
  | { type: 'preload'; query: string; literal: boolean; options?: WireSearchOptions | undefined }
  | { type: 'search'; id: number; query: string; options: WireSearchOptions }
  /** The results after the first ones of the search `of`. */
  | { type: 'rest'; id: number; of: number }
  | { type: 'other-languages'; id: number; query: string; languages: string[] }
  /** The page no longer wants the answer to request `id`. */
  | { type: 'cancel'; id: number };

/** What each request with an id gets back. */
export interface Replies {
  search: Answer;
  rest: SearchHit[];
  'other-languages': OtherLanguageHit[];
}

/** The worker's answer to request `id`: its value, or the message of the error it failed with. */
export type WorkerReply = { id: number; value: Replies[keyof Replies] } | { id: number; error: string };

/** The error a cancelled request rejects with, as `fetch` rejects an aborted request. */
export const abortError = (): Error => new DOMException('The search was superseded', 'AbortError');

/**
 * The page's side: the requests sent and not yet answered, each with the promise its caller awaits.
 * Ids grow, one per request, never reused.
 */
export class PendingRequests {
  #next = 0;
  #pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();

  /** A new request: its id, and what its answer resolves. */
  open<K extends keyof Replies>(): { id: number; answer: Promise<Replies[K]> } {
    const id = ++this.#next;
    const answer = new Promise<Replies[K]>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (value: never) => void, reject }));
    return { id, answer };
  }

  /** Settles the request a reply answers; a reply to a request no longer pending (cancelled) is dropped. */
  settle(reply: WorkerReply): void {
    const request = this.#pending.get(reply.id);
    if (!request) return;
    this.#pending.delete(reply.id);
    if ('error' in reply) request.reject(new Error(reply.error));
    else request.resolve(reply.value as never);
  }

  /** Gives up on a request: it rejects with an AbortError and its answer, if one comes, is dropped. Whether it was pending. */
  cancel(id: number): boolean {
    const request = this.#pending.get(id);
    this.#pending.delete(id);
    request?.reject(abortError());
    return request !== undefined;
  }

  /** Fails every pending request (the worker itself failed: its script could not load or run). */
  failAll(error: Error): void {
    const requests = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of requests) request.reject(error);
  }

  get size(): number {
    return this.#pending.size;
  }
}

/**
 * The worker's side: a signal per request under way, aborted when the page cancels it, and the `rest` of
 * the searches answered, kept until the page asks for it or gives the search up. A page that never asks
 * (the 404 page shows the first results only) leaves at most `keep` of them.
 */
export class RunningRequests {
  #running = new Map<number, AbortController>();
  #rests = new Map<number, () => Promise<SearchHit[]>>();
  #keep: number;

  constructor(keep = 8) {
    this.#keep = keep;
  }

  /** A request starts: the signal that says when the page gave it up. */
  start(id: number): AbortSignal {
    const controller = new AbortController();
    this.#running.set(id, controller);
    return controller.signal;
  }

  /** A request is answered (or failed): whether its answer is still wanted. */
  finish(id: number): boolean {
    const controller = this.#running.get(id);
    this.#running.delete(id);
    return controller !== undefined && !controller.signal.aborted;
  }

  /** The page gave request `id` up: its work stops at the next step, and a search's rest is forgotten. */
  cancel(id: number): void {
    this.#running.get(id)?.abort(abortError());
    this.#running.delete(id);
    this.#rests.delete(id);
  }

  /** Keeps a search's rest for the page to ask for (the oldest kept one goes beyond `keep`). */
  keepRest(id: number, rest: () => Promise<SearchHit[]>): void {
    this.#rests.set(id, rest);
    if (this.#rests.size > this.#keep) this.#rests.delete(this.#rests.keys().next().value!);
  }

  /** The rest of search `id`, once: undefined if it was given up or is too old. */
  takeRest(id: number): (() => Promise<SearchHit[]>) | undefined {
    const rest = this.#rests.get(id);
    this.#rests.delete(id);
    return rest;
  }
}
