import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkRegistry } from '../../../src/lib/links/link-registry.ts';
import { compileArticle, parserProblem } from '../../../src/plugins/compile-article.ts';
import { markdownPipeline } from '../../../src/plugins/index.ts';

const contentDir = path.resolve('tests/fixtures/sites/moved/content');
const file = path.join(contentDir, 'articles/backups/new-article.mdx');
const available = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';

async function compile(body: string, frontmatter: Record<string, unknown> = {}) {
  return compileArticle(body, file, frontmatter, markdownPipeline({ contentDir, registry: new LinkRegistry() }));
}

describe('compileArticle', () => {
  it('compiles an article that follows the rules, with no problems', async () => {
    const compiled = await compile('\n\n\nSee [how to recover emails](/2001).\n\n## Steps {#steps}\n\n<Steps>\n\n1. Open\n\n</Steps>\n');
    expect(compiled.problems).toEqual([]);
    expect(compiled.code).toContain('/backups/recover-emails/');
  });

  it('returns every problem of the file with its position', async () => {
    const body = [
      '', '', '', // the blanked frontmatter
      '## Restore {#restore}', // 4
      '',
      'See [here](/2001) and [the guide](/2999).', // 6
      '',
      '![](./missing.png)', // 8
      '',
      '### Restore again {#restore}', // 10
      '',
      '<Calout>Hi</Calout>', // 12
    ].join('\n');
    const compiled = await compile(body, { anchorAliases: { old: 'nowhere' } });
    expect(compiled.code).toBeUndefined();
    const byPosition = [...compiled.problems].sort((a, b) => a.line! - b.line! || a.column! - b.column! || a.ruleId.localeCompare(b.ruleId));
    expect(byPosition).toEqual([
      { line: 1, column: 1, ruleId: 'anchor-alias', reason: 'anchorAliases: #old points to #nowhere, which this article does not have' },
      { line: 6, column: 5, ruleId: 'link-text', reason: 'Link text "here" does not say where it goes: name the target, as in "[how to restore deleted emails](/1007)"' },
      { line: 6, column: 23, ruleId: 'cross-link', reason: 'Unknown article id in link `/2999`' },
      { line: 8, column: 1, ruleId: 'image-alt', reason: 'Image `./missing.png` has no alt text: describe what it shows, as in `![The Restore button](./missing.png)`' },
      { line: 8, column: 1, ruleId: 'missing-image', reason: 'Image `./missing.png` not found next to the article: check the file name, or add the image to that folder' },
      { line: 10, column: 1, ruleId: 'duplicate-anchor', reason: 'Duplicate anchor `#restore`: two headings are pinned to it' },
      { line: 12, column: 1, ruleId: 'unknown-component', reason: `Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${available}` },
    ]);
  });

  it('rewrites pinned anchors before it parses, as the site does', async () => {
    expect((await compile('## Restore {#restore}\n\n## Again {#restore}\n')).problems)
      .toEqual([{ line: 3, column: 1, ruleId: 'duplicate-anchor', reason: 'Duplicate anchor `#restore`: two headings are pinned to it' }]);
  });

  it('returns the parser error as a problem at its position', async () => {
    expect((await compile('Intro.\n\n<Callout type={"a" +}>x</Callout>\n')).problems).toEqual([
      { line: 3, column: 21, ruleId: 'mdx-syntax', reason: 'Could not parse expression with oxc: Unexpected token' },
    ]);
  });

  it('returns an unclosed element as a problem at the element', async () => {
    expect((await compile('Intro.\n\n<div>\n\nText.\n')).problems).toEqual([
      { line: 3, column: 1, ruleId: 'mdx-syntax', reason: 'Expected a closing tag for `<div>`' },
    ]);
  });
});

describe('parserProblem', () => {
  it('reads the position the parser puts before its message, and drops its rule name', () => {
    expect(parserProblem(new Error('10:25: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)')))
      .toEqual({ line: 10, column: 25, reason: 'Could not parse expression with oxc: Unexpected token', ruleId: 'mdx-syntax' });
  });

  it('drops the repeated position and keeps only the first line', () => {
    expect(parserProblem(new Error('3:1-3:6: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)\n    at parse')))
      .toEqual({ line: 3, column: 1, reason: 'Expected a closing tag for `<div>`', ruleId: 'mdx-syntax' });
  });

  it('names a failure without a position as the compiler\'s, with a hint, never `undefined:undefined`', () => {
    const hint = 'the Markdown compiler failed on this file: simplify the part you changed last, and report it if the file looks right';
    expect(parserProblem(new RangeError('Maximum call stack size exceeded'))).toEqual({ reason: 'Maximum call stack size exceeded', ruleId: 'compiler', hint });
    expect(parserProblem('not an error')).toEqual({ reason: 'not an error', ruleId: 'compiler', hint });
  });
});

describe('compileArticle on pathological files', () => {
  // Each of these crashes the native parser (a segmentation fault) when compiled.
  it.each([
    ['a list nested 5,000 deep', Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), 202, 'text indented 402 columns (lists nested too deep)'],
    ['20,000 nested elements', `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`, 1, 'elements nested 101 deep'],
  ])('refuses %s at its line instead of crashing', async (_what, body, line, reason) => {
    const { problems } = await compile(body);
    expect(problems).toEqual([expect.objectContaining({ line, ruleId: 'nesting', reason: expect.stringContaining(reason) })]);
  });

  it('compiles an enormous paragraph', async () => {
    expect((await compile('word '.repeat(200_000))).problems).toEqual([]);
  });
});
