/**
 * The reader's recent searches, kept on the device (localStorage, one list per language) and shown by
 * the empty search dialog, newest first. A search is kept when the reader acts on it (opens a result,
 * asks for all results), never on a keystroke: the list holds what was searched, not every prefix of it.
 *
 * The store is passed in, so that this is unit-tested without a browser. Storage may be missing or
 * refuse (private mode, a policy, a full quota, a page where reading `localStorage` throws): then
 * nothing is kept and the list is empty, and no call throws.
 */

/** How many recent searches are kept and shown. */
export const RECENT_LIMIT = 5;
/** Longer queries (a whole pasted bounce report) are kept cut to this many characters. */
export const MAX_QUERY_LENGTH = 300;

/** The part of the Web Storage API that the list needs (`localStorage` is one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The localStorage key of a language's recent searches. */
export function recentSearchesKey(lang: string): string {
  return `kb-recent-searches:${lang}`;
}

/** The query as it is kept and shown: one line, single spaces, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Two queries are the same search when they differ only in case and spacing. */
const sameSearch = (a: string, b: string) => normalizeQuery(a).toLocaleLowerCase() === normalizeQuery(b).toLocaleLowerCase();

/** `list` with `query` first (its older copies removed), at most `limit` long. An empty query changes nothing. */
export function withRecent(list: readonly string[], query: string, limit = RECENT_LIMIT): string[] {
  const kept = normalizeQuery(query);
  if (kept === '') return list.slice(0, limit);
  return [kept, ...list.filter((q) => !sameSearch(q, kept))].slice(0, limit);
}

/** The list stored as `raw` (JSON), or an empty list for anything else: the value may have been edited or written by another version. */
export function parseRecent(raw: string | null | undefined, limit = RECENT_LIMIT): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.reduceRight<string[]>((list, q) => (typeof q === 'string' ? withRecent(list, q, Infinity) : list), []).slice(0, limit);
}

/** The recent searches of `lang`, newest first (empty without storage). */
export function readRecentSearches(store: KeyValueStore | undefined, lang: string): string[] {
  try {
    return parseRecent(store?.getItem(recentSearchesKey(lang)));
  } catch {
    return [];
  }
}

/** Keeps `query` as the newest recent search of `lang`; returns the list as it now is. */
export function recordRecentSearch(store: KeyValueStore | undefined, lang: string, query: string): string[] {
  const list = withRecent(readRecentSearches(store, lang), query);
  if (!store || normalizeQuery(query) === '') return list;
  try {
    store.setItem(recentSearchesKey(lang), JSON.stringify(list));
  } catch {
    // Quota or policy: the search is simply not remembered.
  }
  return list;
}

/** Forgets the recent searches of `lang`. */
export function clearRecentSearches(store: KeyValueStore | undefined, lang: string): void {
  try {
    store?.removeItem(recentSearchesKey(lang));
  } catch {
    // Nothing was kept that could be removed.
  }
}

/** The page's localStorage, or undefined where reading it throws (storage blocked for the site). */
export function deviceStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
