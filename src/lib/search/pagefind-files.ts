/**
 * The one module that reads Pagefind's private files, which its documentation does not describe and any
 * release may change: the site reads the pages Pagefind indexed (fragments, for the typo vocabulary) and
 * which index chunk holds which words (the metadata, for the linked search's start file). Both are
 * `pagefind_dcd` and then JSON (fragments) or CBOR (metadata), gzipped on disk (pagefind_web_js and
 * pagefind_web/src/metadata.rs, Pagefind 1.6). It also merges the entry files of indexes written into one
 * folder (`pagefind-entry.json`, which lists each language's index: one language per index here). The build checks the installed Pagefind against the version
 * these readers were written for, and stops, named, before reading a format that may have changed.
 * (Browser code names Pagefind's file types too, to inflate them: scripts/pagefind-gunzip.js.)
 */
import { decodeFirst } from 'cborg';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { IndexedPage } from './vocabulary.ts';

/** The Pagefind release (major.minor) whose private files this module reads. */
export const READS_PAGEFIND = '1.6';

const SIGNATURE = 'pagefind_dcd';
const gunzipAsync = promisify(gunzip);

/** Why the installed Pagefind (`installed`, its version) must not be read by this module; undefined when it may. */
export function pagefindVersionProblem(installed: string): string | undefined {
  if (installed.split('.').slice(0, 2).join('.') === READS_PAGEFIND) return undefined;
  return `Pagefind ${installed} is installed, and the site reads Pagefind ${READS_PAGEFIND}'s private files (fragments, metadata): `
    + `check src/lib/search/pagefind-files.ts against Pagefind's changes, then set READS_PAGEFIND to ${installed.split('.').slice(0, 2).join('.')}`;
}

/** The installed Pagefind's version, from its package.json (which its `exports` do not list: found from its entry). */
export function installedPagefind(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Throws, naming both versions, unless the installed Pagefind's files are the ones this module reads. */
export function assertPagefindReadable(installed = installedPagefind()): void {
  const problem = pagefindVersionProblem(installed);
  if (problem) throw new Error(problem);
}

/** Pagefind's `pagefind-entry.json`: the version, each language's index, and what counts as word characters. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}

const ENTRY = 'pagefind-entry.json';

/** The entry file Pagefind last wrote in `output`. */
export function readPagefindEntry(output: string): PagefindEntry {
  return JSON.parse(readFileSync(path.join(output, ENTRY), 'utf8')) as PagefindEntry;
}

/**
 * Writes the entry file of indexes written one after another into `output` (each write left its own):
 * every language of `entries`, in the order Pagefind lists them (by tag), the rest as the first says.
 * Throws, naming them, if the indexes were written by different Pagefinds or count word characters
 * differently: a browser would read them with the wrong rules.
 */
export function writePagefindEntry(output: string, entries: readonly PagefindEntry[]): PagefindEntry {
  const [first, ...others] = entries;
  if (!first) throw new Error(`no Pagefind index was written in ${output}`);
  const { languages: _, ...shared } = first;
  for (const other of others) {
    const { languages: __, ...rest } = other;
    if (JSON.stringify(rest) !== JSON.stringify(shared)) throw new Error(`the Pagefind indexes in ${output} disagree: ${JSON.stringify(rest)} against ${JSON.stringify(shared)}`);
  }
  const all = Object.assign({}, ...entries.map((e) => e.languages)) as PagefindEntry['languages'];
  const { version, ...rest } = shared as { version: string; [other: string]: unknown };
  // In Pagefind's own order: the version, the languages, the rest.
  const merged: PagefindEntry = { version, languages: Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), ...rest };
  writeFileSync(path.join(output, ENTRY), JSON.stringify(merged));
  return merged;
}

/** The payload of a decompressed Pagefind file, after its signature; throws, naming `file`, without one. */
function payload(bytes: Uint8Array, file: string, what: string): Uint8Array {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind ${what} (no ${SIGNATURE} signature)`);
  return bytes.subarray(SIGNATURE.length);
}

/** The pages of a written index, from its fragment files (unzipped on libuv's threads: both cores). */
export async function readFragments(dir: string): Promise<IndexedPage[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'));
  return Promise.all(files.map(async (f) => {
    const file = path.join(dir, f);
    const page = JSON.parse(new TextDecoder().decode(payload(await gunzipAsync(await readFile(file)), file, 'fragment'))) as Omit<IndexedPage, 'id'>;
    return { ...page, id: f.replace(/\.pf_fragment$/, '') };
  }));
}

/**
 * The index chunks listed in a metadata file, decompressed (CBOR after the signature: `[version, pages,
 * chunks, filters, …]`, each chunk `[from, to, hash]`).
 */
export function indexChunks(bytes: Uint8Array, file = 'the metadata file'): Array<[string, string, string]> {
  // decodeFirst: the value Pagefind wrote after its signature, whatever may follow it.
  const [meta] = decodeFirst(payload(bytes, file, 'metadata file'));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  const valid = Array.isArray(chunks) && chunks.every((c) => Array.isArray(c) && c.length >= 3 && c.slice(0, 3).every((s) => typeof s === 'string'));
  if (!valid) throw new Error(`${file}: its third field is not the list of index chunks [from, to, hash] (another Pagefind version?)`);
  return (chunks as string[][]).map((c) => [c[0]!, c[1]!, c[2]!]);
}
