/**
 * The search page's head script (src/scripts/search-preload.js), run as the browser runs it, with a
 * document and a Worker of its own: a linked search starts the search worker before the page has loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const source = readFileSync(path.resolve('src/scripts/search-preload.js'), 'utf8');
const WORKER_URL = '/_astro/worker-Abc123.js';
const START = { meta: 'pagefind.fr_9.pf_meta', wasm: 'wasm.fr.pagefind', chunks: [['a', 'z', 'fr_a']] };

async function run(url: string, { lang = 'en', refuse = false } = {}) {
  const workers: Array<{ url: string; options: unknown; sent: unknown[]; listeners: Record<string, () => void> }> = [];
  class FakeWorker {
    sent: unknown[] = [];
    listeners: Record<string, () => void> = {};
    constructor(
      public url: string,
      public options: unknown,
    ) {
      if (refuse) throw new DOMException('refused', 'SecurityError');
      workers.push(this);
    }
    postMessage(message: unknown) {
      this.sent.push(message);
    }
    addEventListener(type: string, listener: () => void) {
      this.listeners[type] = listener;
    }
  }
  const script: { dataset: Record<string, string>; searchWorker?: unknown } = { dataset: { searchWorker: WORKER_URL, pagefindStart: '/pagefind/' } };
  const marks: string[] = [];
  const fetched: string[] = [];
  const document = { currentScript: script, documentElement: { lang, setAttribute: (name: string) => marks.push(name) } };
  const fetch = async (href: string) => (fetched.push(href), { json: async () => START });
  new Function('document', 'location', 'Worker', 'fetch', source)(document, new URL(url), FakeWorker, fetch);
  await new Promise((resolve) => setTimeout(resolve));
  return { workers, script, marks, fetched };
}

describe('the linked search head script', () => {
  it('marks a linked search before the page is drawn, so that the page keeps room for its results', async () => {
    expect((await run('https://help.example.com/search/?q=mailbox')).marks).toEqual(['data-linked-search']);
    expect((await run('https://help.example.com/search/')).marks).toEqual([]);
  });

  it('starts the search worker at once, tells it the page\'s language and the query, and leaves it for the page', async () => {
    const { workers, script } = await run('https://help.example.com/fr/search/?q=bo%C3%AEte%20pleine', { lang: 'fr' });
    expect(workers.map((w) => [w.url, w.options])).toEqual([[WORKER_URL, { type: 'module', name: 'search' }]]);
    expect(workers[0]!.sent[0]).toEqual({ type: 'start', lang: 'fr', linked: 'boîte pleine' });
    expect(script.searchWorker).toBe(workers[0]);
  });

  it('fetches the language\'s start file while the worker loads, and hands it over', async () => {
    const { workers, fetched } = await run('https://help.example.com/fr/search/?q=bo%C3%AEte', { lang: 'fr' });
    expect(fetched).toEqual([expect.stringMatching(/^\/pagefind\/search-start\.fr\.json\?ts=\d+$/)]);
    expect(workers[0]!.sent[1]).toEqual({ type: 'start-file', file: START });
  });

  it('does not leave a worker that failed before the page took it', async () => {
    const { workers, script } = await run('https://help.example.com/search/?q=mailbox');
    workers[0]!.listeners['error']!();
    expect(script.searchWorker).toBeUndefined();
  });

  it('leaves the page to start its own worker when the browser refuses one here', async () => {
    const { script, marks, fetched } = await run('https://help.example.com/search/?q=mailbox', { refuse: true });
    expect([script.searchWorker, marks, fetched]).toEqual([undefined, ['data-linked-search'], []]);
  });

  it('does nothing on the search page without a query', async () => {
    const { workers, script, fetched } = await run('https://help.example.com/search/?q=%20');
    expect([workers, script.searchWorker, fetched]).toEqual([[], undefined, []]);
  });
});
