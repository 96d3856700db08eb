/**
 * A small facade in front of Pagefind's browser API. It loads Pagefind on first use only (nothing is
 * downloaded until someone searches) and returns plain result objects for the UI to render.
 */

/** The subset of Pagefind's API the site uses (pagefind_web_js/types/index.d.ts). */
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{
    results: Array<{ id: string; data(): Promise<PagefindData> }>;
  }>;
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
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind once; the URL is built at run time so the bundler leaves the import alone. */
function load(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  })();
  return api;
}

/** Runs a query and resolves the first `limit` results with their data. */
export async function search(query: string, limit = 10, filters?: Record<string, string>): Promise<{ total: number; hits: SearchHit[] }> {
  const pagefind = await load();
  const response = await pagefind.search(query, filters ? { filters } : {});
  const hits = await Promise.all(response.results.slice(0, limit).map(async (r) => toHit(await r.data())));
  return { total: response.results.length, hits };
}

/** Maps Pagefind's data to the fields the UI shows; the page itself is not repeated as a section. */
export function toHit(data: PagefindData): SearchHit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: data.excerpt,
    topic: data.meta['topic'],
    sections: data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3),
  };
}
