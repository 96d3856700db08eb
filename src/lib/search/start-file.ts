/**
 * What a linked search (`/search/?q=…`) fetches before Pagefind has run a line: the names of the index's
 * metadata and WebAssembly files, and which index chunk holds which words. Pagefind learns these only
 * once its script has loaded and read its entry and metadata, one after the other; the search page's
 * head script (search-preload.js) reads them from this small file instead and preloads the metadata and
 * the chunks of the query's words at once, so that Pagefind finds them in hand.
 * Written at build time next to the index (`/pagefind/search-start.json`, see integrations/search-index.ts).
 */
import { indexChunks } from './pagefind-files.ts';

/** `chunks`: `[first word, last word, chunk hash]`, in Pagefind's order (pagefind_web `request_indexes`). */
export interface StartFile {
  meta: string;
  wasm: string;
  chunks: Array<[string, string, string]>;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * The start file of the index of `lang` from Pagefind's entry (`pagefind-entry.json`, parsed) and its
 * gzipped metadata file. Without `lang`, the language with the most pages, as Pagefind chooses when the
 * page's is not indexed.
 */
export function buildStartFile(entry: Entry, readMeta: (file: string) => Uint8Array, lang?: string): StartFile {
  // readMeta: the file's bytes, decompressed (gunzip: the build has Node's zlib, this module may not).
  const [, index] = lang === undefined
    ? Object.entries(entry.languages).sort(([, a], [, b]) => b.page_count - a.page_count)[0] ?? []
    : [lang, entry.languages[lang]];
  if (!index) throw new Error(lang === undefined ? 'pagefind-entry.json lists no language index' : `pagefind-entry.json has no index of the language "${lang}"`);
  const meta = `pagefind.${index.hash}.pf_meta`;
  return { meta, wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind`, chunks: indexChunks(readMeta(meta), meta) };
}
