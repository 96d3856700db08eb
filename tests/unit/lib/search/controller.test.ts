import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/i18n/ui/en.ts';
import { SearchController, statusText, type SearchView } from '../../../../src/lib/search/controller.ts';
import type { SearchOptions, SearchResponse } from '../../../../src/lib/search/engine.ts';

const answer = (total: number, corrected?: string, more: Partial<SearchResponse> = {}): SearchResponse => ({
  total,
  complete: total,
  hits: [],
  rest: () => Promise.resolve([]),
  terms: [],
  unmatched: [],
  corrected: corrected ? { query: corrected, corrections: [] } : undefined,
  ...more,
});

/** A controller whose searches answer when the test says, with the view's calls recorded. */
function setup(now: () => number = () => 0) {
  const events: string[] = [];
  const pending = new Map<string, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void; options: SearchOptions }>();
  const timers: Array<() => void> = [];
  const preloaded: Array<[string, boolean, object?]> = [];
  const view: SearchView = {
    started: (q, literal) => events.push(`started ${q}${literal ? ' (as typed)' : ''}`),
    cleared: () => events.push('cleared'),
    searching: (q) => events.push(`searching ${q}`),
    show: (r, q) => void events.push(`show ${q}: ${r.total}`),
    failed: (m) => events.push(`failed: ${m}`),
  };
  const controller = new SearchController(view, {
    debounceMs: 60,
    options: () => ({ limit: 6 }),
    search: (query, options) => new Promise((resolve, reject) => pending.set(query, { resolve, reject, options })),
    preload: (q, literal, options) => preloaded.push([q, literal, options]),
    strings: en.browser,
    setTimer: (run) => timers.push(run),
    clearTimer: () => timers.splice(0),
    // Every key right after the one before, unless a test moves the clock.
    now,
  });
  return { controller, events, pending, timers, preloaded };
}

const settle = () => new Promise((r) => setTimeout(r));

describe('SearchController', () => {
  it('searches once the reader pauses, preloading on every keystroke', async () => {
    const { controller, events, pending, timers, preloaded } = setup();
    controller.typed('p');
    controller.typed('pa');
    controller.typed('pas');
    // With the options of the search to come, which the worker may run ahead.
    expect(preloaded).toEqual([['p', false, { limit: 6 }], ['pa', false, { limit: 6 }], ['pas', false, { limit: 6 }]]);
    expect(timers).toHaveLength(1); // the earlier keystrokes' searches were called off
    timers[0]!();
    pending.get('pas')!.resolve(answer(3));
    await settle();
    expect(events).toEqual(['started pas', 'searching pas', 'show pas: 3']);
  });

  it('searches at once for a key typed after a pause with nothing searching, never for one letter, and not while a search runs', async () => {
    const clock = { now: 0 };
    const { controller, events, pending, timers } = setup(() => clock.now);
    controller.typed('p');
    expect(timers).toHaveLength(1); // one letter: after the pause only
    clock.now = 30;
    controller.typed('pa');
    expect(timers).toHaveLength(1); // typed without a pause
    timers[0]!();
    expect(events).toEqual(['started pa', 'searching pa']);
    clock.now = 500;
    controller.typed('pas');
    expect(timers).toHaveLength(1); // "pa" has not answered: wait for the pause
    pending.get('pa')!.resolve(answer(9));
    timers[0]!();
    pending.get('pas')!.resolve(answer(4));
    await settle();
    // The reader pauses, then adds a letter: searched at once, no timer.
    clock.now = 1000;
    controller.typed('pass');
    expect(timers).toHaveLength(0);
    expect(events.at(-1)).toBe('searching pass');
  });

  it('drops an older answer that arrives after a newer query has started', async () => {
    const { controller, events, pending } = setup();
    const first = controller.run('mail');
    const second = controller.run('mailbox');
    pending.get('mailbox')!.resolve(answer(2));
    pending.get('mail')!.resolve(answer(9));
    await Promise.all([first, second]);
    expect(events.filter((e) => e.startsWith('show'))).toEqual(['show mailbox: 2']);
  });

  it('gives up the older search when a newer one starts, and the last one when the box is emptied', async () => {
    const { controller, pending } = setup();
    void controller.run('mail');
    const mail = pending.get('mail')!.options.signal!;
    expect(mail.aborted).toBe(false);
    void controller.run('mailbox');
    const mailbox = pending.get('mailbox')!.options.signal!;
    expect([mail.aborted, mailbox.aborted]).toEqual([true, false]);
    await controller.run('');
    expect(mailbox.aborted).toBe(true);
  });

  it('shows nothing for a search given up, even when it fails for that', async () => {
    const { controller, events, pending } = setup();
    const first = controller.run('mail');
    void controller.run('mailbox');
    // The worker's client rejects a superseded search with an AbortError: no "could not load" for it.
    pending.get('mail')!.reject(new DOMException('The search was superseded', 'AbortError'));
    await first;
    expect(events.filter((e) => e.startsWith('failed'))).toEqual([]);
  });

  it('clears the results for an empty box without searching', async () => {
    const { controller, events, pending } = setup();
    await controller.run('   ');
    expect(events).toEqual(['started ', 'cleared']);
    expect(pending.size).toBe(0);
  });

  it('searches the words as typed until they change, then corrects again', async () => {
    const { controller, events, pending, preloaded } = setup();
    void controller.searchAsTyped('passwrod');
    expect(pending.get('passwrod')!.options).toEqual({ limit: 6, literal: true, signal: expect.any(AbortSignal) });
    expect(events[0]).toBe('started passwrod (as typed)');
    controller.typed('passwrod ');
    expect(preloaded.at(-1)).toEqual(['passwrod ', true, { limit: 6 }]);
    void controller.run('passwrod reset');
    expect(pending.get('passwrod reset')!.options.literal).toBe(false);
    void controller.searchAsTyped('passwrod');
    void controller.resubmit('passwrod');
    expect(pending.get('passwrod')!.options.literal).toBe(false);
  });

  it('says the search could not load, for the newest query only', async () => {
    const { controller, events, pending } = setup();
    const old = controller.run('a1');
    const newest = controller.run('a2');
    pending.get('a1')!.reject(new Error('offline'));
    pending.get('a2')!.reject(new Error('offline'));
    await Promise.all([old, newest]);
    expect(events.filter((e) => e.startsWith('failed'))).toEqual([`failed: ${en.browser.couldNotLoad}`]);
  });

  it('on the development server, says that search needs a build, not that the connection failed', async () => {
    const events: string[] = [];
    const c = new SearchController(
      { cleared: () => undefined, show: () => undefined, failed: (m) => void events.push(m) },
      { debounceMs: 0, options: () => ({}), search: () => Promise.reject(new Error('no index')), preload: () => undefined, strings: en.browser, dev: true },
    );
    await c.run('backup');
    expect(events).toEqual([en.browser.searchNeedsBuild]);
    expect(events[0]).toContain('npm run build');
  });

  it('tells the view whether its answer is still the newest, for work it does later', async () => {
    let current: (() => boolean) | undefined;
    const c = new SearchController(
      { cleared: () => undefined, failed: () => undefined, show: (_r, _q, isCurrent) => void (current = isCurrent) },
      { debounceMs: 0, options: () => ({}), search: () => Promise.resolve(answer(1)), preload: () => undefined, strings: en.browser },
    );
    await c.run('backup');
    expect(current!()).toBe(true);
    void c.run('restore');
    expect(current!()).toBe(false);
  });
});

