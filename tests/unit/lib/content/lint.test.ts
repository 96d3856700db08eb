import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

const backups = (scenario: string, slug = 'restore-emails') => `tests/fixtures/lint/${scenario}/articles/backups/${slug}.mdx`;
const spam = (scenario: string, slug = 'block-a-sender') => `tests/fixtures/lint/${scenario}/articles/spam/${slug}.mdx`;
const components = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';

describe('lintContent', () => {
  it('finds no problem in valid content that cross-links by id and anchor', async () => {
    expect(await lintContent(path.join(fixtures, 'valid'), { root })).toEqual({ problems: [], articles: 2, translations: 0 });
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
      + `    hint: give this article the next free id: \`id: 1002\`. Ids are permanent: ${spam('duplicate-id')} keeps 1001`,
    ]],
    ['invalid-yaml', [
      `${spam('invalid-yaml')}:3:8: invalid YAML: Nested mappings are not allowed in compact mappings\n`
      + '    hint: check the indentation and quote values that contain ":" or "#"',
    ]],
    // The MDX parser gives this error no line of its own: the position is only in the message.
    ['unclosed-tag', [`${spam('unclosed-tag')}:10:1: Expected a closing tag for \`<Callout>\``]],
    ['bad-expression', [`${spam('bad-expression')}:10:25: Could not parse expression with oxc: Unexpected token`]],
    ['import-prose', [
      `${spam('import-prose')}:10:1: \`import\` and \`export\` are not allowed in articles: the components need no import, and an article cannot run code\n`
      + '    hint: MDX reads a paragraph that starts with the word "import" or "export" as code: if this is a sentence, start it with another word',
    ]],
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
    // A published anchor (in the ledger) that the article no longer has: the build would refuse it.
    ['lost-anchor', [
      `${backups('lost-anchor')}:2:1: article 1002 (Restore deleted emails) lost #restore-a-mailbox, published before: support links may point there. `
      + 'Pin the id on the heading that now covers it (## Heading {#restore-a-mailbox}), or map it in the frontmatter: anchorAliases: { restore-a-mailbox: <new-id> }',
      // And a published article gone without a retirement, which the build's ledger check would refuse too.
      'tests/fixtures/lint/lost-anchor/published.json: article 1003, published at /spam/report-phishing/, no longer exists (deleted, made a draft, or its id changed): '
      + 'to retire it, add "1003: <id of the article that replaces it>" under "articles:" in retired.yaml',
    ]],
    ['unpinned-heading', [
      `${spam('unpinned-heading')}:11:1: Section "Block an address" has no pinned anchor: write \`## Block an address {#block-an-address}\`, so that rewording it never breaks a link to it`,
      // The link to a step of that section, numbered from the pin it had, breaks with it.
      `${backups('unpinned-heading')}:8:31: Link \`/1001#block-step-2\`: article 1001 has no section \`#block-step-2\`\n`
      + '    hint: link to one of its sections: #block-an-address, #block-an-address-step-1, #block-an-address-step-2',
    ]],
    ['lowercase-component', [
      `${backups('lowercase-component')}:12:1: Raw HTML \`<callout>\` is not allowed in articles: components start with a capital letter, write \`<Callout>\``,
    ]],
    // A few lines of aliases that would expand to millions of values: a problem at the file, never a crash.
    ['yaml-alias-bomb', [
      `${backups('yaml-alias-bomb')}:2:1: invalid YAML: aliases (*name) expand too far (more than 20): write the values out\n`
      + '    hint: check the indentation and quote values that contain ":" or "#"',
      `${spam('yaml-alias-bomb')}:9:42: Unknown article id in link \`/1002#restore\`; did you mean \`/1001\` (/spam/block-a-sender/)?`,
      `${spam('yaml-alias-bomb')}:6:11: related article 1002 does not exist\n    hint: did you mean 1001?`,
      'tests/fixtures/lint/yaml-alias-bomb/featured.yaml: featured article 1002 does not exist or is a draft\n    hint: did you mean 1001?',
    ]],
    ['second-h1', [
      `${backups('second-h1')}:10:1: \`# Restore a mailbox\`: the article's title is its only level-1 heading; start a section with \`##\``,
    ]],
    ['draft-link', [
      `${spam('draft-link')}:10:5: Link \`/1002\` points to article 1002, which is a draft; publish it first or remove the link`,
    ]],
  ])('reports the fault of %s at its line', async (scenario, expected) => {
    expect(await lint(scenario)).toEqual(expected);
  });

  it('refuses an article that is a symbolic link, without reading it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-symlink-'));
    try {
      cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
      // An article that points at a file elsewhere on the machine: its text would be published.
      writeFileSync(path.join(dir, '..', `${path.basename(dir)}-secret.mdx`), '---\nid: 1999\n---\nSECRET\n');
      symlinkSync(path.join(dir, '..', `${path.basename(dir)}-secret.mdx`), path.join(dir, 'articles/spam/linked.mdx'));
      const { problems } = await lintContent(dir, { root: dir });
      expect(problems.map(formatProblem)).toEqual([
        'articles/spam/linked.mdx: not read: articles/spam/linked.mdx is a symbolic link\n'
        + '    hint: content is plain files inside the content folder: copy the file here instead of linking it',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}-secret.mdx`, { force: true });
    }
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
