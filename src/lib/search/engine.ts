/**
 * The site's search, in front of Pagefind's browser API. Nothing is downloaded until someone searches:
 * then Pagefind, the synonyms and the vocabulary load once. A word the index does not know is corrected
 * to the nearest word it does (search-correction.ts), unless the customer asks for the words as typed.
 * Each word of the query (search-query.ts) is searched with its alternatives, all at once; the runs are
 * ranked by search-ranking.ts, with the titles the vocabulary file carries, and only the results shown
 * are resolved (each costs a small fetch). Excerpts are built from the matches of every word of the
 * query (search-excerpt.ts), never from the hidden keyword block.
 */
import { correctQuery, createCorrector, type Correction, type Corrector } from './correction.ts';
import { matchingSections, pageExcerpt, type FragmentAnchor } from './excerpt.ts';
import { planQuery, STOP_WORDS, toSynonyms, type Synonyms } from './query.ts';
import { boostByTitle, plausibleMatch, rankResults, type Run } from './ranking.ts';
import { readVocabulary, type VocabularyFile } from './vocabulary.ts';
import { withBase } from '../links/urls.ts';

/** The subset of Pagefind's API the site uses (pagefind_web_js/types/index.d.ts). */
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's text. */
  words: number[];
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  anchors: FragmentAnchor[];
  meta: Record<string, string | undefined>;
}

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
  /** The first results, resolved (`first` of them when asked, else all up to `limit`). */
  hits: SearchHit[];
  /** The other results up to `limit`, resolved after the first ones are on screen. */
  rest: Promise<SearchHit[]>;
  /** The words the search looked for (after dropping filler words), for the "no results" message. */
  terms: string[];
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
}

interface Engine {
  pagefind: PagefindApi;
  synonyms: Synonyms;
  corrector: Corrector | undefined;
  titles: ReadonlyMap<string, string>;
}

/** The path the site is served under (`/` or `/help/`), as astro.config.ts set it from site.config.ts. */
const SITE_BASE = import.meta.env.BASE_URL;

/** Pagefind's options, also set by the search page's head script (see search-preload.js). */
export const PAGEFIND_OPTIONS = {
  // Result URLs under the site's base; the head script finds the bundle (`<base>pagefind/`) from it too.
  baseUrl: SITE_BASE,
  excerptLength: 24,
  highlightParam: 'highlight',
  // termSaturation below Pagefind's default (1.4): a word repeated all over a long article counts less,
  // so the article about the thing (its title, keywords) wins over one that merely mentions it often.
  // Tuned on tests/relevance/queries.yaml.
  ranking: { termSaturation: 0.6 },
};

let loading: Promise<Engine> | undefined;

const getJson = <T>(url: URL, fallback: T): Promise<T> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
    .catch(() => fallback);

/** Loads Pagefind, the synonyms and the vocabulary once; URLs are built at run time so the bundler leaves them alone. */
function load(): Promise<Engine> {
  loading ??= (async () => {
    const base = new URL(withBase('/pagefind/', SITE_BASE), location.href);
    const [pagefind, synonymData, vocabularyData] = await Promise.all([
      import(/* @vite-ignore */ new URL('pagefind.js', base).href) as Promise<PagefindApi>,
      getJson<Record<string, string[]>>(new URL('synonyms.json', base), {}),
      getJson<Partial<VocabularyFile> | null>(new URL('search-vocabulary.json', base), null),
    ]);
    await pagefind.options(PAGEFIND_OPTIONS);
    const synonyms = toSynonyms(synonymData);
    const vocabulary = readVocabulary(vocabularyData);
    const synonymWords = [...synonyms.keys()].flatMap((k) => k.split(/\s+/));
    const corrector = vocabulary.words.length > 0 ? createCorrector(vocabulary.words, synonymWords) : undefined;
    return { pagefind, synonyms, corrector, titles: vocabulary.titles };
  })();
  loading.catch(() => {
    loading = undefined; // A failed load (offline) is retried by the next search.
  });
  return loading;
}