describe('statusText', () => {
  it('speaks the page\'s language, with its plural rules', async () => {
    const { fr } = await import('../../../../src/i18n/ui/fr.ts');
    expect(statusText(answer(1), 'spam', fr.browser, 'fr')).toBe('1 résultat pour « spam »');
    expect(statusText(answer(0), 'spam', fr.browser, 'fr', { where: 'Sauvegardes' })).toBe('Aucun résultat pour « spam » dans Sauvegardes.');
  });

  it('counts the results for the words searched, in the topic chosen', () => {
    expect(statusText(answer(1), 'password', en.browser, 'en')).toBe('1 result for “password”');
    expect(statusText(answer(4), 'password', en.browser, 'en', { where: 'Account' })).toBe('4 results for “password” in Account');
    expect(statusText(answer(0), 'zzqxv', en.browser, 'en', { where: 'Email' })).toBe('No results for “zzqxv” in Email.');
  });

  it('names the corrected words, not the typed ones', () => {
    expect(statusText(answer(2, 'password'), 'passwrod', en.browser, 'en')).toBe('2 results for “password”');
    expect(statusText(answer(0, 'password'), 'passwrod', en.browser, 'en')).toBe('No results for “password”.');
  });

  it('never gives a confident count made of pages that have only some of the words', () => {
    // "cant send mail from iphone": every page has "mail", four have every word.
    expect(statusText(answer(16, undefined, { complete: 4 }), 'cant send mail from iphone', en.browser, 'en')).toBe(
      '4 results for “cant send mail from iphone”, and 12 results with only some of the words',
    );
    expect(statusText(answer(16, undefined, { complete: 0 }), 'spam dmarc backup', en.browser, 'en')).toBe('No page has every word of “spam dmarc backup”: 16 results with some of them');
    expect(statusText(answer(16, undefined, { complete: 4 }), 'restore emails', en.browser, 'en', { terse: true })).toBe('4 results + 12 results with some of the words');
  });

  it('counts for the words some page has, not for a word no page has', () => {
    const germanOnEnglish = answer(16, undefined, { terms: ['e-mail', 'wiederherstellen'], unmatched: ['wiederherstellen'] });
    expect(statusText(germanOnEnglish, 'E-Mail wiederherstellen', en.browser, 'en')).toBe('16 results for “E-Mail”');
    // The reader's words, never the search's own form of them ("cannot receiving" for "not receiving").
    const negated = answer(9, undefined, { terms: ['cannot receiving', 'wiederherstellen'], unmatched: ['wiederherstellen'] });
    expect(statusText(negated, 'not receiving wiederherstellen?', en.browser, 'en')).toBe('9 results for “not receiving”');
  });

  it('is short in the dialog: the words only when corrected or when nothing matched', () => {
    expect(statusText(answer(5), 'mailbox', en.browser, 'en', { terse: true })).toBe('5 results');
    expect(statusText(answer(5, 'thunderbird'), 'thundrbird', en.browser, 'en', { terse: true })).toBe('5 results for “thunderbird”');
    expect(statusText(answer(0), 'zzqxv', en.browser, 'en', { terse: true })).toBe('No results for “zzqxv”');
  });
});
