/**
 * The site's search, in front of Pagefind's browser API; it runs in the search worker (worker.ts), and the
 * page reaches it through client.ts. Nothing is downloaded until someone searches: then Pagefind, the
 * synonyms and the vocabulary load once (loader.ts). A word the index does not know is
 * corrected to the nearest word it does (correction.ts), unless the customer asks for the words as typed.
 * Each word of the query (query.ts) is searched with its alternatives, all at once, and each word's
 * search is kept, so typing on reuses it; the runs are ranked by ranking.ts, with the title matches
 * Pagefind reports, and only the results shown are resolved (each costs a small fetch): the
 * first ones before answering, the others when the caller asks for them. Excerpts are built from the
 * matches of every word of the query (excerpt.ts), never from the hidden keyword block.
 */
import { correctQuery, createCorrector, type Correction, type Corrector } from './correction.ts';
import { matchingSections, pageExcerpt } from './excerpt.ts';
import { planQuery, queryLanguage, tokenize, toSynonyms, uncorrectedWords, type QueryLanguage, type Synonyms } from './query.ts';
import { SearchAhead } from './ahead.ts';
import { SearchLane } from './lane.ts';
import { STEMMERS } from './stemmers.ts';
import { isLang } from '../../i18n/languages.ts';
import { boostByTitle, negationsTogether, pageMatches, plausibleMatch, rankResults, wordSpecificity, type Run } from './ranking.ts';
import { loadPagefind, loadSynonyms, loadVocabulary, pageLanguage, type PagefindApi, type PagefindData, type PagefindResult } from './loader.ts';
import { readVocabulary, type VocabularyFile } from './vocabulary.ts';

/** The query words of the page's language, whose index is searched (`<html lang>`): filler words, negations. */
const pageQueryLanguage = (): QueryLanguage => {
  const lang = pageLanguage();
  return queryLanguage(isLang(lang) ? lang : 'en');
};

