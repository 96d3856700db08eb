import { describe, expect, it } from 'vitest';
import type { MdastPluginDefinition } from 'satteri';
import { ArticleProblemsError, failOnProblems, problemsOf, reportProblem } from '../../../src/plugins/problems.ts';
import { failure, render } from './render.ts';

const at = (line: number, column: number) => ({ position: { start: { line, column } } });

describe('reportProblem', () => {
  it('records the problem at the start of the node, after those recorded before', () => {
    const ctx = { data: {} };
    reportProblem(ctx, 'First', at(3, 5), 'cross-link');
    reportProblem(ctx, 'Second', at(1, 1), 'image-alt');
    expect(problemsOf(ctx.data)).toEqual([
      { reason: 'First', line: 3, column: 5, ruleId: 'cross-link' },
      { reason: 'Second', line: 1, column: 1, ruleId: 'image-alt' },
    ]);
  });

  it('records a problem of the whole file without a position', () => {
    const ctx = { data: {} };
    reportProblem(ctx, 'No node', undefined, 'content');
    expect(problemsOf(ctx.data)).toEqual([{ reason: 'No node', line: undefined, column: undefined, ruleId: 'content' }]);
  });

  it('gives no problems for a document where none were recorded', () => {
    expect(problemsOf({})).toEqual([]);
  });
});

describe('ArticleProblemsError', () => {
  const problems = [
    { reason: 'Unknown article id in link `/1008`', line: 3, column: 5, ruleId: 'cross-link' },
    { reason: 'Image `a.png` has no alt text', line: 7, column: 1, ruleId: 'image-alt' },
    { reason: 'Raw `<script>` is not allowed', line: 9, column: 1, ruleId: 'no-raw-html' },
  ];

  it('says the first problem, at its line and column, and counts the others', () => {
    const error = new ArticleProblemsError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ArticleProblemsError', line: 3, column: 5, ruleId: 'cross-link',
      message: 'Unknown article id in link `/1008` (and 2 more in this file: npm run check lists them all)',
    });
  });

  it('carries every problem for the content lint', () => {
    expect(new ArticleProblemsError(problems).problems).toEqual(problems);
  });

  it('counts a single other problem, and says a lone problem without a count', () => {
    expect(new ArticleProblemsError(problems.slice(1))).toMatchObject({
      message: 'Image `a.png` has no alt text (and 1 more in this file: npm run check lists them all)',
    });
    expect(new ArticleProblemsError(problems.slice(2)).message).toBe('Raw `<script>` is not allowed');
  });

  it('has no position when its first problem has none', () => {
    const error = new ArticleProblemsError([{ reason: 'Whole file', line: undefined, column: undefined, ruleId: 'content' }]);
    expect(error.line).toBeUndefined();
    expect(error.column).toBeUndefined();
  });
});

describe('failOnProblems', () => {
  // Records one problem per paragraph, at the paragraph: stands for any rule of the site.
  const everyParagraph: MdastPluginDefinition = {
    name: 'test-every-paragraph',
    options: { position: true },
    paragraph(node, ctx) {
      reportProblem(ctx, `Paragraph "${ctx.textContent(node)}"`, node, 'test-rule');
    },
  };

  it('stops the compile with every problem the plugins before it recorded', async () => {
    const error = await failure('One.\n\n  Two.\n', { mdastPlugins: [everyParagraph, failOnProblems] });
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({
      line: 1, column: 1, ruleId: 'test-rule',
      message: 'Paragraph "One." (and 1 more in this file: npm run check lists them all)',
      problems: [
        { reason: 'Paragraph "One."', line: 1, column: 1, ruleId: 'test-rule' },
        { reason: 'Paragraph "Two."', line: 3, column: 3, ruleId: 'test-rule' },
      ],
    });
  });

  it('lets a document without problems compile', async () => {
    expect(await render('# Title\n', { mdastPlugins: [everyParagraph, failOnProblems] })).toEqual({ html: '<h1>Title</h1>', problems: [] });
  });
});
