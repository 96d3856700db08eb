import { describe, expect, it } from 'vitest';
import { buildStartFile, indexChunks, readCbor } from '../../../../src/lib/search/start-file.ts';

/** CBOR (RFC 8949) of strings, non-negative integers and arrays: what Pagefind's metadata is made of. */
function cbor(value: unknown): number[] {
  const head = (major: number, n: number) =>
    n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255];
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  throw new Error(`no CBOR for ${String(value)}`);
}

const SIGNATURE = [...new TextEncoder().encode('pagefind_dcd')];
/** A metadata file as Pagefind 1.6 writes it (after gunzip): version, pages, chunks, filters, sorts, meta fields. */
const meta = (chunks: unknown[]) =>
  new Uint8Array([...SIGNATURE, ...cbor(['1.6.0', [['en_1', 300, '']], chunks, [['topic', 'en_f']], [], ['title', 'topic']])]);

describe('indexChunks', () => {
  it('lists the index chunks of a metadata file with their first and last words', () => {
    const chunks = [
      ['0x800ccc0e', 'ma', 'en_a'],
      ['mailbox', 'zone', 'en_b'],
    ];
    expect(indexChunks(meta(chunks))).toEqual(chunks);
  });

  it('names the file when it is not Pagefind metadata or holds no chunk list where expected', () => {
    expect(() => indexChunks(new Uint8Array(cbor(['1.6.0'])), 'pagefind.en_x.pf_meta')).toThrow(/pagefind\.en_x\.pf_meta: not a Pagefind metadata file/);
    expect(() => indexChunks(meta([['a', 'b']]), 'pagefind.en_x.pf_meta')).toThrow(/pagefind\.en_x\.pf_meta: .*list of index chunks/);
  });
});

describe('buildStartFile', () => {
  it('names the metadata and WebAssembly of the largest index and lists its chunks', () => {
    const entry = { languages: { fr: { hash: 'fr_1', wasm: 'fr', page_count: 2 }, en: { hash: 'en_9', wasm: 'en', page_count: 40 } } };
    const read: string[] = [];
    const start = buildStartFile(entry, (file) => (read.push(file), meta([['a', 'z', 'en_c']])));
    expect(start).toEqual({ meta: 'pagefind.en_9.pf_meta', wasm: 'wasm.en.pagefind', chunks: [['a', 'z', 'en_c']] });
    expect(read).toEqual(['pagefind.en_9.pf_meta']);
  });

  it('fails with a clear message when the entry lists no index', () => {
    expect(() => buildStartFile({ languages: {} }, () => new Uint8Array())).toThrow(/lists no language index/);
  });
});

describe('readCbor', () => {
  it('reads integers of every width, strings with any characters, arrays and maps', () => {
    expect(readCbor(new Uint8Array(cbor([0, 23, 24, 255, 256, 65535, 'é❤', []])))).toEqual([0, 23, 24, 255, 256, 65535, 'é❤', []]);
    expect(readCbor(new Uint8Array([0x1a, 0, 1, 0, 0]))).toBe(65536);
    expect(readCbor(new Uint8Array([0x20]))).toBe(-1);
    expect(readCbor(new Uint8Array([0xa1, 0x61, 0x6b, 0xf5]))).toEqual({ k: true });
  });

  it('says where the bytes end too early or hold what Pagefind never writes', () => {
    expect(() => readCbor(new Uint8Array([0x82, 0x01]))).toThrow(/unexpected end at byte 2/);
    expect(() => readCbor(new Uint8Array([0x9f]))).toThrow(/indefinite or reserved length at byte 0/);
    expect(() => readCbor(new Uint8Array([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/float at byte 0/);
  });
});