export interface SearchHit {
  url: string;
  /** Plain text: write it with textContent (Pagefind returns titles unescaped). */
  title: string;
  /** HTML-escaped by Pagefind, with matches wrapped in <mark>. */
  excerpt: string;
  topic: string | undefined;
  /** Matching sections of the article, linking to their #anchor. */
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

export interface SearchResponse {
  total: number;
  /**
   * How many of the `total` pages have every word found (all but the `unmatched`): the count a reader
   * can trust. The others have only some of the words ("mail" is on every page).
   */
  complete: number;
  /** The first results, resolved (`first` of them when asked, else all up to `limit`). */
  hits: SearchHit[];
  /** The other results up to `limit`, resolved when asked for (once the first ones are on screen). */
  rest: () => Promise<SearchHit[]>;
  /** The words the search looked for (after dropping filler words), for the "no results" message. */
  terms: string[];
  /** The words no page has (nor any of their alternatives): the results answer the others only. */
  unmatched: string[];
  /** When words were corrected: the query that ran ("Showing results for …") and each correction. */
  corrected?: { query: string; corrections: Correction[] } | undefined;
}

export interface SearchOptions {
  limit?: number;
  /** Restricts the results to one topic (its slug). */
  topic?: string | undefined;
  /** Search the words as typed: no typo correction ("Search for … instead"). */
  literal?: boolean;
  /** How many results to resolve before answering; the rest follow in `rest`. */
  first?: number;
  /** Aborted when the answer is no longer wanted (a newer query superseded it): the search stops at its next step. */
  signal?: AbortSignal | undefined;
}

/** What the query side needs besides Pagefind: the synonyms, the corrector and the titles' lengths. */
interface Words {
  synonyms: Synonyms;
  corrector: Corrector | undefined;
  titleWords: ReadonlyMap<string, number>;
  /** Words of the other languages, which a query in one of them is made of (never corrected). */
  foreign: ReadonlySet<string>;
}

let words: { from: [unknown, unknown]; words: Words } | undefined;

/** The synonyms and the vocabulary, read once (again only if a file arrives later, after a failed fetch). */
async function loadWords(): Promise<Words> {
  const from: [Record<string, string[]>, unknown] = await Promise.all([loadSynonyms(), loadVocabulary()]);
  if (words?.from[0] === from[0] && words.from[1] === from[1]) return words.words;
  const synonyms = toSynonyms(from[0]);
  const vocabulary = readVocabulary(from[1] as Partial<VocabularyFile> | null);
  const synonymWords = [...synonyms.keys()].flatMap((k) => k.split(/\s+/));
  const lang = pageLanguage();
  const corrector = vocabulary.words.length > 0 ? createCorrector(vocabulary.words, synonymWords, STEMMERS[isLang(lang) ? lang : 'en']) : undefined;
  words = { from, words: { synonyms, corrector, titleWords: vocabulary.titleWords, foreign: vocabulary.foreign } };
  return words.words;
}

/** Starts downloading what a search needs, e.g. when the search box gets focus. */
export function warmUp(): void {
  loadPagefind().catch(() => undefined);
  void loadWords();
}

/** The query to run and its corrections; `literal` keeps the words as typed. */
function correct(query: string, w: Words, literal: boolean): { query: string; corrections: Correction[] } {
  if (literal || !w.corrector) return { query, corrections: [] };
  return correctQuery(query, w.corrector, uncorrectedWords(pageQueryLanguage()), w.foreign);
}

/**
 * Starts fetching the index chunks for what is being typed, on every keystroke, so that they are in
 * hand when the (debounced) search runs: the words as typed at once, corrected ones once the vocabulary is in.
 */
export function preload(query: string, literal = false): void {
  const start = (pagefind: PagefindApi, q: string, synonyms?: Synonyms) => {
    for (const alternatives of planQuery(q, synonyms, pageQueryLanguage()).slots) for (const term of alternatives) void pagefind.preload(term).catch(() => undefined);
  };
  loadPagefind()
    .then(async (pagefind) => {
      start(pagefind, query);
      const w = await loadWords();
      const corrected = correct(query, w, literal).query;
      // The words as typed are on their way; the rest are the synonyms' and corrections' (none for a code).
      if (corrected !== query || planQuery(query, w.synonyms, pageQueryLanguage()).slots.some((s) => s.length > 1)) start(pagefind, corrected, w.synonyms);
    })
    .catch(() => undefined);
}

/** Whether the vocabulary says the index has none of a term's words (no search needed: it matches nothing). */
function unknownToIndex(term: string, corrector: Corrector | undefined): boolean {
  return corrector !== undefined && /^[\p{L} ]+$/u.test(term) && !term.split(' ').every((w) => corrector.inIndex(w));
}

/** One word's search: its pages, and whether they really match it (see searchTerm). */
interface TermRun {
  results: PagefindResult[];
  plausible: Promise<boolean>;
}

/** Pagefind's searches, one at a time, a cancelled query's never started (lane.ts). */
const lane = new SearchLane();

/** Each word's search, by topic and word: a query typed on repeats most of its words. */
const termRuns = new Map<string, Promise<TermRun>>();

const NO_MATCH: TermRun = { results: [], plausible: Promise.resolve(true) };

/** The pages matching one word (or phrase); nothing for a word the index does not have. */
function searchTerm(pagefind: PagefindApi, term: string, topic: string | undefined, corrector: Corrector | undefined): Promise<TermRun> {
  if (unknownToIndex(term, corrector)) return Promise.resolve(NO_MATCH);
  const key = `${topic ?? ''} ${term}`;
  let run = termRuns.get(key);
  if (!run) {
    if (termRuns.size >= 200) termRuns.clear();
    run = pagefind.search(term, topic ? { filters: { topic } } : {}).then((response) => {
      const results = response?.results ?? [];
      // Pagefind matches a fragment of a word it does not know ("zzqxv" → "Z"): such a word matched
      // nothing. The vocabulary answers that for words; codes ("5.7.99") are checked on an excerpt.
      const check = results[0] && (!corrector || !/^[\p{L} ]+$/u.test(term));
      return { results, plausible: check ? results[0]!.data().then((d) => plausibleMatch(term, d.excerpt)) : Promise.resolve(true) };
    });
    run.catch(() => termRuns.delete(key));
    termRuns.set(key, run);
  }
  return run;
}

/**
 * Searches ahead what the reader is typing (ahead.ts): the words typed when they end with a whole word
 * of the vocabulary, else with their last word completed ("passw" → "password"). The loop's search of
 * the same words and options, after its debounce, takes this one's answer.
 */
const ahead = new SearchAhead<Omit<SearchOptions, 'signal'>, SearchResponse>(
  (query, options) => searchNow(query, options),
  async (query) => {
    const corrector = (await loadWords()).corrector;
    const last = tokenize(query).at(-1);
    if (!corrector || last === undefined || last.length < 3) return undefined;
    if (corrector.has(last)) return query;
    // Completed only as typed, in lowercase at the end: the words the reader will have typed.
    const completion = /\s$/.test(query) || !query.endsWith(last) ? undefined : corrector.complete(last);
    return completion && query.slice(0, query.length - last.length) + completion;
  },
);

/** Runs the search of what `query` is likely to become ahead of its request (see ahead.ts). */
export function searchAhead(query: string, options: Omit<SearchOptions, 'signal'>): void {
  ahead.ask(query, options);
}

/** Searches the help center: with the answer of the same search run ahead, if there is one. */
export async function search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const early = ahead.take(raw, options);
  if (early) {
    const answer = await early.catch(() => undefined);
    options.signal?.throwIfAborted();
    if (answer) return answer;
  }
  return searchNow(raw, options);
}

