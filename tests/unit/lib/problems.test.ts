import { describe, expect, it } from 'vitest';
import { closest, ContentError, editDistance, formatProblem, locateField } from '../../../src/lib/problems.ts';

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

describe('locateField', () => {
  const source = [
    '---', //                           1
    'id: 1005', //                      2
    'title: Give Support access', //    3
    'topic: account', //                4
    'related: [1010, 1004, 1002]', //   5
    'keywords:', //                     6
    '  - support access', //            7
    '  - 1004', //                      8
    'aliases: [/support-access]', //    9
    '---', //                          10
    '', //                             11
    'id: not frontmatter', //          12
  ].join('\n');

  it.each([
    ['id', 2],
    ['title', 3],
    ['topic', 4],
    ['related', 5],
  ])('finds the top-level field %s on line %i, column 1', (field, line) => {
    expect(locateField(source, field)).toEqual({ line, column: 1 });
  });

  it('returns undefined for a field the source does not have', () => {
    expect(locateField(source, 'order')).toBeUndefined();
  });

  it('does not take a longer key that starts with the field name', () => {
    expect(locateField('identifier: 3\nid: 4\n', 'id')).toEqual({ line: 2, column: 1 });
  });

  it('ignores indented keys of the same name', () => {
    expect(locateField('errors:\n  - topic: x\ntopic: spam\n', 'topic')).toEqual({ line: 3, column: 1 });
  });

  it('points at an item of a flow list', () => {
    expect(locateField(source, 'related', 1004)).toEqual({ line: 5, column: 17 });
  });

  it('points at an item of a block list', () => {
    expect(locateField(source, 'keywords', 1004)).toEqual({ line: 8, column: 5 });
  });

  it('does not take the field name itself for the value', () => {
    expect(locateField('topic: topic\n', 'topic', 'topic')).toEqual({ line: 1, column: 8 });
  });

  it('falls back to the field line when the value is not among its items', () => {
    expect(locateField(source, 'related', 9999)).toEqual({ line: 5, column: 1 });
  });

  it('stops looking for the value at the next top-level field', () => {
    const text = 'related:\n  - 1010\norder: 1004\n';
    expect(locateField(text, 'related', 1004)).toEqual({ line: 1, column: 1 });
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['spam', 'spam', 0],
    ['spam', 'spma', 2],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['1007', '1070', 2],
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

describe('locateField with numbers that contain each other', () => {
  it('points at the list item equal to the value, not at a longer number containing it', () => {
    expect(locateField('related: [10010, 1001]', 'related', 1001)).toEqual({ line: 1, column: 18 });
  });
});
