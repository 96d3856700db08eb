import { describe, expect, it } from 'vitest';
import { ArticleProblemsError, failOnProblems } from '../../../src/plugins/problems.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { failure, render } from './render.ts';

const mdastPlugins = [...remarkHeadingIds(), failOnProblems];

/** Compiles MDX as the site does: pins rewritten first, then the pipeline. */
async function html(source: string): Promise<string> {
  return (await render(source, { mdastPlugins })).html;
}

/** The ids of the headings, in document order. */
async function headingIds(source: string): Promise<string[]> {
  return [...(await html(source)).matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1]!);
}

describe('remarkHeadingIds', () => {
  it('gives a pinned heading its pinned id and drops the pin from the text', async () => {
    expect(await html('## Restore from the Mail Service {#restore-from-mail-service}\n'))
      .toBe('<h2 id="restore-from-mail-service">Restore from the Mail Service</h2>');
  });

  it('gives other headings a GitHub-style slug of their text', async () => {
    expect(await html('# Fix error `550 5.1.1`\n\n### What *is* SPF?\n'))
      .toBe('<h1 id="fix-error-550-511">Fix error <code>550 5.1.1</code></h1>\n<h3 id="what-is-spf">What <em>is</em> SPF?</h3>');
  });

  it('numbers repeated headings', async () => {
    expect(await headingIds('## Prerequisites\n\n## Prerequisites\n\n## Prerequisites\n'))
      .toEqual(['prerequisites', 'prerequisites-1', 'prerequisites-2']);
  });

  it('keeps auto slugs clear of pinned ids, even of pins further down', async () => {
    const source = [
      '## Outlook',
      '## Settings',
      '## Settings',
      '## Mail settings {#outlook}',
      '## Other settings {#settings-1}',
    ].join('\n\n');
    expect(await headingIds(source)).toEqual(['outlook-1', 'settings', 'settings-2', 'outlook', 'settings-1']);
  });

  it('lets a pin win over the slug of its own text', async () => {
    expect(await headingIds('## Renamed heading {#original-name}\n\n## Original name\n'))
      .toEqual(['original-name', 'original-name-1']);
  });

  it('gives a heading without text the id "section"', async () => {
    expect(await headingIds('## ?!\n')).toEqual(['section']);
  });

  it('fails on two headings pinned to the same id, naming the second heading', async () => {
    // The frontmatter is blanked as Astro hands the body over: line numbers are those of the file.
    const source = '\n\n\n\n## Restore {#restore}\n\nText.\n\n### Restore again {#restore}\n';
    const error = await failure(source, { mdastPlugins });
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({
      line: 9, column: 1, ruleId: 'duplicate-anchor',
      message: 'Duplicate anchor `#restore`: two headings are pinned to it',
    });
  });

  it('records the duplicate without stopping the compile when failOnProblems is not in the pipeline', async () => {
    const { problems } = await render('## A {#a}\n\n## B {#a}\n', { mdastPlugins: remarkHeadingIds() });
    expect(problems).toEqual([{ reason: 'Duplicate anchor `#a`: two headings are pinned to it', line: 3, column: 1, ruleId: 'duplicate-anchor' }]);
  });
});

describe('remarkHeadingIds on unusual headings', () => {
  it('numbers headings without letters or digits instead of giving them empty ids', async () => {
    expect(await headingIds('## ?!\n\n## ...\n\n## Section\n')).toEqual(['section', 'section-1', 'section-2']);
  });

  it('leaves MDX comments out of the slug, as they render nothing', async () => {
    expect(await headingIds('## Title {/* note for authors */}\n')).toEqual(['title']);
  });
});
