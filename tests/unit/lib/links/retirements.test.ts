import { describe, expect, it } from 'vitest';
import { parseRetirements } from '../../../../src/lib/links/retirements.ts';

describe('parseRetirements', () => {
  it('reads retired articles and topics', () => {
    const text = [
      'articles:',
      '  1020: 1007   # "Restore a mailbox" was merged into "Restore deleted emails"',
      '  1021: 1003',
      'topics:',
      '  hosting: backups',
      '',
    ].join('\n');
    expect(parseRetirements(text)).toStrictEqual({
      articles: new Map([[1020, 1007], [1021, 1003]]),
      topics: new Map([['hosting', 'backups']]),
    });
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# Nothing retired yet.\n'],
    ['empty maps', 'articles: {}\ntopics: {}\n'],
    ['keys without values', 'articles:\ntopics:\n'],
  ])('reads %s as nothing retired', (_, text) => {
    expect(parseRetirements(text)).toStrictEqual({ articles: new Map(), topics: new Map() });
  });

  it.each([
    ['a list', '- 1020\n'],
    ['plain text', 'hello\n'],
    ['a number', '42\n'],
  ])('refuses %s instead of maps', (_, text) => {
    expect(() => parseRetirements(text)).toThrow(new Error('retired.yaml: expected "articles:" and "topics:" maps'));
  });

  it.each([
    ['a retired id that is not a number', 'articles:\n  restore-mailbox: 1007\n', 'restore-mailbox'],
    ['a negative retired id', 'articles:\n  -1020: 1007\n', '-1020'],
    ['a replacement written as a slug', 'articles:\n  1020: restore-deleted-emails\n', '1020'],
    ['a replacement quoted as a string', 'articles:\n  1020: "1007"\n', '1020'],
    ['a replacement that is not a whole number', 'articles:\n  1020: 10.5\n', '1020'],
    ['a missing replacement', 'articles:\n  1020:\n', '1020'],
  ])('refuses %s', (_, text, from) => {
    expect(() => parseRetirements(text)).toThrow(new Error(`retired.yaml: articles: write "${from}: <id of the replacement>", both article ids`));
  });

  it('refuses an article that replaces itself', () => {
    expect(() => parseRetirements('articles:\n  1020: 1020\n')).toThrow(new Error('retired.yaml: articles: 1020 cannot replace itself'));
  });

  it.each([
    ['a number', 'topics:\n  hosting: 5\n'],
    ['a list', 'topics:\n  hosting: [backups]\n'],
    ['missing', 'topics:\n  hosting:\n'],
  ])('refuses a replacement topic that is %s', (_, text) => {
    expect(() => parseRetirements(text)).toThrow(new Error('retired.yaml: topics: write "hosting: <slug of the replacement topic>"'));
  });

  it('names the file it was given', () => {
    expect(() => parseRetirements('articles:\n  1020: 1020\n', '/site/content/retired.yaml'))
      .toThrow(new Error('/site/content/retired.yaml: articles: 1020 cannot replace itself'));
  });
});

describe('parseRetirements on lists and scalars', () => {
  it.each([['articles: [1007]'], ['topics: [backups]'], ['articles: 5'], ['articles: "x"']])('refuses %s', (text) => {
    expect(() => parseRetirements(text)).toThrow('retired.yaml: expected "articles:" and "topics:" maps');
  });

  it('refuses an id with a leading zero, which would read as another id', () => {
    expect(() => parseRetirements('articles:\n  "007": 1007\n')).toThrow('retired.yaml: articles: write "007: <id of the replacement>", both article ids');
  });
});
