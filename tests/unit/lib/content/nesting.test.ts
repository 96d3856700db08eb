import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingProblem } from '../../../../src/lib/content/nesting.ts';

const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 4)}- level ${i + 1}`).join('\n');

describe('nestingProblem', () => {
  it('accepts the nesting real articles use', () => {
    expect(nestingProblem(`# Title\n\n${list(6)}\n\n> > quoted\n\n<Tabs>\n<Tab>\n<Steps>\n1. a\n</Steps>\n</Tab>\n</Tabs>\n`)).toBeUndefined();
  });

  it('refuses block quotes nested deeper than the limit, at their line', () => {
    expect(nestingProblem(`Intro\n\n${'>'.repeat(MAX_NESTING + 1)} deep\n`)).toMatchObject({ line: 3, column: 1, reason: expect.stringMatching(/^101 nested block quotes: articles may nest at most 100 levels/) });
  });

  it('refuses lists indented beyond the limit', () => {
    expect(nestingProblem(list(150))).toMatchObject({ line: 102, column: 1, reason: expect.stringMatching(/^text indented 404 columns \(lists nested too deep\): articles may nest/) });
  });

  it('refuses elements nested beyond the limit, at the element', () => {
    expect(nestingProblem(`text\n${'<div>'.repeat(MAX_NESTING + 1)}`)).toMatchObject({ line: 2, column: MAX_NESTING * 5 + 1, reason: expect.stringContaining('elements nested 101 deep') });
  });

  it('counts closed and self-closing elements out again', () => {
    expect(nestingProblem(`${'<Kbd>x</Kbd> <br/> '.repeat(500)}\n`)).toBeUndefined();
  });

  it('ignores tags inside code blocks', () => {
    expect(nestingProblem(`\`\`\`html\n${'<div>\n'.repeat(300)}\`\`\`\n`)).toBeUndefined();
  });
});