/** Starts downloading what a search needs, e.g. when the search box gets focus. */
export function warmUp(): void {
  void load();
}

/** The query to run and its corrections; `literal` keeps the words as typed. */
function correct(query: string, engine: Engine, literal: boolean): { query: string; corrections: Correction[] } {
  if (literal || !engine.corrector) return { query, corrections: [] };
  return correctQuery(query, engine.corrector, STOP_WORDS);
}

/**
 * Starts fetching the index chunks for what is being typed, on every keystroke, so that they are in
 * hand when the (debounced) search runs.
 */
export function preload(query: string, literal = false): void {
  load()
    .then((engine) => {
      const { slots } = planQuery(correct(query, engine, literal).query, engine.synonyms);
      for (const alternatives of slots) for (const term of alternatives) void engine.pagefind.preload(term).catch(() => undefined);
    })
    .catch(() => undefined);
}

/** Whether the vocabulary says the index has none of a term's words (no search needed: it matches nothing). */
function unknownToIndex(term: string, corrector: Corrector | undefined): boolean {
  return corrector !== undefined && /^[\p{L} ]+$/u.test(term) && !term.split(' ').every((w) => corrector.knows(w));
}

/** Searches the help center. */
export async function search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const engine = await load();
  const { pagefind, synonyms, corrector } = engine;
  const corrected = correct(raw, engine, options.literal ?? false);
  const { slots } = planQuery(corrected.query, synonyms);
  const correction = corrected.corrections.length > 0 ? corrected : undefined;
  if (slots.length === 0) return { total: 0, hits: [], rest: Promise.resolve([]), terms: [], corrected: correction };
  const filters = options.topic ? { topic: options.topic } : undefined;
  const found = new Map<string, PagefindResult>();
  const matched = new Map<string, { words: Set<number>; terms: Set<string> }>();
  const runs: Run[] = await Promise.all(
    slots.flatMap((alternatives, slot) =>
      alternatives.map(async (term, alternative) => {
        if (unknownToIndex(term, corrector)) return { slot, alternative, results: [] };
        const response = await pagefind.search(term, filters ? { filters } : {});
        let results = response?.results ?? [];
        // Pagefind matches a fragment of a word it does not know ("zzqxv" → "Z"): such a word matched
        // nothing. The vocabulary answers that for words; codes ("5.7.99") are checked on an excerpt.
        if (results[0] && (!corrector || !/^[\p{L} ]+$/u.test(term)) && !plausibleMatch(term, (await results[0].data()).excerpt)) results = [];
        for (const r of results) {
          if (!found.has(r.id)) found.set(r.id, r);
          const m = matched.get(r.id) ?? { words: new Set(), terms: new Set() };
          for (const w of r.words) m.words.add(w);
          m.terms.add(term);
          matched.set(r.id, m);
        }
        return { slot, alternative, results };
      }),
    ),
  );
  const ranked = rankResults(runs, slots.length);
  const limit = options.limit ?? 10;
  // Titles come with the vocabulary; without it, those of the first results are fetched.
  const top = engine.titles.size > 0 ? ranked.slice(0, Math.max(limit, 20)) : ranked.slice(0, Math.max(limit, 6));
  const titles = engine.titles.size > 0 ? engine.titles : new Map(await Promise.all(top.map(async (r) => [r.id, (await found.get(r.id)!.data()).meta['title'] ?? ''] as const)));
  const ordered = boostByTitle(top, titles, slots).slice(0, limit);
  const resolve = (ids: typeof ordered) => Promise.all(ids.map(async (r) => toHit(await found.get(r.id)!.data(), matched.get(r.id)!)));
  const first = options.first ?? limit;
  const hits = await resolve(ordered.slice(0, first));
  return { total: ranked.length, hits, rest: resolve(ordered.slice(first)), terms: slots.map((s) => s[0]!), corrected: correction };
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
