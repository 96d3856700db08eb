import { describe, expect, it } from 'vitest';
import { aheadKey, SearchAhead } from '../../../../src/lib/search/ahead.ts';

/** A search whose answers the test hands out by hand, and the queries it was run with. */
function deferredSearch() {
  const runs: Array<{ query: string; settle: (answer: string) => void; fail: () => void }> = [];
  const run = (query: string) =>
    new Promise<string>((resolve, reject) => runs.push({ query, settle: resolve, fail: () => reject(new Error('offline')) }));
  return { runs, run };
}
const whole = new Set(['password', 'restore', 'emails']);
/** The words as typed when they end with a whole word; "passw" completed to "password". */
const expectWords = async (query: string) => {
  const last = query.trim().split(/\s+/).at(-1) ?? '';
  if (whole.has(last)) return query;
  return last === 'passw' ? query.replace(/passw$/, 'password') : undefined;
};
const tick = () => new Promise((r) => setTimeout(r, 0));
const dialog = { limit: 6, first: 1 };

describe('SearchAhead', () => {
  it('searches the words at once when they end with a whole word, and hands the answer to the same search only', async () => {
    const { runs, run } = deferredSearch();
    const ahead = new SearchAhead(run, expectWords);
    ahead.ask('passwor', dialog);
    await tick();
    expect(runs).toEqual([]);
    ahead.ask('password', dialog);
    await tick();
    expect(runs.map((r) => r.query)).toEqual(['password']);
    // Under way: the loop's search takes it as it is.
    const taken = ahead.take('password ', dialog);
    expect(taken).toBeDefined();
    expect(ahead.take('password', { ...dialog, topic: 'account' })).toBeUndefined();
    expect(ahead.take('password', { ...dialog, literal: true })).toBeUndefined();
    expect(ahead.take('passwords', dialog)).toBeUndefined();
    runs[0]!.settle('answer');
    expect(await taken).toBe('answer');
  });

  it('searches the word the reader is typing when the words are likely to end on it: "passw" is "password"', async () => {
    const { runs, run } = deferredSearch();
    const ahead = new SearchAhead(run, expectWords);
    ahead.ask('passw', dialog);
    await tick();
    expect(runs.map((r) => r.query)).toEqual(['password']);
    // Typing on to the word asks for nothing more, and the loop's search of it takes the answer.
    ahead.ask('passwo', dialog);
    ahead.ask('password', dialog);
    await tick();
    await tick();
    runs[0]!.settle('answer');
    await tick();
    await tick();
    expect(runs).toHaveLength(1);
    expect(ahead.take('passw', dialog)).toBeUndefined();
    expect(await ahead.take('password', dialog)).toBe('answer');
  });

  it('runs one search ahead at a time: the newest asked for meanwhile runs next, the others never', async () => {
    const { runs, run } = deferredSearch();
    const ahead = new SearchAhead(run, expectWords);
    ahead.ask('restore', dialog);
    await tick();
    ahead.ask('restore em', dialog);
    ahead.ask('restore emails', dialog);
    await tick();
    expect(runs.map((r) => r.query)).toEqual(['restore']);
    runs[0]!.settle('first');
    await tick();
    await tick();
    expect(runs.map((r) => r.query)).toEqual(['restore', 'restore emails']);
    expect(ahead.take('restore', dialog)).toBeUndefined();
    expect(ahead.take('restore emails', dialog)).toBeDefined();
  });

  it('does not search the same words twice, and forgets a search that failed', async () => {
    const { runs, run } = deferredSearch();
    const ahead = new SearchAhead(run, expectWords);
    ahead.ask('password', dialog);
    await tick();
    runs[0]!.settle('answer');
    await tick();
    ahead.ask('password', dialog);
    await tick();
    expect(runs).toHaveLength(1);
    ahead.ask('restore', dialog);
    await tick();
    runs[1]!.fail();
    await tick();
    await tick();
    expect(ahead.take('restore', dialog)).toBeUndefined();
  });

  it('tells searches apart by their words and every option that changes the answer', () => {
    expect(aheadKey(' password ', { limit: 6, first: 1 })).toBe(aheadKey('password', { limit: 6, first: 1 }));
    expect(aheadKey('password', { limit: 6, first: 1 })).not.toBe(aheadKey('password', { limit: 20, first: 1 }));
    expect(aheadKey('password', { limit: 6 })).not.toBe(aheadKey('password', { limit: 6, first: 1 }));
  });
});
