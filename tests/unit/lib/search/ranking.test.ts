import { describe, expect, it } from 'vitest';
import { boostByTitle, pageMatches, plausibleMatch, rankResults, type Run } from '../../../../src/lib/search/ranking.ts';

const run = (slot: number, alternative: number, results: Array<[string, number]>): Run => ({
  slot, alternative, results: results.map(([id, score]) => ({ id, score })),
});

describe('rankResults', () => {
  it('ranks a page that matches every word above one that matches fewer, at equal strength', () => {
    const ranked = rankResults([run(0, 0, [['a', 2], ['b', 2]]), run(1, 0, [['a', 2]])], 2);
    expect(ranked.map((r) => [r.id, r.coverage])).toEqual([['a', 2], ['b', 1]]);
  });

  it('lets a page missing a weak word win when it is far stronger on the others', () => {
    // "bring my emails over from my old provider": the migration article has no "old" but is all about "bring".
    const ranked = rankResults([
      run(0, 0, [['migration', 9.4], ['settings', 1.5]]),
      run(1, 0, [['migration', 0.3], ['settings', 0.3]]),
      run(2, 0, [['settings', 1.9]]),
      run(3, 0, [['migration', 1.2], ['settings', 1.0]]),
    ], 4);
    expect(ranked[0]!.id).toBe('migration');
  });

  it('counts a synonym a little less than the word as typed, and a word once however many alternatives match', () => {
    const ranked = rankResults([run(0, 0, [['typed', 4]]), run(0, 1, [['synonym', 4], ['typed', 4]])], 1);
    expect(ranked.map((r) => [r.id, r.coverage, r.score])).toEqual([['typed', 1, 4], ['synonym', 1, 3.4]]);
  });

  it('does not count a passing mention of a word as covering it', () => {
    // "bring my emails over from my old provider": the settings article has every word, but "bring" only
    // through a passing "transfer"; the migration article lacks "old" but is about bringing data over.
    const ranked = rankResults([
      run(0, 0, [['migration', 6.7]]),
      run(0, 2, [['migration', 7.5], ['settings', 1.5]]),
      run(1, 0, [['migration', 0.23], ['settings', 0.26]]),
      run(2, 0, [['settings', 1.9]]),
      run(3, 0, [['migration', 0.83], ['settings', 0.7]]),
    ], 4);
    expect(ranked.map((r) => r.id)).toEqual(['migration', 'settings']);
  });

  it('lists no page when nothing matched', () => {
    expect(rankResults([run(0, 0, []), run(1, 0, [])], 2)).toEqual([]);
  });
});

describe('boostByTitle', () => {
  it('puts the article titled with the query above one that only mentions it, when scores tie', () => {
    const ranked = [{ id: 'hosting', coverage: 2, score: 10 }, { id: 'emails', coverage: 2, score: 10 }];
    // "restore" is in both titles, "emails" only in one.
    const inTitle = new Map([['hosting', new Set([0])], ['emails', new Set([0, 1])]]);
    expect(boostByTitle(ranked, inTitle, 2).map((r) => r.id)).toEqual(['emails', 'hosting']);
  });

  it('lifts a page a little below another when its title says the query', () => {
    const ranked = [{ id: 'other', coverage: 1, score: 10 }, { id: 'spam', coverage: 1, score: 9 }];
    expect(boostByTitle(ranked, new Map([['spam', new Set([0])]]), 1).map((r) => r.id)).toEqual(['spam', 'other']);
  });

  it('prefers, of two titles that both say the query, the one that is mostly the query', () => {
    const ranked = [{ id: 'hosting', coverage: 2, score: 10 }, { id: 'emails', coverage: 2, score: 9.8 }];
    const inTitle = new Map([['hosting', new Set([0, 1])], ['emails', new Set([0, 1])]]);
    // "Restore web hosting, email and domain backups" (7 words) against "Restore deleted emails" (3).
    const titleWords = new Map([['hosting', 7], ['emails', 3]]);
    expect(boostByTitle(ranked, inTitle, 2, titleWords).map((r) => r.id)).toEqual(['emails', 'hosting']);
    expect(boostByTitle(ranked, inTitle, 2).map((r) => r.id)).toEqual(['hosting', 'emails']);
  });
});

describe('pageMatches', () => {
  const result = (id: string, words: number[], matchedMetaFields?: string[]) => ({ id, words, matchedMetaFields });

  it('gathers, by page, the words and terms that found it and the words of the query (any alternative) in its title', () => {
    const first = result('a', [1, 2], ['title']);
    const runs = [
      { slot: 0, term: 'restore', results: [first, result('b', [7])] },
      { slot: 1, term: 'emails', results: [result('a', [2, 5], ['title']), result('b', [8], ['topic'])] },
      // An alternative of the second word (a synonym) found in b's title.
      { slot: 1, term: 'mail', results: [result('b', [9], ['title'])] },
    ];
    const found = pageMatches(runs, ['a', 'b']);
    expect(found.get('a')).toEqual({ result: first, words: new Set([1, 2, 5]), terms: new Set(['restore', 'emails']), titleSlots: new Set([0, 1]) });
    expect(found.get('a')!.result).toBe(first);
    expect(found.get('b')).toMatchObject({ words: new Set([7, 8, 9]), terms: new Set(['restore', 'emails', 'mail']), titleSlots: new Set([1]) });
  });

  it('looks only at the pages it is asked about', () => {
    const runs = [{ slot: 0, term: 'spam', results: [result('a', [1], ['title']), result('b', [2], ['title'])] }];
    expect([...pageMatches(runs, ['b', 'c']).keys()]).toEqual(['b']);
  });
});

describe('plausibleMatch', () => {
  it.each([
    ['restore', 'how to <mark>restore</mark> emails', true],
    ['restoring', 'how to <mark>restore</mark> emails', true],
    ['resto', 'how to <mark>restore</mark> emails', true],
    ['emails', 'your <mark>email</mark> software', true],
    ['535', 'error <mark>535</mark> 5.7.0', true],
    ['mail.infomaniak.com', 'use <mark>mail.infomaniak.com</mark> as server', true],
    ['zzqxv', 'the A key may type the letter <mark>Z,</mark> the Q key', false],
    ['xyzzy', 'the address <mark>toto@abc.xyz</mark> and', false],
    ['anything', 'an excerpt without marks (matched in the title)', true],
  ])('judges %j against %j: %s', (term, excerpt, expected) => {
    expect(plausibleMatch(term, excerpt)).toBe(expected);
  });
});
