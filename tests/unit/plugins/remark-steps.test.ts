import { describe, expect, it } from 'vitest';
import { ArticleProblemsError, failOnProblems } from '../../../src/plugins/problems.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { remarkSteps } from '../../../src/plugins/remark-steps.ts';
import { failure, render } from './render.ts';

const mdastPlugins = [...remarkHeadingIds(), remarkSteps(), failOnProblems];

async function html(source: string): Promise<string> {
  return (await render(source, { mdastPlugins })).html;
}

/** The ids of the steps, in document order. */
async function stepIds(source: string): Promise<string[]> {
  return [...(await html(source)).matchAll(/<li id="([^"]*)" class="step">/g)].map((m) => m[1]!);
}

const steps = (n: number, attrs = '') =>
  `<Steps${attrs}>\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. Step ${i + 1}`).join('\n')}\n\n</Steps>`;

const STEPS_PROBLEM = '`<Steps>` must contain exactly one numbered list (`1.` items) and nothing else';

describe('remarkSteps', () => {
  it('marks the list and numbers its items after the section', async () => {
    const out = await html(`## Restore from the Mail Service {#restore-from-mail-service}\n\n${steps(2)}\n`);
    expect(out).toContain([
      '<ol class="steps">',
      '<li id="restore-from-mail-service-step-1" class="step">Step 1</li>',
      '<li id="restore-from-mail-service-step-2" class="step">Step 2</li>',
      '</ol>',
    ].join('\n'));
  });

  it('accepts a block written without blank lines', async () => {
    expect(await stepIds('## Log in\n\n<Steps>\n1. Open\n2. Sign in\n</Steps>\n')).toEqual(['log-in-step-1', 'log-in-step-2']);
  });

  it('numbers a block before any heading step-N', async () => {
    expect(await stepIds(`Intro.\n\n${steps(2)}\n\n## Later\n`)).toEqual(['step-1', 'step-2']);
  });

  it('takes the section from the closest h2 or h3 above, ignoring h4', async () => {
    const source = `## Outlook\n\n### On Windows\n\n#### Details\n\n${steps(1)}\n`;
    expect(await stepIds(source)).toEqual(['on-windows-step-1']);
  });

  it('uses the auto slug of a heading without a pin', async () => {
    expect(await stepIds(`## Restore emails\n\n## Restore emails\n\n${steps(1)}\n`)).toEqual(['restore-emails-1-step-1']);
  });

  it('numbers a second block in the same section <section>-2-step-N', async () => {
    const source = `## Install {#install}\n\n${steps(2)}\n\n${steps(1)}\n\n${steps(1)}\n`;
    expect(await stepIds(source)).toEqual(['install-step-1', 'install-step-2', 'install-2-step-1', 'install-3-step-1']);
  });

  it('starts counting blocks again in a new section', async () => {
    const source = `## One\n\n${steps(1)}\n\n## Two\n\n${steps(1)}\n`;
    expect(await stepIds(source)).toEqual(['one-step-1', 'two-step-1']);
  });

  it('names a named block <section>-<name>-step-N', async () => {
    const source = `## Install {#install}\n\n${steps(1, ' name="windows"')}\n\n${steps(2, ' name="macos"')}\n`;
    expect(await stepIds(source)).toEqual(['install-windows-step-1', 'install-macos-step-1', 'install-macos-step-2']);
  });

  it('names a named block before any heading <name>-step-N', async () => {
    expect(await stepIds(`${steps(1, ' name="macos"')}\n`)).toEqual(['macos-step-1']);
  });

  it('numbers blocks nested in other components, such as tabs', async () => {
    const source = `## Install {#install}\n\n<Tabs>\n<Tab label="Windows" value="windows">\n\n${steps(1)}\n\n</Tab>\n</Tabs>\n`;
    expect(await stepIds(source)).toEqual(['install-step-1']);
  });

  it('numbers only the top-level items', async () => {
    const source = '<Steps>\n\n1. Open\n   1. Sub-step\n2. Close\n\n</Steps>\n';
    expect(await stepIds(source)).toEqual(['step-1', 'step-2']);
  });

  it('fails with the position of the block', async () => {
    const error = await failure('## Setup\n\n<Steps>\n\n- Open\n- Close\n\n</Steps>\n', { mdastPlugins });
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({ line: 3, column: 1, ruleId: 'steps-content', message: STEPS_PROBLEM });
  });

  it.each([
    ['a bullet list', '## Setup\n\n<Steps>\n\n- Open\n- Close\n\n</Steps>\n', 3, 1],
    ['no list', 'Intro.\n\n<Steps>\n\nJust text.\n\n</Steps>\n', 3, 1],
    ['two lists', '## Setup\n\n\n<Steps>\n\n1. Open\n\nBetween.\n\n1. Close\n\n</Steps>\n', 4, 1],
    ['text after the list', '<Steps>\n\n1. Open\n\nThen close.\n\n</Steps>\n', 1, 1],
    ['an empty block', '## Setup\n\n  <Steps></Steps>\n', 3, 3],
  ])('fails on a block with %s, naming its line', async (_, source, line, column) => {
    const error = await failure(source, { mdastPlugins });
    expect(error).toMatchObject({ line, column, ruleId: 'steps-content', message: STEPS_PROBLEM });
    expect((error as ArticleProblemsError).problems).toEqual([{ reason: STEPS_PROBLEM, line, column, ruleId: 'steps-content' }]);
  });
});

describe('remarkSteps never gives two steps the same id', () => {
  it('skips a numbered prefix that a later heading already uses', async () => {
    const source = `## A\n\n${steps(1)}\n\n${steps(1)}\n\n## A 2\n\n${steps(1)}\n`;
    const ids = await stepIds(source);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['a-step-1', 'a-2-step-1', 'a-2-2-step-1']);
  });

  it('skips a named prefix that another section already produced', async () => {
    const source = `## Install {#install}\n\n${steps(1, ' name="macos"')}\n\n## Install macOS\n\n${steps(1)}\n`;
    const ids = await stepIds(source);
    expect(ids).toEqual(['install-macos-step-1', 'install-macos-2-step-1']);
  });
});
