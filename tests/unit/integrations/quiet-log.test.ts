import { describe, expect, it } from 'vitest';
import { isHarmlessWarning } from '../../../src/integrations/quiet-log.ts';

describe('isHarmlessWarning', () => {
  it('silences the directive warning rolldown gives for every MDX module', () => {
    expect(isHarmlessWarning({
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'The semantics of the module level directive "use astro:head-inject" in "content/articles/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    })).toBe(true);
  });

  it.each([
    ['the same code about another directive', { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.ts" may not be preserved' }],
    ['another warning about the same directive', { code: 'EVAL', message: '"use astro:head-inject"' }],
    ['a warning without a code', { message: 'something' }],
  ])('keeps %s visible', (_what, warning) => {
    expect(isHarmlessWarning(warning)).toBe(false);
  });
});
