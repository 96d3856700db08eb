import { describe, expect, it } from 'vitest';
import { correctQuery, createCorrector, maxDistance } from '../../../../src/lib/search/correction.ts';
import { Mark, type VocabularyWord } from '../../../../src/lib/search/vocabulary.ts';
import { STEMMERS } from '../../../../src/lib/search/stemmers.ts';

// Sorted as the shipped file is: title words first, then keywords and headings, then by frequency.
const vocabulary: VocabularyWord[] = [
  { word: 'password', count: 40, mark: Mark.Title },
  { word: 'spam', count: 30, mark: Mark.Title },
  { word: 'certificate', count: 25, mark: Mark.Title },
  { word: 'thunderbird', count: 12, mark: Mark.Keyword },
  { word: 'passport', count: 1, mark: Mark.Body },
  { word: 'pass', count: 3, mark: Mark.Body },
  { word: 'arrive', count: 2, mark: Mark.Body },
  { word: 'spf', count: 20, mark: Mark.Keyword },
  { word: 'blog', count: 9, mark: Mark.Body },
  { word: 'block', count: 4, mark: Mark.Body },
];
const corrector = createCorrector(vocabulary, ['junk']);

describe('createCorrector', () => {
  it.each([
    ['passwrod', 'password'],
    ['sapm', 'spam'],
    ['thundrbird', 'thunderbird'],
    ['cerificate', 'certificate'],
  ])('corrects %s to %s', (typed, meant) => {
    expect(corrector.correct(typed)).toBe(meant);
  });

  it('completes the start of a word being typed to the word that stands out among those it begins', () => {
    // "pas": pass 3, passport 1, password 40.
    expect(corrector.complete('pas')).toBe('password');
    expect(corrector.complete('passp')).toBe('passport');
    // "blo": blog 9 against block 4 stands out; "bl" is too short to guess from.
    expect(corrector.complete('blo')).toBe('blog');
    expect(corrector.complete('bl')).toBeUndefined();
    expect(corrector.complete('xyz')).toBeUndefined();
    expect(corrector.has('password')).toBe(true);
    expect(corrector.has('passw')).toBe(false);
  });

  it('knows a synonym\'s key as typed (never corrected), but not as a word of the index', () => {
    // "junk" is kept: the articles never say it. Searched, Pagefind would match a fragment of it.
    expect(corrector.knows('junk')).toBe(true);
    expect(corrector.correct('junk')).toBeUndefined();
    expect(corrector.inIndex('junk')).toBe(false);
    expect(corrector.inIndex('passwords')).toBe(true);
    expect(corrector.inIndex('thund')).toBe(true);
    // One letter ("à" in "à la fois"): the vocabulary leaves such words out.
    expect(corrector.inIndex('à')).toBe(true);
  });

  it('knows another form of a word by the language\'s stemmer: Italian "sposto" (I move) is "spostare", not a typo of "posto"', () => {
    const italian = [
      { word: 'posto', count: 9, mark: Mark.Body },
      { word: 'spostare', count: 3, mark: Mark.Title },
      { word: 'trova', count: 2, mark: Mark.Body },
    ];
    expect(createCorrector(italian, [], STEMMERS.it).correct('sposto')).toBeUndefined();
    expect(createCorrector(italian, [], STEMMERS.it).correct('trovo')).toBeUndefined();
    // The English stemmer, as every language had before, took them for typing mistakes.
    expect(createCorrector(italian).correct('sposto')).toBe('posto');
    expect(createCorrector(italian).correct('trovo')).toBe('trova');
    // A real typing mistake is still corrected.
    expect(createCorrector(italian, [], STEMMERS.it).correct('spostrae')).toBe('spostare');
  });

  it('takes no stem shorter than 4 letters for another form: French "pase" is a slip of "passe", though it stems as "pas"', () => {
    const french = [
      { word: 'passe', count: 9, mark: Mark.Title },
      { word: 'pas', count: 40, mark: Mark.Body },
    ];
    expect(STEMMERS.fr('pase')).toBe('pas');
    expect(createCorrector(french, [], STEMMERS.fr).correct('pase')).toBe('passe');
  });

  it('guesses no completion when none stands out', () => {
    const even = createCorrector([
      { word: 'restore', count: 5, mark: Mark.Title },
      { word: 'restart', count: 5, mark: Mark.Body },
      { word: 'rest', count: 1, mark: Mark.Body },
    ]);
    expect(even.complete('rest')).toBeUndefined();
    expect(even.complete('resto')).toBe('restore');
  });

  it('never corrects a word the index has, another form of it, or the start of a word being typed', () => {
    for (const word of ['pass', 'passport', 'spf', 'passwords', 'arriving', 'thund', 'junk']) expect(corrector.correct(word), word).toBeUndefined();
  });

  it('leaves codes, numbers and words too far from any other as typed', () => {
    for (const word of ['0x800ccc0e', '5.7.1', '421', 'zzqxv', 'qwertyuiop']) expect(corrector.correct(word), word).toBeUndefined();
  });

  it('prefers a title word over a more distant one, and a more frequent word among equals', () => {
    // "passwort" is 1 from "password" and 2 from "passport".
    expect(corrector.correct('passwort')).toBe('password');
    // "blok" is 1 from both "blog" and "block": the more frequent wins.
    expect(corrector.correct('blok')).toBe('blog');
  });

  it('allows one edit in short words and two in long ones', () => {
    expect([2, 3, 5, 6, 12].map(maxDistance)).toEqual([0, 1, 1, 2, 2]);
    expect(corrector.correct('spma')).toBe('spam');
    // Swapping letters that are not neighbours is two edits: too many for a word of four letters.
    expect(corrector.correct('smap')).toBeUndefined();
    expect(corrector.correct('sxyz')).toBeUndefined();
  });

  it('makes two edits only when the first letter is right, so other real words stay as typed', () => {
    expect(corrector.correct('certifcat')).toBe('certificate');
    expect(corrector.correct('xassword')).toBe('password');
    expect(corrector.correct('xasswrod')).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('replaces only the unknown words of the query, keeping the rest as typed', () => {
    expect(correctQuery('Forgot my Passwrod, Thundrbird', corrector, new Set(['my']))).toEqual({
      query: 'Forgot my password, thunderbird',
      corrections: [
        { from: 'passwrod', to: 'password' },
        { from: 'thundrbird', to: 'thunderbird' },
      ],
    });
  });

  it('reports no correction when every word is known', () => {
    expect(correctQuery('spam password', corrector)).toEqual({ query: 'spam password', corrections: [] });
  });
});

describe('a query in another language of the site', () => {
  // The English pages' corrector, and the French words the English pages lack.
  const english = createCorrector([{ word: 'not', count: 50, mark: Mark.Body }, { word: 'password', count: 40, mark: Mark.Title }, { word: 'forgotten', count: 3, mark: Mark.Body }]);
  const french = new Set(['mot', 'passe', 'oublié', 'de']);

  it('is left as typed: "mot" is a French word, not a misspelled "not"', () => {
    expect(correctQuery('mot de passe oublié', english, new Set(), french)).toEqual({ query: 'mot de passe oublié', corrections: [] });
  });

  it('corrects the misspelled words of a query in the page\'s language, but never its words of another language', () => {
    expect(correctQuery('pasword forgoten mot', english, new Set(), french).corrections).toEqual([{ from: 'pasword', to: 'password' }, { from: 'forgoten', to: 'forgotten' }]);
  });
});
