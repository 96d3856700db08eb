import { describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { buildStartFile } from '../../../../src/lib/search/start-file.ts';
import { indexChunks } from '../../../../src/lib/search/pagefind-files.ts';

const SIGNATURE = [...new TextEncoder().encode('pagefind_dcd')];
/** A metadata file as Pagefind 1.6 writes it (after gunzip): version, pages, chunks, filters, sorts, meta fields. */
const meta = (chunks: unknown[]) =>
  new Uint8Array([...SIGNATURE, ...encode(['1.6.0', [['en_1', 300, '']], chunks, [['topic', 'en_f']], [], ['title', 'topic']])]);

describe('indexChunks', () => {
  it('lists the index chunks of a metadata file with their first and last words', () => {
    const chunks = [
      ['0x800ccc0e', 'ma', 'en_a'],
      ['mailbox', 'zone', 'en_b'],
    ];
    expect(indexChunks(meta(chunks))).toEqual(chunks);
  });

  it('names the file when it is not Pagefind metadata or holds no chunk list where expected', () => {
    expect(() => indexChunks(encode(['1.6.0']), 'pagefind.en_x.pf_meta')).toThrow(/pagefind\.en_x\.pf_meta: not a Pagefind metadata file/);
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
