import { describe, expect, it } from 'vitest';
import { blankFrontmatter, locateField, readFrontmatterWithLines } from '../../../../src/lib/content/frontmatter.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';

const file = 'content/articles/spam/x.mdx';

describe('readFrontmatterWithLines', () => {
  it('reports a file without frontmatter at 1:1', () => {
    const front = readFrontmatterWithLines('# Hello\n\nText.\n', file);
    expect(front.data).toBeUndefined();
    expect(front.lines).toBe(0);
    expect(front.lineOf(['title'])).toBe(1);
    expect(front.problems.map(formatProblem)).toEqual([
      'content/articles/spam/x.mdx:1:1: the file has no frontmatter\n'
      + '    hint: start the file with a --- block giving id, title, description and topic (npm run new writes one)',
    ]);
  });

  it('parses a valid block and counts its lines, fences included', () => {
    const front = readFrontmatterWithLines('---\nid: 1007\ntitle: Restore\n---\n\nBody.\n', file);
    expect(front).toMatchObject({ data: { id: 1007, title: 'Restore' }, lines: 4, problems: [] });
  });

  it.each([
    ['a body', '---\nid: 1\n---\nBody.\n', 3],
    ['no body and no final newline', '---\nid: 1\n---', 3],
    ['Windows line endings', '---\r\nid: 1\r\n---\r\nBody.\r\n', 3],
    ['a byte order mark and Windows line endings', '\uFEFF---\r\nid: 1\r\n---\r\nBody.\r\n', 3],
    ['trailing spaces after the closing fence', '---\nid: 1\n---  \nBody.\n', 3],
    ['an empty block', '---\n---\nBody.\n', 2],
  ])('counts the lines of a block with %s', (_, text, lines) => {
    const front = readFrontmatterWithLines(text, file);
    expect(front.lines).toBe(lines);
    expect(front.problems).toEqual([]);
  });

  it.each([
    ['an unclosed flow sequence', '---\nid: 1\ntitle: [x\n---\n', 3, 10, 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['an unquoted colon', '---\nid: 1\ntitle: Error: mailbox full\n---\n', 3, 8, 'invalid YAML: Nested mappings are not allowed in compact mappings'],
    ['an error on the first field', '---\ntitle: a: b\n---\n', 2, 8, 'invalid YAML: Nested mappings are not allowed in compact mappings'],
  ])('reports %s at its line in the file, counting the opening fence', (_, text, line, column, message) => {
    const front = readFrontmatterWithLines(text, file);
    expect(front.data).toBeUndefined();
    expect(front.problems[0]).toEqual({
      file, line, column, message, hint: 'check the indentation and quote values that contain ":" or "#"',
    });
  });

  it('reports every YAML error, not only the first', () => {
    const front = readFrontmatterWithLines('---\nid: 1\n  title: x\n---\n', file);
    expect(front.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:5: invalid YAML: Nested mappings are not allowed in compact mappings',
      '2:5: invalid YAML: Implicit keys need to be on a single line',
    ]);
  });

  describe('lineOf', () => {
    const text = [
      '---', // 1
      'id: 1003', // 2
      'title: Delivery failure reports', // 3
      'errors:', // 4
      '  - code: 550', // 5
      '    section: mailbox-full', // 6
      '  - code: 535', // 7
      '    section: bad-login', // 8
      '    meaning: >-', // 9
      '      Wrong password.', // 10
      '---', // 11
      '',
      'Body.',
    ].join('\n');
    const front = readFrontmatterWithLines(text, file);

    it.each([
      [['id'], 2],
      [['title'], 3],
      [['errors'], 4],
      [['errors', 0], 5],
      [['errors', 0, 'code'], 5],
      [['errors', 1], 7],
      [['errors', 1, 'section'], 8],
      [['errors', 1, 'meaning'], 9],
    ])('finds %j at line %i', (fieldPath, line) => {
      expect(front.lineOf(fieldPath)).toBe(line);
    });

    it.each([
      [['errors', 1, 'message'], 7, 'a missing field of an item: the item'],
      [['errors', 5, 'section'], 4, 'a missing item: the list'],
      [['keywords'], 1, 'a missing top-level field: line 1'],
      [[], 1, 'the whole frontmatter: line 1'],
    ])('falls back from %j to line %i (%s)', (fieldPath, line) => {
      expect(front.lineOf(fieldPath)).toBe(line);
    });

    it('points at the key, not the value, of a field whose value is on the next line', () => {
      expect(readFrontmatterWithLines('---\nid: 1\ndescription:\n  One sentence.\n---\n', file).lineOf(['description'])).toBe(3);
    });
  });
});

describe('blankFrontmatter', () => {
  it('replaces the frontmatter with blank lines, so body lines keep their numbers', () => {
    const text = '---\nid: 1\ntitle: X\n---\n\n# Heading\n\nText.\n';
    const blanked = blankFrontmatter(text, readFrontmatterWithLines(text, file).lines);
    expect(blanked).toBe('\n\n\n\n\n# Heading\n\nText.\n');
    expect(blanked.split('\n').indexOf('# Heading')).toBe(text.split('\n').indexOf('# Heading'));
  });

  it('returns the text unchanged when there is no frontmatter', () => {
    expect(blankFrontmatter('# Heading\n', 0)).toBe('# Heading\n');
  });

  it('blanks a file that is only frontmatter', () => {
    expect(blankFrontmatter('---\nid: 1\n---', 3)).toBe('\n\n');
  });
});

describe('locateField', () => {
  // The file as the catalog has it: frontmatter fences, then the body, where the same words mean nothing.
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
    expect(locateField('---\nidentifier: 3\nid: 4\n---\n', 'id')).toEqual({ line: 3, column: 1 });
  });

  it('ignores indented keys of the same name', () => {
    expect(locateField('---\nerrors:\n  - topic: x\ntopic: spam\n---\n', 'topic')).toEqual({ line: 4, column: 1 });
  });

  it('points at an item of a flow list', () => {
    expect(locateField(source, 'related', 1004)).toEqual({ line: 5, column: 17 });
  });

  it('points at an item of a block list', () => {
    expect(locateField(source, 'keywords', 1004)).toEqual({ line: 8, column: 5 });
  });

  it('does not take the field name itself for the value', () => {
    expect(locateField('---\ntopic: [topic]\n---\n', 'topic', 'topic')).toEqual({ line: 2, column: 9 });
  });

  it('falls back to the field line when the value is not among its items', () => {
    expect(locateField(source, 'related', 9999)).toEqual({ line: 5, column: 1 });
  });

  it('stops looking for the value at the next top-level field', () => {
    const text = '---\nrelated:\n  - 1010\norder: 1004\n---\n';
    expect(locateField(text, 'related', 1004)).toEqual({ line: 2, column: 1 });
  });
});

describe('locateField with numbers that contain each other', () => {
  it('points at the list item equal to the value, not at a longer number containing it', () => {
    expect(locateField('---\nrelated: [10010, 1001]\n---\n', 'related', 1001)).toEqual({ line: 2, column: 18 });
  });
});
