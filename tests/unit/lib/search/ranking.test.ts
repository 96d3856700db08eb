import { describe, expect, it } from 'vitest';
import { boostByTitle, negationsTogether, pageMatches, plausibleMatch, rankResults, wordSpecificity, type Run } from '../../../../src/lib/search/ranking.ts';

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

describe('boostByTitle, by how specific the words are', () => {
  it('gives nothing for a title word every page has: "mail" does not make the phone-app page the answer', () => {
    // "cant send mail from iphone": slot 1 ("mail") is on every page, slot 2 ("iphone") on a few.
    const ranked = [{ id: 'app', coverage: 3, score: 10 }, { id: 'settings', coverage: 3, score: 9.8 }];
    const inTitle = new Map([['app', new Set([1])]]);
    expect(boostByTitle(ranked, inTitle, 3, new Map(), [0.8, 0, 0.7]).map((r) => r.id)).toEqual(['app', 'settings']);
    expect(boostByTitle(ranked, inTitle, 3, new Map(), [0.8, 0, 0.7])[0]!.score).toBe(10);
    // Without the specificity the title's "mail" counted like any word.
    expect(boostByTitle(ranked, inTitle, 3)[0]!.score).toBeGreaterThan(10);
  });

  it('still prefers the title that says a query of common words only', () => {
    const ranked = [{ id: 'other', coverage: 1, score: 10 }, { id: 'titled', coverage: 1, score: 9 }];
    expect(boostByTitle(ranked, new Map([['titled', new Set([0])]]), 1, new Map(), [0]).map((r) => r.id)).toEqual(['titled', 'other']);
  });
});

describe('wordSpecificity', () => {
  it('is 0 for a word every page has, near 1 for a word of one page, by its best alternative', () => {
    const runs = [
      { slot: 0, results: new Array(16).fill(0) },
      { slot: 1, results: [0] },
      { slot: 1, results: [0, 0, 0, 0] },
    ];
    const [common, rare] = wordSpecificity(runs, 2, 16);
    expect(common).toBe(0);
    expect(rare).toBeCloseTo(Math.sqrt(0.75));
  });
});

describe('negationsTogether', () => {
  const result = (id: string, score: number, words: number[]) => ({ id, score, words });

  it('keeps the score of pages where the negation and its word touch, halves the others', () => {
    const runs = [
      { slot: 0, alternative: 0, results: [result('troubleshooting', 4, [58, 59, 200]), result('app', 2.3, [14, 307])] },
      { slot: 0, alternative: 1, results: [result('app', 2, [307])] },
      { slot: 1, alternative: 0, results: [result('app', 5, [3, 90])] },
    ];
    const [negation, alternative, other] = negationsTogether(runs, new Set([0]));
    expect(negation!.results.map((r) => r.score)).toEqual([4, 1.15]);
    // Only the negation's own search is judged, and only in negated slots.
    expect(alternative!.results[0]!.score).toBe(2);
    expect(other!.results[0]!.score).toBe(5);
  });

  it('measures the distance between the negation and its word from their own searches, within the language\'s window', () => {
    // "no puedo enviar": "no" at 63, "enviar" at 65. Two "enviar" side by side say no negation.
    const runs = [
      { slot: 0, alternative: 0, term: 'no enviar', results: [result('software', 2, [63, 65]), result('spam', 3, [10, 11, 90])] },
      { slot: 0, alternative: 1, term: 'enviar', results: [result('software', 1, [65]), result('spam', 4, [10, 11])] },
      { slot: 0, alternative: 2, term: 'no', results: [result('software', 1, [63]), result('spam', 1, [90])] },
    ];
    expect(negationsTogether(runs, new Set([0]), 2)[0]!.results.map((r) => r.score)).toEqual([2, 1.5]);
    expect(negationsTogether(runs, new Set([0]), 1)[0]!.results.map((r) => r.score)).toEqual([1, 1.5]);
  });

  it('counts the negation\'s words alone as it counts them apart: half', () => {
    const runs = [
      { slot: 0, alternative: 0, term: 'impossibile inviare', results: [result('software', 3, [7, 8])] },
      { slot: 0, alternative: 1, term: 'inviare', results: [result('spam', 3.6, [2]), result('software', 1, [8])] },
      { slot: 0, alternative: 2, term: 'impossibile', results: [result('software', 1, [7])] },
      { slot: 0, alternative: 3, term: 'smtp', results: [result('software', 1, [40])] },
    ];
    expect(negationsTogether(runs, new Set([0])).map((r) => r.weight)).toEqual([undefined, 0.5, 0.5, undefined]);
    // "inviate" in the spam page's title no longer outweighs the page that says "impossibile inviare".
    expect(rankResults(negationsTogether(runs, new Set([0])), 1).map((r) => r.id)).toEqual(['software', 'spam']);
    expect(rankResults(runs, 1).map((r) => r.id)).toEqual(['spam', 'software']);
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

  it('does not count a negation in a title that does not say it: "Reduce the spam you receive" is not about not receiving', () => {
    const runs = [
      { slot: 0, alternative: 0, term: 'cannot receiving', results: [result('software', [5, 6], ['title']), result('spam', [3, 9], ['title'])] },
      { slot: 0, alternative: 1, term: 'receiving', results: [result('spam', [3], ['title'])] },
      // Only the software page's title says "cannot" ("Cannot receive email").
      { slot: 0, alternative: 2, term: 'cannot', results: [result('software', [5], ['title']), result('spam', [9])] },
    ];
    const found = pageMatches(runs, ['software', 'spam'], new Set([0]));
    expect(found.get('software')!.titleSlots).toEqual(new Set([0]));
    expect(found.get('spam')!.titleSlots).toEqual(new Set());
    expect(pageMatches(runs, ['spam']).get('spam')!.titleSlots).toEqual(new Set([0]));
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
