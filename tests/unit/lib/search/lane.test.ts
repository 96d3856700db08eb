import { describe, expect, it } from 'vitest';
import { SearchLane } from '../../../../src/lib/search/lane.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SearchLane', () => {
  it('runs the searches one at a time, in the order they came', async () => {
    const lane = new SearchLane(() => Promise.resolve());
    const events: string[] = [];
    let finishFirst!: () => void;
    const first = lane.run(undefined, () => new Promise<void>((r) => (events.push('first starts'), (finishFirst = r))));
    const second = lane.run(undefined, async () => void events.push('second starts'));
    await tick();
    expect(events).toEqual(['first starts']);
    finishFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['first starts', 'second starts']);
  });

  it('never starts a search whose query was cancelled while it waited, and lets the next one run', async () => {
    const lane = new SearchLane(() => Promise.resolve());
    const started: string[] = [];
    let finishFirst!: () => void;
    const first = lane.run(undefined, () => new Promise<void>((r) => (started.push('passwo'), (finishFirst = r))));
    const given = new AbortController();
    const stale = lane.run(given.signal, async () => void started.push('passwor'));
    const newest = lane.run(undefined, async () => void started.push('password'));
    await tick();
    // The reader typed on: the page cancels "passwor" while "passwo" runs.
    given.abort();
    finishFirst();
    await first;
    await expect(stale).rejects.toThrow();
    await newest;
    expect(started).toEqual(['passwo', 'password']);
  });

  it('reads the messages that came meanwhile before it starts: a cancellation that arrives during its turn\'s yield counts', async () => {
    const given = new AbortController();
    // The yield is when the worker reads its waiting messages: here, the cancellation.
    const lane = new SearchLane(async () => given.abort());
    let ran = false;
    await expect(lane.run(given.signal, async () => void (ran = true))).rejects.toThrow();
    expect(ran).toBe(false);
  });
});
