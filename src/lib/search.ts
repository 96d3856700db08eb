/**
 * The site's search, in front of Pagefind's browser API. Nothing is downloaded until someone searches:
 * then Pagefind and the synonyms load once. Each word of the query (search-query.ts) is searched with its
 * alternatives, the runs are ranked by search-ranking.ts, and only the results shown (and a few more,
 * for the title boost) are resolved: each costs a small fetch.
 */
import { planQuery, toSynonyms, type Synonyms } from './search-query.ts';
import { boostByTitle, plausibleMatch, rankResults, type Run } from './search-ranking.ts';

/** The subset of Pagefind's API the site uses (pagefind_web_js/types/index.d.ts). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
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
  hits: SearchHit[];
  /** The words the search looked for (after dropping filler words), for the "no results" message. */
  terms: string[];
}

let loading: Promise<{ pagefind: PagefindApi; synonyms: Synonyms }> | undefined;

/** Loads Pagefind and the synonyms once; URLs are built at run time so the bundler leaves them alone. */
function load(): Promise<{ pagefind: PagefindApi; synonyms: Synonyms }> {
  loading ??= (async () => {
    const base = new URL('/pagefind/', location.href);
    const [pagefind, synonyms] = await Promise.all([
      import(/* @vite-ignore */ new URL('pagefind.js', base).href) as Promise<PagefindApi>,
      fetch(new URL('synonyms.json', base)).then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {})).catch(() => ({})),
    ]);
    // termSaturation below Pagefind's default (1.4): a word repeated all over a long article counts less,
    // so the article about the thing (its title, keywords) wins over one that merely mentions it often.
    // Tuned on tests/relevance/queries.yaml.
    await pagefind.options({ excerptLength: 24, highlightParam: 'highlight', ranking: { termSaturation: 0.6 } });
    return { pagefind, synonyms: toSynonyms(synonyms) };
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

/**
 * Starts fetching the index chunks for what is being typed, on every keystroke, so that they are in
 * hand when the (debounced) search runs.
 */
export function preload(query: string): void {
  load()
    .then(({ pagefind, synonyms }) => {
      for (const alternatives of planQuery(query, synonyms).slots) for (const term of alternatives) void pagefind.preload(term).catch(() => undefined);
    })
    .catch(() => undefined);
}

/** Searches the help center; `topic` restricts the results to one topic (its slug). */
export async function search(query: string, options: { limit?: number; topic?: string | undefined } = {}): Promise<SearchResponse> {
  const { pagefind, synonyms } = await load();
  const { slots } = planQuery(query, synonyms);
  if (slots.length === 0) return { total: 0, hits: [], terms: [] };
  const filters = options.topic ? { topic: options.topic } : undefined;
  const found = new Map<string, PagefindResult>();
  const runs: Run[] = await Promise.all(
    slots.flatMap((alternatives, slot) =>
      alternatives.map(async (term, alternative) => {
        const response = await pagefind.search(term, filters ? { filters } : {});
        let results = response?.results ?? [];
        // Pagefind matches a fragment of a word it does not know ("zzqxv" → "Z"): such a word matched nothing.
        if (results[0] && !plausibleMatch(term, (await results[0].data()).excerpt)) results = [];
        for (const r of results) if (!found.has(r.id)) found.set(r.id, r);
        return { slot, alternative, results };
      }),
    ),
  );
  const ranked = rankResults(runs, slots.length);
  // The shown results are resolved anyway; resolving a few more lets their titles refine the order.
  const limit = options.limit ?? 10;
  const top = ranked.slice(0, Math.max(limit, 6));
  const data = new Map(await Promise.all(top.map(async (r) => [r.id, await found.get(r.id)!.data()] as const)));
  const titles = new Map([...data].map(([id, d]) => [id, d.meta['title'] ?? '']));
  const ordered = boostByTitle(top, titles, slots).slice(0, limit);
  return { total: ranked.length, hits: ordered.map((r) => toHit(data.get(r.id)!)), terms: slots.map((s) => s[0]!) };
}

/** Maps Pagefind's data to what the UI shows; the page itself is not repeated as a section. */
export function toHit(data: PagefindData): SearchHit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: data.excerpt,
    topic: data.meta['topic'],
    sections: data.sub_results.filter((s) => s.url.includes('#')).slice(0, 3),
  };
}
