import { describe, expect, it } from 'vitest';
import { ArticleProblemsError, failOnProblems } from '../../../src/plugins/problems.ts';
import { rehypeAnchorAliases } from '../../../src/plugins/rehype-anchor-aliases.ts';
import { remarkAnchorAliases } from '../../../src/plugins/remark-anchor-aliases.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { remarkSteps } from '../../../src/plugins/remark-steps.ts';
import { failure as compileFailure, render } from './render.ts';

const path = 'content/articles/backups/restore-deleted-emails.mdx';
const pipeline = {
  mdastPlugins: [...remarkHeadingIds(), remarkSteps(), remarkAnchorAliases(), failOnProblems],
  hastPlugins: [rehypeAnchorAliases()],
  path,
};

async function html(source: string, frontmatter?: Record<string, unknown>): Promise<string> {
  return (await render(source, { ...pipeline, frontmatter })).html;
}

async function failure(source: string, frontmatter?: Record<string, unknown>): Promise<unknown> {
  return compileFailure(source, { ...pipeline, frontmatter });
}

const article = '## Users of POP3 {#users-of-pop3}\n\nText.\n\n## Restore {#restore}\n\n<Steps>\n\n1. Open\n2. Restore\n\n</Steps>\n';

describe('remarkAnchorAliases and rehypeAnchorAliases', () => {
  it('gives a heading an empty target for the old anchor at its start', async () => {
    expect(await html('## Users of POP3 {#users-of-pop3}\n', { anchorAliases: { pop3: 'users-of-pop3' } }))
      .toBe('<h2 id="users-of-pop3"><span id="pop3"></span>Users of POP3</h2>');
  });

  it('gives a step the target of an alias', async () => {
    expect(await html(article, { anchorAliases: { 'old-step': 'restore-step-2' } }))
      .toContain('<li id="restore-step-2" class="step"><span id="old-step"></span>Restore</li>');
  });

  it('places several aliases of one element in the order written', async () => {
    expect(await html('## Users of POP3 {#users-of-pop3}\n', { anchorAliases: { pop3: 'users-of-pop3', pop: 'users-of-pop3' } }))
      .toBe('<h2 id="users-of-pop3"><span id="pop3"></span><span id="pop"></span>Users of POP3</h2>');
  });

  it('answers to an alias of an automatic heading id', async () => {
    expect(await html('## Before you start\n', { anchorAliases: { prerequisites: 'before-you-start' } }))
      .toBe('<h2 id="before-you-start"><span id="prerequisites"></span>Before you start</h2>');
  });

  it.each([
    ['without frontmatter', undefined],
    ['without anchorAliases', { title: 'Restore deleted emails' }],
    ['with empty anchorAliases', { anchorAliases: {} }],
    ['with anchorAliases that are not a map', { anchorAliases: 'pop3' }],
  ])('leaves the article unchanged %s', async (_, frontmatter) => {
    expect(await html(article, frontmatter)).toBe(await html(article, undefined));
    expect(await html(article, frontmatter)).not.toContain('<span id=');
  });

  it('fails on an alias to an id the article does not have, at the start of the file', async () => {
    const error = await failure(article, { anchorAliases: { pop3: 'users-of-pop' } });
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({
      message: 'anchorAliases: #pop3 points to #users-of-pop, which this article does not have',
      line: 1, column: 1, ruleId: 'anchor-alias',
      problems: [{ reason: 'anchorAliases: #pop3 points to #users-of-pop, which this article does not have', line: 1, column: 1, ruleId: 'anchor-alias' }],
    });
  });

  it.each([
    ['a heading', 'restore'],
    ['a step', 'restore-step-1'],
  ])('fails on an alias that is already the id of %s', async (_, alias) => {
    const error = await failure(article, { anchorAliases: { [alias]: 'users-of-pop3' } });
    expect(error).toMatchObject({
      message: `anchorAliases: #${alias} is already an anchor of this article; remove the alias`,
      line: 1, column: 1, ruleId: 'anchor-alias',
    });
  });

  it('reports the first problem and counts the others', async () => {
    const error = await failure(article, { anchorAliases: { a: 'missing', restore: 'users-of-pop3' } });
    expect(error).toMatchObject({
      message: 'anchorAliases: #a points to #missing, which this article does not have (and 1 more in this file: npm run check lists them all)',
    });
  });

  it('leaves no trace of the aliases property in the HTML', async () => {
    expect(await html(article, { anchorAliases: { pop3: 'users-of-pop3' } })).not.toMatch(/data-anchor-aliases/);
  });
});
