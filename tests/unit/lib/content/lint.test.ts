import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../../src/lib/content/lint.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';

/**
 * Every scenario is a small content folder under tests/fixtures/lint/. The lint gets its absolute
 * path, and the repository root as the root, so files are named `tests/fixtures/lint/<scenario>/…`.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/lint');

/** The problems of a scenario, as `npm run check` prints them. */
async function lint(scenario: string): Promise<string[]> {
  const { problems } = await lintContent(path.join(fixtures, scenario), { root });
  return problems.map(formatProblem);
}

const spam = (scenario: string, slug = 'block-a-sender') => `tests/fixtures/lint/${scenario}/articles/spam/${slug}.mdx`;
const components = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';

describe('lintContent', () => {
  it('finds no problem in valid content that cross-links by id and anchor', async () => {
    expect(await lintContent(path.join(fixtures, 'valid'), { root })).toEqual({ problems: [], articles: 2 });
  });

  it.each([
    ['missing-field', [
      `${spam('missing-field')}:1:1: title: Invalid input: expected string, received undefined\n`
      + '    hint: a short title, as the customer would ask the question',
    ]],
    ['wrong-type', [
      `${spam('wrong-type')}:2:1: id: Invalid input: expected number, received string\n`
      + '    hint: a positive whole number, unique and permanent (npm run new picks the next free one)',
    ]],
    ['long-description', [
      `${spam('long-description')}:4:1: description: at most 200 characters, one sentence: shorten it\n`
      + '    hint: one sentence of at most 200 characters: it is shown in search results',
    ]],
    ['unknown-topic', [
      `${spam('unknown-topic')}:5:1: unknown topic "spma"\n`
      + '    hint: did you mean "spam"? Topics are listed in topics.yaml',
    ]],
    ['topic-folder-mismatch', [
      `${spam('topic-folder-mismatch')}:5:1: topic "backups" does not match the folder "spam"\n`
      + '    hint: move the file to articles/backups/ or set topic: spam',
    ]],
    ['duplicate-id', [
      `${spam('duplicate-id', 'report-phishing')}:3:1: id 1001 is already used by ${spam('duplicate-id')}\n`
      + '    hint: ids are permanent: give this article the next free id (npm run new picks one)',
    ]],
    ['invalid-yaml', [
      `${spam('invalid-yaml')}:3:8: invalid YAML: Nested mappings are not allowed in compact mappings\n`
      + '    hint: check the indentation and quote values that contain ":" or "#"',
    ]],
    // The MDX parser gives this error no line of its own: the position is only in the message.
    ['unclosed-tag', [`${spam('unclosed-tag')}:10:1: Expected a closing tag for \`<Callout>\``]],
    ['bad-expression', [`${spam('bad-expression')}:10:25: Could not parse expression with oxc: Unexpected token`]],
    ['import-prose', [`${spam('import-prose')}:10:13: Could not parse esm with oxc: Expected \`from\` but found \`Identifier\``]],
    ['unknown-component', [
      `${spam('unknown-component')}:8:1: Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${components}`,
    ]],
    ['image-without-alt', [
      `${spam('image-without-alt')}:10:1: Image \`./block-list.png\` has no alt text: describe what it shows, as in \`![The Restore button](./block-list.png)\``,
    ]],
    ['missing-image', [
      `${spam('missing-image')}:10:1: Image \`./block-lst.png\` not found next to the article: check the file name, or add the image to that folder`,
    ]],
    ['unknown-link-id', [
      `${spam('unknown-link-id')}:10:21: Unknown article id in link \`/1020\`; did you mean \`/1002\` (/backups/restore-emails/)?`,
    ]],
    ['unknown-anchor', [
      `${spam('unknown-anchor')}:10:21: Link \`/1002#restor\`: article 1002 has no section \`#restor\`\n`
      + '    hint: did you mean `#restore`?',
    ]],
    ['raw-script', [
      `${spam('raw-script')}:10:1: Raw \`<script>\` is not allowed in articles: it embeds or runs content that the Content-Security-Policy blocks in the browser. Use a component (see docs/authoring.md)`,
    ]],
    ['inline-style', [
      `${spam('inline-style')}:8:1: \`style\` attribute on \`<p>\`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead`,
    ]],
    ['draft-link', [
      `${spam('draft-link')}:10:5: Link \`/1002\` points to article 1002, which is a draft; publish it first or remove the link`,
    ]],
  ])('reports the fault of %s at its line', async (scenario, expected) => {
    expect(await lint(scenario)).toEqual(expected);
  });

  it('lets a draft link to another draft', async () => {
    expect((await lint('draft-link')).filter((p) => p.includes('new-filter.mdx'))).toEqual([]);
  });

  it('counts the articles it read, faulty ones included', async () => {
    expect((await lintContent(path.join(fixtures, 'duplicate-id'), { root })).articles).toBe(2);
    expect((await lintContent(path.join(fixtures, 'invalid-yaml'), { root })).articles).toBe(1);
  });

  it('reports every fault of every file in one run', async () => {
    const backups = (slug: string) => `tests/fixtures/lint/many-faults/articles/backups/${slug}.mdx`;
    const faults = (slug: string) => spam('many-faults', slug);
    expect(await lint('many-faults')).toEqual([
      `${backups('export-mailbox')}:8:26: Could not parse expression with oxc: Unexpected token`,
      `${faults('block-a-sender')}:8:1: Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${components}`,
      `${faults('filter-rules')}:3:8: invalid YAML: Nested mappings are not allowed in compact mappings\n`
      + '    hint: check the indentation and quote values that contain ":" or "#"',
      `${faults('filter-rules')}:8:6: Unknown article id in link \`/9999\``,
      `${faults('report-phishing')}:1:1: title: Invalid input: expected string, received undefined\n`
      + '    hint: a short title, as the customer would ask the question',
      `${faults('report-phishing')}:7:1: Image \`./phishing.png\` has no alt text: describe what it shows, as in \`![The Restore button](./phishing.png)\``,
      `${faults('report-phishing')}:9:1: Raw \`<script>\` is not allowed in articles: it embeds or runs content that the Content-Security-Policy blocks in the browser. Use a component (see docs/authoring.md)`,
      `${faults('block-a-sender')}:5:1: unknown topic "spma"\n`
      + '    hint: did you mean "spam"? Topics are listed in topics.yaml',
      'tests/fixtures/lint/many-faults/featured.yaml: featured article 1099 does not exist or is a draft\n'
      + '    hint: did you mean 1006?',
      `${backups('move-mailbox')}:8:16: Link \`/1002#restor\`: article 1002 has no section \`#restor\`\n`
      + '    hint: did you mean `#restore`?',
    ]);
  });

  it('reports a content folder without topics or articles', async () => {
    const missing = path.join(fixtures, 'does-not-exist');
    const { problems, articles } = await lintContent(missing, { root });
    expect(articles).toBe(0);
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/lint/does-not-exist/topics.yaml: the topics file does not exist\n'
      + '    hint: list the topics in topics.yaml, keyed by slug: title, description, order',
      'tests/fixtures/lint/does-not-exist/articles: the articles folder does not exist\n'
      + '    hint: articles live in <content>/articles/<topic>/<slug>.mdx',
    ]);
  });
});
