/**
 * The search page's head script (src/scripts/search-preload.js), run as the browser runs it, with a
 * document, fetch and Pagefind module of its own: what a linked search asks for before the page has loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../../../src/lib/search/query.ts';

const source = readFileSync(path.resolve('src/scripts/search-preload.js'), 'utf8');
const START = {
  meta: 'pagefind.en_9.pf_meta',
  wasm: 'wasm.en.pagefind',
  chunks: [
    ['0x800ccc0e', 'lz', 'en_a'],
    ['mailbox', 'mz', 'en_b'],
    ['n', 'zone', 'en_c'],
  ],
};

const base = '/pagefind/';

/**
 * A stand-in for pagefind.js: it records its calls, and its empty preload (the readiness probe)
 * answers only when the test says Pagefind is up.
 */
function fakePagefind(log: { calls: unknown[][]; up: Promise<void> }) {
  return {
    options: async (o: unknown) => void log.calls.push(['options', o]),
    init: async () => void log.calls.push(['init']),
    preload: (term: string) => (log.calls.push(['preload', term]), term === '' ? log.up : Promise.resolve()),
  };
}

// Code evaluated by the test cannot run a dynamic import (Vitest's VM): the script's one import() is
// handed the stand-in instead.
const imports = source.match(/\bimport\(/g) ?? [];
const runnable = source.replace(/\bimport\(/, 'importModule(');

async function run(url: string) {
  let up!: () => void;
  const log = { calls: [] as unknown[][], up: new Promise<void>((resolve) => (up = resolve)) };
  const imported: string[] = [];
  const importModule = async (href: string) => (imported.push(href), fakePagefind(log));
  const preloaded: string[] = [];
  const fetched: string[] = [];
  const script: { dataset: Record<string, string>; pagefind?: Promise<unknown> } = {
    dataset: { pagefindStart: base, options: JSON.stringify({ noWorker: true, excerptLength: 24 }), stopWords: [...STOP_WORDS].join(' ') },
  };
  const marks: string[] = [];
  const document = {
    currentScript: script,
    documentElement: { lang: 'en-GB', setAttribute: (name: string) => marks.push(name) },
    head: { appendChild: (link: { rel: string; as: string; href: string }) => preloaded.push(`${link.rel} ${link.as} ${link.href.replace(base, '')}`) },
    createElement: () => ({}),
  };
  const fetch = async (href: string) => (fetched.push(href.replace(base, '')), { json: async () => START });
  new Function('document', 'location', 'fetch', 'importModule', runnable)(document, new URL(url), fetch, importModule);
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { preloaded, fetched, imported, script, log, up, marks };
}

describe('the linked search head script', () => {
  it('marks a linked search before the page is drawn, so that the page keeps room for its results', async () => {
    expect((await run('https://help.example.com/search/?q=mailbox')).marks).toEqual(['data-linked-search']);
    expect((await run('https://help.example.com/search/')).marks).toEqual([]);
  });

  it('preloads the entry Pagefind will ask for, its WebAssembly, the vocabulary and the synonyms at once', async () => {
    const { preloaded, imported, log } = await run('https://help.example.com/search/?q=mailbox');
    expect([imports.length, imported]).toEqual([1, ['/pagefind/pagefind.js']]);
    const options = log.calls.find((c) => c[0] === 'options')![1] as Record<string, unknown>;
    // Pagefind reads pagefind-entry.json?ts=<metaCacheTag>: the preloaded one.
    expect(options).toMatchObject({ noWorker: true, excerptLength: 24, metaCacheTag: expect.stringMatching(/^\d+$/) });
    expect(preloaded.slice(0, 4)).toEqual([
      `preload fetch pagefind-entry.json?ts=${String(options['metaCacheTag'])}`,
      'preload fetch wasm.en.pagefind',
      // The files of the page's language (<html lang="en-GB">: its primary tag names the files).
      'preload fetch search-vocabulary.en.json',
      'preload fetch synonyms.en.json',
    ]);
  });

  it('preloads the metadata and the index chunk of each word, found in the language\'s search-start file', async () => {
    const { preloaded, fetched } = await run('https://help.example.com/search/?q=Mailbox%20full%3F%20550%205.7.1');
    expect(fetched).toEqual([expect.stringMatching(/^search-start\.en\.json\?ts=\d+$/)]);
    // "mailbox" in en_b, "full" and the codes ("571" as Pagefind reads "5.7.1") in en_a; each chunk once.
    expect(preloaded.slice(4)).toEqual(['preload fetch pagefind.en_9.pf_meta', 'preload fetch index/en_b.pf_index', 'preload fetch index/en_a.pf_index']);
  });

  it('fetches nothing for the filler words the search drops', async () => {
    const { preloaded, script, log, up } = await run('https://help.example.com/search/?q=why%20is%20my%20mailbox%20full');
    expect(['why', 'full'].every((w) => STOP_WORDS.has(w) === (w === 'why'))).toBe(true);
    // "why" would fall in en_c (n…zone): only the chunks of "mailbox" and "full" are asked for.
    expect(preloaded.slice(5)).toEqual(['preload fetch index/en_b.pf_index', 'preload fetch index/en_a.pf_index']);
    up();
    await script.pagefind;
    expect(log.calls.filter((c) => c[0] === 'preload' && c[1] !== '').map((c) => c[1])).toEqual(['mailbox', 'full']);
  });

  it('preloads the chunk that may hold a word being typed when no range holds it', async () => {
    const { preloaded } = await run('https://help.example.com/search/?q=mai');
    expect(preloaded.slice(5)).toEqual(['preload fetch index/en_b.pf_index']);
  });

  it('hands the page its Pagefind only once Pagefind can search, then starts the words', async () => {
    const { script, log, up } = await run('https://help.example.com/search/?q=restore%20backup');
    let handed = false;
    void script.pagefind!.then(() => (handed = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(handed).toBe(false);
    expect(log.calls.filter((c) => c[0] === 'preload' && c[1] !== '')).toEqual([]);
    up();
    await script.pagefind;
    expect(log.calls.filter((c) => c[0] === 'preload' && c[1] !== '')).toEqual([
      ['preload', 'restore'],
      ['preload', 'backup'],
    ]);
  });

  it('does nothing on the search page without a query', async () => {
    const { preloaded, fetched, script } = await run('https://help.example.com/search/?q=%20');
    expect([preloaded, fetched, script.pagefind]).toEqual([[], [], undefined]);
  });
});
