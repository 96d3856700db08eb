/**
 * What the search worker fetches ahead for a linked search (src/lib/search/prefetch.ts): the files Pagefind
 * will ask for, with the start file's metadata and index chunks, each handed out once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chunksFor, clearPrefetched, fetchPrefetched, lookupWords, prefetchLinkedSearch, prefetchStartFiles } from '../../../../src/lib/search/prefetch.ts';
import { STOP_WORDS } from '../../../../src/lib/search/query.ts';

const START = {
  meta: 'pagefind.en_9.pf_meta',
  wasm: 'wasm.en.pagefind',
  chunks: [
    ['0x800ccc0e', 'lz', 'en_a'],
    ['mailbox', 'mz', 'en_b'],
    ['n', 'zone', 'en_c'],
  ] as Array<[string, string, string]>,
};
const BASE = 'https://help.example.com/pagefind/';

const WORKER = 'https://help.example.com/_astro/worker.js';

/** A stand-in fetch that records the files asked for, by name, and answers the start file with START (in `lang`). */
function recorder(lang = 'en') {
  const fetched: string[] = [];
  const start = { ...START, meta: START.meta.replace('en', lang), wasm: `wasm.${lang}.pagefind` };
  const fetchFile = async (url: string) => {
    const file = url.replace(BASE, '');
    fetched.push(file);
    return new Response(file.startsWith('search-start.') ? JSON.stringify(start) : `${file} ahead`);
  };
  return { fetched, fetchFile, start };
}

/** Runs the prefetch of the linked search `query`; the files asked for, by name, once the start file is in. */
async function prefetch(query: string, lang = 'en') {
  const { fetched, fetchFile } = recorder(lang);
  prefetchLinkedSearch(query, lang, BASE, '123', fetchFile);
  await new Promise((resolve) => setTimeout(resolve));
  return fetched;
}

describe('the words a linked search looks up', () => {
  it('are the words the search runs, as Pagefind reads them: no filler words, punctuation or diacritics', () => {
    expect(['why', 'full'].every((w) => STOP_WORDS.has(w) === (w === 'why'))).toBe(true);
    expect(lookupWords('Why is my mailbox full?', 'en')).toEqual(['mailbox', 'full']);
    expect(lookupWords('550 5.7.1', 'en')).toEqual(['550', '571']);
    expect(lookupWords('boîte pleine', 'fr')).toEqual(['boite', 'pleine']);
  });
});

describe('the index chunks of the words', () => {
  it('are the chunks whose ranges hold the words, each once', () => {
    expect(chunksFor(START.chunks, ['mailbox', 'full', '571'])).toEqual(['en_b', 'en_a']);
  });

  it('are the chunk that may hold a word being typed when no range holds it', () => {
    expect(chunksFor(START.chunks, ['mai'])).toEqual(['en_b']);
  });
});

describe('the linked search\'s files fetched ahead', () => {
  afterEach(() => clearPrefetched());

  it('are the entry Pagefind will ask for, its WebAssembly, the vocabulary, the synonyms, then the metadata and the chunks the start file names', async () => {
    expect(await prefetch('Mailbox full? 550 5.7.1')).toEqual([
      'pagefind-entry.json?ts=123',
      'wasm.en.pagefind',
      'search-vocabulary.en.json',
      'synonyms.en.json',
      'search-start.en.json?ts=123',
      'pagefind.en_9.pf_meta',
      'index/en_b.pf_index',
      'index/en_a.pf_index',
    ]);
  });

  it('are the files of the page\'s language', async () => {
    expect((await prefetch('boîte', 'fr')).slice(0, 6)).toEqual([
      'pagefind-entry.json?ts=123',
      'wasm.fr.pagefind',
      'search-vocabulary.fr.json',
      'synonyms.fr.json',
      'search-start.fr.json?ts=123',
      'pagefind.fr_9.pf_meta',
    ]);
  });

  it('are fetched once when the start file comes twice, from the page and from the worker\'s own fetch', async () => {
    const { fetched, fetchFile, start } = recorder();
    prefetchLinkedSearch('mailbox', 'en', BASE, '123', fetchFile);
    prefetchStartFiles(start, 'mailbox', 'en', BASE, fetchFile);
    await new Promise((resolve) => setTimeout(resolve));
    expect(fetched.filter((file, i) => fetched.indexOf(file) !== i)).toEqual([]);
    expect(fetched).toContain('index/en_b.pf_index');
  });

  it('are handed out once each, by URL; anything else is fetched', async () => {
    await prefetch('mailbox');
    const network: string[] = [];
    const fetchOrAhead = fetchPrefetched(async (url: string) => (network.push(url.replace(BASE, '')), new Response('from the network')), WORKER);
    expect(await (await fetchOrAhead('/pagefind/wasm.en.pagefind')).text()).toBe('wasm.en.pagefind ahead');
    expect(await (await fetchOrAhead(`${BASE}wasm.en.pagefind`)).text()).toBe('from the network');
    await fetchOrAhead(`${BASE}fragment/en_1.pf_fragment`);
    expect(network).toEqual(['wasm.en.pagefind', 'fragment/en_1.pf_fragment']);
  });

  it('leave out what Pagefind asked for before the start file came', async () => {
    const fetchOrAhead = fetchPrefetched(async () => new Response('from the network'), WORKER);
    await fetchOrAhead('/pagefind/pagefind.en_9.pf_meta');
    expect(await prefetch('mailbox')).not.toContain('pagefind.en_9.pf_meta');
  });
});
