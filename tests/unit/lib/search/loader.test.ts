import { afterEach, describe, expect, it, vi } from 'vitest';
import { startInLanguage, whenReady } from '../../../../src/lib/search/loader.ts';

/** Pagefind's calls before its WebAssembly is up: each looks again every 50 ms (getPtr in pagefind_web_js). */
function pagefindUpAt(upAt: number, error?: Error) {
  return {
    preload: () =>
      new Promise<void>((resolve, reject) => {
        const poll = () => (Date.now() < upAt ? setTimeout(poll, 50) : error ? reject(error) : resolve());
        poll();
      }),
  };
}

describe('whenReady', () => {
  afterEach(() => vi.useRealTimers());

  it('learns that Pagefind is up within 10 ms, where one call waits for the next 50 ms poll', async () => {
    vi.useFakeTimers({ now: 0 });
    const api = pagefindUpAt(125);
    let readyAt = -1;
    let oneCallAt = -1;
    void whenReady(api).then(() => (readyAt = Date.now()));
    void api.preload().then(() => (oneCallAt = Date.now()));
    await vi.advanceTimersByTimeAsync(200);
    expect(readyAt).toBeGreaterThanOrEqual(125);
    expect(readyAt).toBeLessThanOrEqual(135);
    expect(oneCallAt).toBe(150);
  });

  it('fails when Pagefind does', async () => {
    vi.useFakeTimers({ now: 0 });
    const failed = whenReady(pagefindUpAt(60, new Error('Failed to load the Pagefind WASM')));
    const check = expect(failed).rejects.toThrow('Failed to load the Pagefind WASM');
    await vi.advanceTimersByTimeAsync(200);
    await check;
  });
});

describe('startInLanguage', () => {
  it('starts Pagefind in the page\'s language, which a worker has no document to tell it, and leaves no document behind', async () => {
    // What Pagefind's init reads, synchronously, before its first await (detectLanguage in pagefind_web_js).
    let seen: string | null | undefined;
    const api = {
      init: async () => {
        const doc = (globalThis as { document?: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document;
        seen = doc?.querySelector('html')?.getAttribute('lang');
      },
    };
    await startInLanguage(api, 'fr');
    expect(seen).toBe('fr');
    expect('document' in globalThis).toBe(false);
  });
});
