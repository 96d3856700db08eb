import { describe, expect, it } from 'vitest';
import { buildVocabulary, Mark, readVocabulary, withForeignWords } from '../../../../src/lib/search/vocabulary.ts';

const page = {
  id: 'en_1',
  url: '/spam/reduce/',
  meta: { title: 'Reduce spam' },
  content: 'Reduce spam. Junk mail · phishing. Spam filter. Turn on the spam filter, it sorts spam.',
  anchors: [
    { element: 'div', id: 'search-terms', location: 2 },
    { element: 'span', id: 'search-terms-end', location: 6 },
    { element: 'h2', id: 'filter', text: 'Spam filter.', location: 6 },
  ],
};

describe('buildVocabulary', () => {
  it('counts every word of the index, marks title and keyword words, and ranks them first', () => {
    const { words, titleWords } = readVocabulary(buildVocabulary([page]));
    expect(words.slice(0, 2)).toEqual([
      { word: 'spam', count: 4, mark: Mark.Title },
      { word: 'reduce', count: 1, mark: Mark.Title },
    ]);
    expect(words.find((w) => w.word === 'phishing')).toEqual({ word: 'phishing', count: 1, mark: Mark.Keyword });
    expect(words.find((w) => w.word === 'filter')).toEqual({ word: 'filter', count: 2, mark: Mark.Keyword });
    expect(words.find((w) => w.word === 'sorts')).toEqual({ word: 'sorts', count: 1, mark: Mark.Body });
    // Of the title only its length, for ranking: the titles themselves were most of the file's bytes.
    expect(titleWords.get('en_1')).toBe(2);
    expect(JSON.stringify(buildVocabulary([page]))).not.toContain('Reduce spam');
  });

  it('reads a missing or malformed file as an empty vocabulary', () => {
    expect(readVocabulary(null).words).toEqual([]);
    expect(readVocabulary({ words: 3 } as never).words).toEqual([]);
  });
});

describe('withForeignWords', () => {
  it('gives each language the title, keyword and heading words of the others that it lacks, not their body words', () => {
    const file = (words: string, marks: string) => ({ words, counts: words.split(' ').map(() => 1), marks, titleWords: {} });
    const both = withForeignWords({ en: file('password forgotten reset', '200'), fr: file('mot passe oublié texte', '2210') });
    expect(readVocabulary(both.en).foreign).toEqual(new Set(['mot', 'oublié', 'passe']));
    expect(readVocabulary(both.fr).foreign).toEqual(new Set(['password']));
  });
});
