import { describe, expect, it } from 'vitest';
import { closest, ContentError, editDistance, formatProblem, problemsOf } from '../../../src/lib/problems.ts';

describe('formatProblem', () => {
  it('prefixes the message with file, line and column', () => {
    expect(formatProblem({ file: 'content/articles/spam/x.mdx', line: 4, column: 9, message: 'bad topic' }))
      .toBe('content/articles/spam/x.mdx:4:9: bad topic');
  });

  it('uses column 1 when only the line is known', () => {
    expect(formatProblem({ file: 'a.mdx', line: 3, message: 'wrong' })).toBe('a.mdx:3:1: wrong');
  });

  it('names the file alone when no line is known', () => {
    expect(formatProblem({ file: 'content/featured.yaml', message: 'wrong' })).toBe('content/featured.yaml: wrong');
  });

  it('adds the hint on an indented second line', () => {
    expect(formatProblem({ file: 'a.mdx', line: 2, message: 'unknown topic "spma"', hint: 'did you mean "spam"?' }))
      .toBe('a.mdx:2:1: unknown topic "spma"\n    hint: did you mean "spam"?');
  });
});

describe('ContentError', () => {
  it('counts a single problem in the singular', () => {
    const error = new ContentError([{ file: 'a.mdx', line: 2, message: 'wrong' }]);
    expect(error.message).toBe('1 content problem:\na.mdx:2:1: wrong');
  });

  it('lists every problem, one per line, under a plural count', () => {
    const problems = [
      { file: 'a.mdx', line: 2, message: 'first', hint: 'fix it' },
      { file: 'b.mdx', message: 'second' },
    ];
    const error = new ContentError(problems);
    expect(error.message).toBe('2 content problems:\na.mdx:2:1: first\n    hint: fix it\nb.mdx: second');
    expect(error.problems).toBe(problems);
  });

  it('is an Error named ContentError', () => {
    const error = new ContentError([{ file: 'a.mdx', message: 'wrong' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['spam', 'spam', 0],
    // Two letters swapped are one typing mistake, not two.
    ['spam', 'spma', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['1007', '1070', 1],
    ['1007', '1700', 2],
    ['Spam', 'spam', 1],
  ])('between "%s" and "%s" is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const topics = ['email-delivery', 'email-software', 'spam', 'backups'];

  it.each([
    ['emial-delivery', 'email-delivery'],
    ['email-sofware', 'email-software'],
    ['spma', 'spam'],
    ['Backups', 'backups'],
    ['backup', 'backups'],
  ])('suggests the candidate closest to "%s"', (input, expected) => {
    expect(closest(input, topics)).toBe(expected);
  });

  it('suggests nothing when no candidate is a plausible typo', () => {
    expect(closest('billing', topics)).toBeUndefined();
  });

  it('suggests nothing without candidates', () => {
    expect(closest('spam', [])).toBeUndefined();
  });

  it('allows two edits for short inputs and a third of the length for long ones', () => {
    expect(closest('ab', ['xy'])).toBe('xy');
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi');
    expect(closest('abcdefghi', ['abwxyzghi'])).toBeUndefined();
  });

  it('keeps the first of equally close candidates', () => {
    expect(closest('1003', ['1001', '1002'])).toBe('1001');
  });
});

describe('problemsOf', () => {
  const problem = { file: 'content/published.json', message: 'article 2002 no longer exists' };
  it('reads the problems of a ContentError', () => {
    expect(problemsOf(new ContentError([problem]))).toEqual([problem]);
  });
  it('finds them under the error Astro wraps around a hook that threw one', () => {
    expect(problemsOf(new Error('An unhandled error occurred while running a hook', { cause: new ContentError([problem]) }))).toEqual([problem]);
  });
  it('reads a copy of the class by its shape (an integration loaded through Vite)', () => {
    expect(problemsOf(Object.assign(new Error('1 content problem:'), { problems: [problem] }))).toEqual([problem]);
  });
  it('is undefined for any other failure', () => {
    expect(problemsOf(new Error('disk full'))).toBeUndefined();
    expect(problemsOf('a string')).toBeUndefined();
    expect(problemsOf(Object.assign(new Error('x'), { problems: [] }))).toBeUndefined();
  });
});
