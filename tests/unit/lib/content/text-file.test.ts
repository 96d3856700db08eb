import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/lib/problems.ts';
import { decodeText, invalidUtf8Problem } from '../../../../src/lib/content/text-file.ts';

const file = 'content/articles/spam/x.mdx';
const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads a file saved with a byte order mark and Windows line endings like a plain UTF-8 one', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '---\r\nid: 1\r\n---\r\n\r\nBody.\r\n'), file)).toBe('---\nid: 1\n---\n\nBody.\n');
  });

  it('keeps accented letters, a lone carriage return and a U+FFFD the author really wrote', () => {
    expect(decodeText(bytes('Réglages\rsuite � fin\n'), file)).toBe('Réglages\rsuite � fin\n');
  });

  it('keeps a byte order mark that is not at the start (it is text there)', () => {
    expect(decodeText(bytes('a\uFEFFb'), file)).toBe('a\uFEFFb');
  });

  it('refuses a file that is not UTF-8 at the line and column of the first bad byte', () => {
    // "Réglages" saved as Windows-1252: é is the single byte 0xE9.
    const latin1 = bytes('---\nid: 1\n---\n\nOpen ', 'R', [0xe9], 'glages and then é.\n');
    expect(() => decodeText(latin1, file)).toThrow(/content\/articles\/spam\/x\.mdx:5:7: the file is not valid UTF-8 \(byte 0xE9\)/);
  });
});

describe('invalidUtf8Problem', () => {
  it.each([
    ['a Latin-1 byte on line 1', bytes('ab', [0xe9], 'c'), 1, 3, 'E9'],
    ['after multi-byte letters and an emoji', bytes('é😀x', [0xff]), 1, 4, 'FF'],
    ['after a real U+FFFD', bytes('\n\n�', [0x80]), 3, 2, '80'],
    ['a truncated multi-byte letter at the end', bytes('ok\n', [0xc3]), 2, 1, 'C3'],
    ['after a byte order mark, which takes no column', bytes([0xef, 0xbb, 0xbf], 'ab', [0xe9]), 1, 3, 'E9'],
  ])('points at %s', (_, input, line, column, byte) => {
    const problem = invalidUtf8Problem(input, file);
    expect(problem).toMatchObject({ file, line, column });
    expect(formatProblem(problem)).toContain(`the file is not valid UTF-8 (byte 0x${byte})`);
    expect(problem.hint).toMatch(/save it again with the UTF-8 encoding/);
  });
});
