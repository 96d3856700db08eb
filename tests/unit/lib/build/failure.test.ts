import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../../src/lib/build/failure.ts';

describe('describeFailure', () => {
  it("shows the errors inside the bundler's \"Build failed with 1 error:\", with their code frame, without colours", () => {
    // As rolldown throws it when a script of the site does not parse.
    const inner = Object.assign(new Error('\u001b[31m[builtin:vite-transform] \u001b[0mUnexpected token\n     \u001b[38;5;246m╭─[\u001b[0m src/scripts/bounce-analyzer.ts:114:7 \u001b[38;5;246m]\u001b[0m\n 114 │ const = ;\n'), { loc: { line: 114, column: 6 } });
    const error = Object.assign(new Error('Build failed with 1 error:\n\n' + inner.message), { errors: [inner] });
    expect(describeFailure(error)).toBe('[builtin:vite-transform] Unexpected token\n     ╭─[ src/scripts/bounce-analyzer.ts:114:7 ]\n 114 │ const = ;');
  });

  it('names the file, line and column an error points at', () => {
    const error = Object.assign(new Error('Expected "}" but found end of file'), { loc: { file: '/site/src/pages/index.astro', line: 3, column: 9 } });
    expect(describeFailure(error, (f) => f.replace('/site/', ''))).toBe('src/pages/index.astro:3:9: Expected "}" but found end of file');
  });

  it('never prints a stack trace, and cuts a message that runs on', () => {
    const error = new Error(`first\n    at build (file:///x.js:1:1)\n${Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n')}`);
    const text = describeFailure(error);
    expect(text).not.toContain('at build');
    expect(text.split('\n')).toHaveLength(21);
    expect(text.split('\n').at(-1)).toBe('… (11 more lines)');
  });

  it('describes something thrown that is not an Error', () => {
    expect(describeFailure('disk full')).toBe('disk full');
  });
});
