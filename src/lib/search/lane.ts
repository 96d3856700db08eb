/**
 * Pagefind's searches, one at a time, each started only if its query is still wanted. A search of a
 * common word holds the worker for ~100 ms at 10,000 articles (Pagefind's WebAssembly and the parse of
 * its answer run in one go), and a query given up meanwhile (the reader typed on: the page cancels it)
 * cannot stop it. Without a lane, every query the page sent started its searches at once, and when keys
 * came unevenly (a phone, a busy machine: two debounced searches mid-word) the worker ran each stale
 * one to the end before the newest: 530 ms and 1.5 s from the last key to the answer in two traced
 * samples at 10,000 articles (docs/performance.md). In the lane, a search waits for the one before it,
 * then yields once to the messages that came meanwhile (its cancellation among them), and runs only if
 * it was not cancelled. Pure: the yield is given, so that it is unit-tested without a worker.
 */
export class SearchLane {
  #last: Promise<void> = Promise.resolve();
  #yield: () => Promise<void>;

  /** @param yieldToMessages resolves after the worker has read the messages waiting for it (a macrotask). */
  constructor(yieldToMessages: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))) {
    this.#yield = yieldToMessages;
  }

  /** Runs `work` after the searches before it, unless `signal` was aborted by then (it rejects with its reason). */
  async run<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    const before = this.#last;
    let done!: () => void;
    this.#last = new Promise((resolve) => (done = resolve));
    try {
      await before;
      await this.#yield();
      signal?.throwIfAborted();
      return await work();
    } finally {
      done();
    }
  }
}
