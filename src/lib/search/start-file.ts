/**
 * What a linked search (`/search/?q=…`) fetches before Pagefind has run a line: the names of the index's
 * metadata and WebAssembly files, and which index chunk holds which words. Pagefind learns these only
 * once its script has loaded and read its entry and metadata, one after the other; the search page's
 * head script (search-preload.js) reads them from this small file instead and preloads the metadata and
 * the chunks of the query's words at once, so that Pagefind finds them in hand.
 * Written at build time next to the index (`/pagefind/search-start.json`, see integrations/search-index.ts).
 */
/** `chunks`: `[first word, last word, chunk hash]`, in Pagefind's order (pagefind_web `request_indexes`). */
export interface StartFile {
  meta: string;
  wasm: string;
  chunks: Array<[string, string, string]>;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The start file from Pagefind's entry (`pagefind-entry.json`, parsed) and its gzipped metadata file.
 * The language is the one with the most pages, as Pagefind chooses when the page's is not indexed.
 */
export function buildStartFile(entry: Entry, readMeta: (file: string) => Uint8Array): StartFile {
  // readMeta: the file's bytes, decompressed (gunzip: the build has Node's zlib, this module may not).
  const [, index] = Object.entries(entry.languages).sort(([, a], [, b]) => b.page_count - a.page_count)[0] ?? [];
  if (!index) throw new Error('pagefind-entry.json lists no language index');
  const meta = `pagefind.${index.hash}.pf_meta`;
  return { meta, wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind`, chunks: indexChunks(readMeta(meta), meta) };
}

/**
 * The index chunks listed in a metadata file, decompressed (`pagefind_dcd` and CBOR: `[version, pages,
 * chunks, filters, …]`, each chunk `[from, to, hash]`; pagefind_web/src/metadata.rs).
 */
export function indexChunks(bytes: Uint8Array, file = 'the metadata file'): Array<[string, string, string]> {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind metadata file (no ${SIGNATURE} signature)`);
  const meta = readCbor(bytes, SIGNATURE.length);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  const valid = Array.isArray(chunks) && chunks.every((c) => Array.isArray(c) && c.length >= 3 && c.slice(0, 3).every((s) => typeof s === 'string'));
  if (!valid) throw new Error(`${file}: its third field is not the list of index chunks [from, to, hash] (another Pagefind version?)`);
  return (chunks as string[][]).map((c) => [c[0]!, c[1]!, c[2]!]);
}

type Cbor = number | string | Uint8Array | Cbor[] | { [key: string]: Cbor } | boolean | null | undefined;

/**
 * Reads one CBOR item (RFC 8949) at `offset`: integers, strings, arrays, maps and simple values, all
 * that Pagefind's metadata holds. Written here because this one fixed structure, read once at build
 * time, does not warrant a dependency (a CBOR library is 10-30 kB for the same few lines).
 */
export function readCbor(bytes: Uint8Array, offset = 0): Cbor {
  let at = offset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error(`CBOR: unexpected end at byte ${at}`);
    const start = at;
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    let value = info;
    if (info === 24) value = bytes[at++]!;
    else if (info === 25) (value = view.getUint16(at)), (at += 2);
    else if (info === 26) (value = view.getUint32(at)), (at += 4);
    else if (info === 27) (value = Number(view.getBigUint64(at))), (at += 8);
    else if (info > 27) throw new Error(`CBOR: indefinite or reserved length at byte ${start}`);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
        return bytes.subarray(at, (at += value));
      case 3:
        return new TextDecoder().decode(bytes.subarray(at, (at += value)));
      case 4:
        return Array.from({ length: value }, item);
      case 5:
        return Object.fromEntries(Array.from({ length: value }, () => [String(item()), item()]));
      case 6:
        return item(); // a tag: its content
      default:
        if (info >= 25) throw new Error(`CBOR: a float at byte ${start}: not expected in Pagefind's metadata`);
        return value === 20 ? false : value === 21 ? true : value === 22 ? null : undefined;
    }
  };
  return item();
}
