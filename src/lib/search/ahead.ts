/**
 * Searches ahead of the query loop's debounce (controller.ts). The loop waits for a pause in the typing
 * (60 ms in the dialog) before it asks for a search, and a search of a common word then takes ~100 ms
 * at 10,000 articles (Pagefind's own: it turns ~10,000 matches into results): 200 ms from the last key
 * to the first result, against a budget of 150. A keystroke that ends a whole word ("password", not
 * "passwor"; the vocabulary says which) is likely the last: its search starts at once, in the worker,
 * and the loop's search, asked for the same words and options, takes its answer when it comes.
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
  #endsWord: (query: string) => Promise<boolean>;
  /** The newest search run ahead, by key. */
  #ahead: { key: string; answer: Promise<R> } | undefined;
  #running = false;
  /** The newest search asked for while one ran. */
  #next: { query: string; options: O } | undefined;

  /**
   * @param run the search itself (the engine's, without a signal: nobody waits for it yet).
   * @param endsWord whether the words end with a whole word of the index, worth searching before the pause.
   */
  constructor(run: (query: string, options: O) => Promise<R>, endsWord: (query: string) => Promise<boolean>) {
    this.#run = run;
    this.#endsWord = endsWord;
  }

  /** A keystroke's words: searched now if they end with a whole word and no search ahead is running; else the newest waits its turn. */
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

  async #start(query: string, options: O): Promise<void> {
    const key = aheadKey(query, options);
    if (this.#ahead?.key === key || !(await this.#endsWord(query).catch(() => false))) return;
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
