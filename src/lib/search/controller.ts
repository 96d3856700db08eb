/**
 * The query loop that the search page and the search dialog both drive: results as the reader types
 * (once the reader pauses, or at once for a key typed after a pause; the index chunks preloaded on every
 * keystroke), only the newest query's answer shown
 * (a sequence number: an older search that answers late is dropped; and its signal is aborted, so
 * that the search worker stops working on it), the words searched as typed when
 * the reader asks ("Search for … instead"), and "could not load" when the search fails. It knows no
 * DOM: each view says how an answer looks (SearchView), so this logic is unit-tested on its own.
 */
import type { SearchOptions, SearchResponse } from './engine.ts';
import { format } from '../../i18n/format.ts';
import type { BrowserStrings } from '../../i18n/ui.ts';

/** What a view does with the loop's events; `query` is the trimmed query. */
export interface SearchView {
  /** A search starts (or the box was emptied, query ''): e.g. keep the URL or a link in step. */
  started?(query: string, literal: boolean): void;
  /** The box is empty. */
  cleared(): void;
  /** A search is under way (e.g. "Searching…"). */
  searching?(query: string): void;
  /** The answer to the newest query; `current()` says whether it still is (for work done later). */
  show(response: SearchResponse, query: string, current: () => boolean): void | Promise<void>;
  /** The search failed (offline, index missing): the message to show. */
  failed(message: string): void;
}

export interface ControllerOptions {
  /** Milliseconds of quiet after a keystroke before searching. */
  debounceMs: number;
  /** The search options besides the words (limit, topic…), read at each search. */
  options: () => Omit<SearchOptions, 'literal' | 'signal'>;
  search: (query: string, options: SearchOptions) => Promise<SearchResponse>;
  /** A keystroke's words, to fetch what they need; with the options of the search to come (`options()`), which the worker may run ahead. */
  preload: (query: string, literal: boolean, options: Omit<SearchOptions, 'literal' | 'signal'>) => void;
  /** The words shown, in the page's language. */
  strings: BrowserStrings;
  /** A development server (`npm run dev`): it has no search index, which only `npm run build` makes. */
  dev?: boolean;
  /** Timers, replaceable in tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** The clock keystrokes are timed by, in ms (performance.now), replaceable in tests. */
  now?: () => number;
}

export class SearchController {
  #view: SearchView;
  #options: ControllerOptions;
  #sequence = 0;
  #timer: unknown;
  /** Gives up the search under way, when a newer one starts. */
  #abort: AbortController | undefined;
  /** Whether the newest search has not answered yet. */
  #searching = false;
  /** When the last key was typed (`now`'s clock). */
  #lastKey = Number.NEGATIVE_INFINITY;
  /** The query the reader asked to search as typed, until the words change. */
  #literal: string | undefined;

  constructor(view: SearchView, options: ControllerOptions) {
    this.#view = view;
    this.#options = options;
  }

  /** Whether `query` is to be searched as typed (no correction). */
  isLiteral(query: string): boolean {
    return this.#literal !== undefined && this.#literal === query.trim();
  }

  /**
   * A keystroke: preloads what the words need, and searches once the reader pauses, so that a burst of
   * keys is one search. A key typed after a pause, with no search under way, searches at once: the reader
   * who stopped and adds a letter waits for no timer (the search worker leaves the page free). Never at
   * once for one letter, the costliest search and the one a fast typist's next key makes useless.
   */
  typed(value: string): void {
    const query = value.trim();
    const now = (this.#options.now ?? performance.now.bind(performance))();
    const paused = now - this.#lastKey >= this.#options.debounceMs;
    this.#lastKey = now;
    (this.#options.clearTimer ?? clearTimeout)(this.#timer as ReturnType<typeof setTimeout>);
    if (query) this.#options.preload(value, this.isLiteral(query), this.#options.options());
    if (paused && !this.#searching && query.length > 1) return void this.run(value);
    this.#timer = (this.#options.setTimer ?? setTimeout)(() => void this.run(value), this.#options.debounceMs);
  }

  /** Searches the words as typed, with no correction, until they change. */
  searchAsTyped(value: string): Promise<void> {
    this.#literal = value.trim();
    return this.run(value);
  }

  /** Searches the words again with corrections (a submitted form). */
  resubmit(value: string): Promise<void> {
    this.#literal = undefined;
    return this.run(value);
  }

  /** Searches now; an answer is shown only if no newer search has started meanwhile. */
  async run(value: string): Promise<void> {
    const query = value.trim();
    const mine = ++this.#sequence;
    const current = () => mine === this.#sequence;
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    (this.#options.clearTimer ?? clearTimeout)(this.#timer as ReturnType<typeof setTimeout>);
    const literal = this.isLiteral(query);
    this.#view.started?.(query, literal);
    if (query === '') {
      this.#searching = false;
      return this.#view.cleared();
    }
    this.#view.searching?.(query);
    this.#searching = true;
    try {
      const response = await this.#options.search(query, { ...this.#options.options(), literal, signal });
      if (current()) await this.#view.show(response, query, current);
    } catch {
      if (current()) this.#view.failed(this.#options.dev ? this.#options.strings.searchNeedsBuild : this.#options.strings.couldNotLoad);
    } finally {
      if (current()) this.#searching = false;
    }
  }
}

/**
 * The count line: "3 results for “password” in Account", or "No results for “password”." on the page; when
 * only some results have every word, "3 results for “restore emails”, and 13 results with only some of the words".
 */
export function statusText(
  response: Pick<SearchResponse, 'total' | 'complete' | 'corrected' | 'unmatched'>,
  query: string,
  strings: BrowserStrings,
  lang: string,
  style: { where?: string; terse?: boolean } = {},
): string {
  // The count answers the words some page has: "16 results for “E-Mail”", the words no page has named apart.
  // The reader's words as they typed them (not the search's own forms, such as "cannot" for "not").
  const typed = response.corrected?.query ?? query;
  const unmatched = new Set(response.unmatched.map((w) => w.toLowerCase()));
  const kept = typed.split(/\s+/).filter((w) => w !== '' && !unmatched.has(w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
  const shown = response.total > 0 && unmatched.size > 0 && kept.length > 0 ? kept.join(' ') : typed;
  const count = format(strings.results, { count: response.complete }, lang);
  const partial = format(strings.results, { count: response.total - response.complete }, lang);
  const values = { count, query: shown, where: style.where ?? '', partial };
  if (response.total === 0) {
    if (style.terse) return format(strings.noResultsFor, values);
    return style.where ? format(strings.noResultsForIn, values) : `${format(strings.noResultsFor, values)}.`;
  }
  // Never a confident count made of pages that have only some of the words ("mail", on every page).
  if (response.complete < response.total) {
    if (style.terse) return format(strings.partialCount, values);
    if (response.complete === 0) return format(strings.noneWithAllWords, { ...values, count: partial });
    return format(strings.withPartial, { results: format(style.where ? strings.resultsForIn : strings.resultsFor, values), partial });
  }
  // The dialog is narrow: its count names the words only when they were corrected.
  if (style.terse) return response.corrected ? format(strings.resultsFor, values) : count;
  return format(style.where ? strings.resultsForIn : strings.resultsFor, values);
}
