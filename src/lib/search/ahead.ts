/**
 * Searches ahead of the query loop's debounce (controller.ts). The loop waits for a pause in the typing
 * (60 ms in the dialog) before it asks for a search, and a search of a common word then takes ~100 ms
 * at 10,000 articles (Pagefind's own: it turns ~10,000 matches into results): 200 ms from the last key
 * to the first result, against a budget of 150. So the worker searches ahead, at once, the words the
 * reader is most likely to stop on: the words typed when they end with a whole word of the vocabulary
 * ("password"), else with their last word completed when one word stands out among those it begins
 * ("passw" → "password"); the loop's search, asked for the same words and options, takes that answer.
 *
 * One search ahead at a time, the newest asked for next: a search per key held the worker up while the
 * reader typed on (a try of 2026-12-08, docs/performance.md), and a word rarely ends twice within 100 ms.
 * Pure: the search and the test of a whole word are given, so that it is unit-tested without Pagefind.
 */

/** The options that make two searches the same, besides the words. */
export interface AheadOptions {
  literal?: boolean | undefined;
  topic?: string | undefined;
  limit?: number | undefined;
  first?: number | undefined;
}

/** The key of a search: its words (trimmed) and the options that change its answer. */
export function aheadKey(query: string, options: AheadOptions): string {
  return JSON.stringify([query.trim(), options.literal ?? false, options.topic ?? '', options.limit ?? 10, options.first ?? options.limit ?? 10]);
}

export class SearchAhead<O extends AheadOptions, R> {
  #run: (query: string, options: O) => Promise<R>;
  #expect: (query: string) => Promise<string | undefined>;
  /** The newest search run ahead, by key. */
  #ahead: { key: string; answer: Promise<R> } | undefined;
  #running = false;
  /** The newest search asked for while one ran. */
  #next: { query: string; options: O } | undefined;

  /**
   * @param run the search itself (the engine's, without a signal: nobody waits for it yet).
   * @param expect the words the reader is likely to stop on, given what they typed; undefined: no guess.
   */
  constructor(run: (query: string, options: O) => Promise<R>, expect: (query: string) => Promise<string | undefined>) {
    this.#run = run;
    this.#expect = expect;
  }

  /** A keystroke's words: their likely end searched now if no search ahead is running; else the newest waits its turn. */
  ask(query: string, options: O): void {
    if (this.#running) {
      this.#next = { query, options };
      return;
    }
    this.#running = true;
    void this.#start(query, options).finally(() => {
      this.#running = false;
      const next = this.#next;
      this.#next = undefined;
      if (next) this.ask(next.query, next.options);
    });
  }

  async #start(typed: string, options: O): Promise<void> {
    const query = await this.#expect(typed).catch(() => undefined);
    if (query === undefined) return;
    const key = aheadKey(query, options);
    if (this.#ahead?.key === key) return;
    const answer = this.#run(query, options);
    this.#ahead = { key, answer };
    // A failed search ahead is forgotten: the loop's own search runs it again and reports the failure.
    await answer.catch(() => {
      if (this.#ahead?.answer === answer) this.#ahead = undefined;
    });
  }

  /** The answer of the search ahead with these words and options, done or under way; undefined if there is none. */
  take(query: string, options: AheadOptions): Promise<R> | undefined {
    const ahead = this.#ahead;
    return ahead?.key === aheadKey(query, options) ? ahead.answer : undefined;
  }
}
