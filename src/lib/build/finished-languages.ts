/**
 * Which languages' pages are all written, told from the order Astro generates them in: one page at a
 * time, each route's pages in the order its getStaticPaths lists them, and the article route lists them
 * language by language. A language is finished when a page of another language follows its own. Should a
 * finished language come back (the pages were not grouped by language), `interleaved` says so: what was
 * reported finished may not have been.
 */
export class FinishedLanguages<L extends string> {
  #current: L | undefined;
  readonly #finished = new Set<L>();
  #interleaved = false;

  get interleaved(): boolean {
    return this.#interleaved;
  }

  /** Records that a page in `lang` is about to be generated; returns the language this finishes, if any. */
  page(lang: L): L | undefined {
    if (lang === this.#current) return undefined;
    if (this.#finished.has(lang)) {
      this.#interleaved = true;
      return undefined;
    }
    const done = this.#current;
    if (done !== undefined) this.#finished.add(done);
    this.#current = lang;
    return done;
  }
}