/** Searches the help center now. */
async function searchNow(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const [pagefind, w] = await Promise.all([loadPagefind(), loadWords()]);
  options.signal?.throwIfAborted();
  const corrected = correct(raw, w, options.literal ?? false);
  const language = pageQueryLanguage();
  const { slots, negated } = planQuery(corrected.query, w.synonyms, language);
  const correction = corrected.corrections.length > 0 ? corrected : undefined;
  if (slots.length === 0) return { total: 0, complete: 0, hits: [], rest: () => Promise.resolve([]), terms: [], unmatched: [], corrected: correction };
  const searched = await lane.run(options.signal, () =>
    Promise.all(slots.flatMap((alternatives, slot) => alternatives.map(async (term, alternative) => ({ slot, alternative, term, ...(await searchTerm(pagefind, term, options.topic, w.corrector)) })))),
  );
  const runs = negationsTogether(
    searched,
    negated,
    language.negation?.window,
  );
  // Pagefind's search is done (the words' runs are kept for the next query); ranking and fetching the
  // first results are for this query only.
  options.signal?.throwIfAborted();
  const limit = options.limit ?? 10;
  const first = options.first ?? limit;
  // The first results are fetched while the excerpts of the codes' first pages are checked: they
  // nearly always match, and otherwise the answer is ranked again without the code.
  let answer = rankRuns(runs, slots, negated, w.titleWords, limit);
  let hits = answer.resolve(answer.ordered.slice(0, first));
  const plausible = await Promise.all(runs.map((r) => r.plausible));
  if (plausible.includes(false)) {
    hits.catch(() => undefined);
    answer = rankRuns(runs.map((r, i) => (plausible[i] ? r : { ...r, results: [] })), slots, negated, w.titleWords, limit);
    hits = answer.resolve(answer.ordered.slice(0, first));
  }
  const { ordered, ranked, resolve } = answer;
  let rest: Promise<SearchHit[]> | undefined;
  const unmatched = slots.filter((_, slot) => !runs.some((r) => r.slot === slot && r.results.length > 0)).map((s) => s[0]!);
  const found = slots.length - unmatched.length;
  const complete = ranked.filter((r) => r.coverage >= found).length;
  return { total: ranked.length, complete, hits: await hits, rest: () => (rest ??= resolve(ordered.slice(first))), terms: slots.map((s) => s[0]!), unmatched, corrected: correction };
}

/** The pages of the runs in order (ranking.ts, then by title), and how to resolve them into hits. */
function rankRuns(runs: Array<Run & { term: string; results: PagefindResult[] }>, slots: string[][], negated: ReadonlySet<number>, titleWords: ReadonlyMap<string, number>, limit: number) {
  const ranked = rankResults(runs, slots.length);
  const top = ranked.slice(0, Math.max(limit, 20));
  const found = pageMatches(runs, top.map((r) => r.id), negated);
  const inTitle = new Map([...found].map(([id, page]) => [id, page.titleSlots]));
  // The site's size: every page has a title in the vocabulary (without it, the pages any word found).
  // A negation's words alone ("nicht", on every page) do not say how specific it is: its search together does.
  const specificity = wordSpecificity(
    runs.filter((r) => r.weight === undefined),
    slots.length,
    Math.max(titleWords.size, ranked.length),
  );
  const ordered = boostByTitle(top, inTitle, slots.length, titleWords, specificity).slice(0, limit);
  const resolve = (shown: typeof ordered): Promise<SearchHit[]> =>
    Promise.all(
      shown.map(async (r) => {
        const page = found.get(r.id)!;
        return toHit(await page.result.data(), page);
      }),
    );
  return { ordered, ranked, resolve };
}

/**
 * Maps Pagefind's data to what the UI shows, with excerpts around the matches of every word of the query.
 * The page itself is not repeated as a section; its link highlights every word found on it.
 */
export function toHit(data: PagefindData, matched: { words: ReadonlySet<number>; terms: ReadonlySet<string> }): SearchHit {
  const title = data.meta['title'] ?? data.url;
  const source = { content: data.content, anchors: data.anchors ?? [], title };
  const locations = [...matched.words];
  const highlight = new URLSearchParams([...new Set([...matched.terms].flatMap((t) => t.split(' ')))].map((w) => ['highlight', w]));
  // `url`, not `raw_url`: only `url` carries the site's base path (Pagefind adds its baseUrl there).
  const url = `${data.url.replace(/\?.*$/, '')}?${highlight}`;
  return {
    url,
    title,
    excerpt: pageExcerpt(source, locations, 24),
    topic: data.meta['topic'],
    sections: matchingSections(source, locations, 18).map((s) => ({ title: s.title, url: `${url}#${s.id}`, excerpt: s.excerpt })),
  };
}
