import { describe, expect, it } from 'vitest';
import { PendingRequests, RunningRequests } from '../../../../src/lib/search/protocol.ts';
import type { SearchHit } from '../../../../src/lib/search/engine.ts';

const hit = (title: string): SearchHit => ({ url: `/${title}/`, title, excerpt: '', topic: undefined, sections: [] });

describe('the page\'s pending requests', () => {
  it('gives each request its own id and resolves it with the answer of that id', async () => {
    const pending = new PendingRequests();
    const first = pending.open<'rest'>();
    const second = pending.open<'rest'>();
    expect(first.id).not.toBe(second.id);
    pending.settle({ id: second.id, value: [hit('b')] });
    pending.settle({ id: first.id, value: [hit('a')] });
    expect((await first.answer).map((h) => h.title)).toEqual(['a']);
    expect((await second.answer).map((h) => h.title)).toEqual(['b']);
    expect(pending.size).toBe(0);
  });

  it('rejects a request the worker failed, with the worker\'s message', async () => {
    const pending = new PendingRequests();
    const { id, answer } = pending.open<'search'>();
    pending.settle({ id, error: 'Failed to load the Pagefind WASM' });
    await expect(answer).rejects.toThrow('Failed to load the Pagefind WASM');
  });

  it('drops the answer to a cancelled request: a superseded query is never drawn', async () => {
    const pending = new PendingRequests();
    const older = pending.open<'rest'>();
    const newer = pending.open<'rest'>();
    expect(pending.cancel(older.id)).toBe(true);
    await expect(older.answer).rejects.toMatchObject({ name: 'AbortError' });
    // The worker had already answered it: the late answer settles nothing.
    pending.settle({ id: older.id, value: [hit('stale')] });
    pending.settle({ id: newer.id, value: [hit('fresh')] });
    expect((await newer.answer).map((h) => h.title)).toEqual(['fresh']);
    expect(pending.cancel(older.id)).toBe(false);
  });

  it('fails every pending request when the worker fails', async () => {
    const pending = new PendingRequests();
    const requests = [pending.open<'search'>(), pending.open<'other-languages'>()];
    pending.failAll(new Error('The search worker could not run'));
    for (const { answer } of requests) await expect(answer).rejects.toThrow('could not run');
    expect(pending.size).toBe(0);
  });
});

describe('the worker\'s running requests', () => {
  it('answers a request still wanted, and not one the page gave up', () => {
    const running = new RunningRequests();
    const wanted = running.start(1);
    const given = running.start(2);
    running.cancel(2);
    expect([wanted.aborted, given.aborted]).toEqual([false, true]);
    expect(given.reason).toMatchObject({ name: 'AbortError' });
    expect(running.finish(1)).toBe(true);
    expect(running.finish(2)).toBe(false);
  });

  it('keeps a search\'s rest until the page asks for it, once', async () => {
    const running = new RunningRequests();
    running.keepRest(7, () => Promise.resolve([hit('more')]));
    const rest = running.takeRest(7);
    expect((await rest!()).map((h) => h.title)).toEqual(['more']);
    expect(running.takeRest(7)).toBeUndefined();
  });

  it('forgets the rest of a search the page gave up, and the oldest beyond the ones it keeps', () => {
    const running = new RunningRequests(2);
    const rest = () => Promise.resolve([]);
    running.keepRest(1, rest);
    running.keepRest(2, rest);
    running.cancel(2);
    running.keepRest(3, rest);
    running.keepRest(4, rest);
    expect([1, 2, 3, 4].map((id) => running.takeRest(id) !== undefined)).toEqual([false, false, true, true]);
  });
});
