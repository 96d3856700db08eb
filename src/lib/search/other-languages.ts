/**
 * Searching the other languages' indexes, for a query the page's language answers poorly (a customer on
 * the English site who types "mot de passe oublié"). Runs in the search worker (worker.ts). Pagefind keeps
 * one index per language and searches the page's; another language's index is merged into a second
 * Pagefind instance (its own module URL, so the page's search is untouched), named by an absolute URL:
 * Pagefind skips merging a path its primary index's path starts with, and that one is named by path
 * (`basePath`, loader.ts). Results come back with their language, from their URL (`/fr/…`).
 * Plain Pagefind ranking, without the page language's synonyms and corrections, which would not fit.
 */
import { isLang, SOURCE_LANG, splitLangPath, type Lang } from '../../i18n/languages.ts';
import { withoutBase } from '../links/urls.ts';
import { pageLanguage, pagefindBase, startInLanguage, workerPagefindOptions, type PagefindApi } from './loader.ts';
import { PAGEFIND_OPTIONS } from './pagefind-options.ts';

export interface OtherLanguageHit {
  lang: Lang;
  title: string;
  url: string;
  excerpt: string;
}

type MergingPagefind = PagefindApi & { mergeIndex(path: string, options: Record<string, unknown>): Promise<void> };

let instance: Promise<MergingPagefind> | undefined;

function load(languages: readonly Lang[]): Promise<MergingPagefind> {
  const base = pagefindBase();
  instance ??= (import(/* @vite-ignore */ `${base}pagefind.js?other-languages`) as Promise<MergingPagefind>).then(async (api) => {
    await api.options(workerPagefindOptions());
    // The page's language is the primary index, whose results are dropped: the others are merged into it.
    await startInLanguage(api, pageLanguage());
    for (const language of languages) await api.mergeIndex(base, { language, baseUrl: PAGEFIND_OPTIONS.baseUrl });
    return api;
  }).catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** The language of a result's URL (served under the site's base). */
export function languageOfUrl(url: string, base: string): Lang {
  const path = withoutBase(new URL(url, 'https://x').pathname, base);
  return path === undefined ? SOURCE_LANG : splitLangPath(path).lang;
}

/** Up to `limit` results for `query` in `languages` (not the page's), best first. */
export async function searchOtherLanguages(query: string, languages: readonly string[], limit = 10): Promise<OtherLanguageHit[]> {
  const wanted = languages.filter(isLang);
  if (wanted.length === 0 || query.trim() === '') return [];
  const api = await load(wanted);
  const found = await api.search(query.trim());
  const hits = await Promise.all((found?.results ?? []).slice(0, limit * 2).map((r) => r.data()));
  return hits
    .map((d) => ({ lang: languageOfUrl(d.url, PAGEFIND_OPTIONS.baseUrl), title: d.meta['title'] ?? d.url, url: d.url, excerpt: d.excerpt }))
    .filter((h) => wanted.includes(h.lang))
    .slice(0, limit);
}
