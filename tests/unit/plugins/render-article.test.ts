import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkRegistry } from '../../../src/lib/links/link-registry.ts';
import { parserProblem, renderArticle } from '../../../src/plugins/render-article.ts';
import { markdownPipeline } from '../../../src/plugins/index.ts';

const contentDir = path.resolve('tests/fixtures/sites/moved/content');
const file = path.join(contentDir, 'articles/backups/new-article.mdx');
const available = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';

async function compile(body: string, frontmatter: Record<string, unknown> = {}, base = '/') {
  return renderArticle(body, file, frontmatter, markdownPipeline({ contentDir, registry: new LinkRegistry(), base }), base);
}

describe('renderArticle', () => {
  it('renders an article that follows the rules to HTML, with no problems', async () => {
    const compiled = await compile('\n\n\nSee [how to recover emails](/2001).\n\n## Steps {#steps}\n\n<Steps>\n\n1. Open\n\n</Steps>\n');
    expect(compiled.problems).toEqual([]);
    expect(compiled.article?.html).toContain('<a href="/backups/recover-emails/">how to recover emails</a>');
    expect(compiled.article?.html).toContain('<div class="steps-block">');
    expect(compiled.article?.html).toContain('<li id="steps-step-1" class="step">');
  });

  it('returns the headings, anchors, section links and linked articles that decide other pages', async () => {
    const { article } = await compile('## Restore {#restore}\n\nSee [the other section](#steps) and [the recovery](/2001#top).\n\n### Steps {#steps}\n\n<Steps>\n\n1. Open\n\n</Steps>\n');
    expect(article?.headings).toEqual([{ depth: 2, slug: 'restore', text: 'Restore' }, { depth: 3, slug: 'steps', text: 'Steps' }]);
    expect(article?.anchors).toEqual(['restore', 'steps', 'steps-step-1']);
    expect(article?.links.map((l) => `${l.raw} → ${l.anchor}`)).toEqual(['#steps → steps', '/2001#top → top']);
    expect(article?.targets).toEqual({ 2001: '/backups/recover-emails/' });
  });

  it('names the page scripts its components need, and no others', async () => {
    expect((await compile('<Tabs>\n<Tab label="A" value="a">\n\nx\n\n</Tab>\n</Tabs>\n')).article?.scripts).toEqual(['tabs']);
    expect((await compile('<Video youtube="dQw4w9WgXcQ" title="T" />\n')).article?.scripts).toEqual(['video']);
    expect((await compile('Plain text.\n')).article?.scripts).toEqual([]);
  });

  it('serves components\' URLs and Markdown links under the base path', async () => {
    const html = (await compile('[the lookup](/errors/)\n\n<Video src="/videos/x.mp4" title="T" />\n', {}, '/help/')).article?.html;
    expect(html).toContain('<a href="/help/errors/">the lookup</a>');
    expect(html).toContain('src="/help/videos/x.mp4"');
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
    expect(compiled.article).toBeUndefined();
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

  it('refuses a lowercase component at its line, naming the component to write', async () => {
    expect((await compile('Intro.\n\n<callout type="tip">\n\nText.\n\n</callout>\n')).problems).toEqual([
      { line: 3, column: 1, ruleId: 'no-raw-html', reason: 'Raw HTML `<callout>` is not allowed in articles: components start with a capital letter, write `<Callout>`' },
    ]);
  });

  it.each([
    ['an expression that reads the environment', 'Text {process.env.SECRET} here.', 1, 6, 'mdx-expression', 'Expression `{process.env.SECRET}` is not allowed: articles are content, not code. Write the text itself (to show braces, escape them: `\\{`)'],
    ['an import', "import X from '../../../../package.json'\n\nText.", 1, 1, 'mdx-esm', '`import` and `export` are not allowed in articles: the components need no import, and an article cannot run code'],
    ['a code-valued attribute', '<Callout title={"x"}>\n\nText.\n\n</Callout>', 1, 1, 'component-props', '`<Callout title={…}>`: attribute values are text in quotes, not code: write `title="…"`'],
    ['a spread attribute', '<Callout {...{title: "x"}}>\n\nText.\n\n</Callout>', 1, 1, 'component-props', 'Spread attributes are not allowed on `<Callout>`: write each attribute with a quoted value, as in `<Callout title="…">`'],
    ['a raw HTML element', 'Text <b>bold</b>.', 1, 6, 'no-raw-html', 'Raw HTML `<b>` is not allowed in articles: write Markdown, or use a component (see docs/authoring.md)'],
    ['a wrong component value', '<Tabs>\n<Tab label="A" value="Not Valid">\n\nx\n\n</Tab>\n</Tabs>', 2, 1, 'component-props', '`<Tab value="Not Valid">`: use lowercase letters, digits and dashes'],
  ])('refuses %s at its line, with what to write instead', async (_what, body, line, column, ruleId, reason) => {
    expect((await compile(body)).problems).toEqual([expect.objectContaining({ line, column, ruleId, reason })]);
  });

  it('explains that a sentence starting with "import" reads as code', async () => {
    expect((await compile('import your block list from a CSV file.\n')).problems[0]?.hint)
      .toBe('MDX reads a paragraph that starts with the word "import" or "export" as code: if this is a sentence, start it with another word');
  });

  it('refuses a pin the page around the article already uses, and keeps automatic ids off them', async () => {
    expect((await compile('## Main things {#main}\n')).problems).toEqual([
      { line: 1, column: 1, ruleId: 'layout-anchor', reason: 'Anchor `#main` is taken by the page around the article: pin another id, such as `{#main-section}`' },
    ]);
    expect((await compile('## Details {#details}\n\n#### Main\n')).article?.html).toContain('<h4 id="main-1">Main</h4>');
  });

  it('refuses a section without a pinned anchor at its line, giving the pin to add', async () => {
    expect((await compile('## Pinned {#pinned}\n\n### Before you start\n\n#### A detail\n')).problems).toEqual([
      { line: 3, column: 1, ruleId: 'heading-pin', reason: 'Section "Before you start" has no pinned anchor: write `### Before you start {#before-you-start}`, so that rewording it never breaks a link to it' },
    ]);
  });

  it('marks an image next to the article for Astro to optimize, and lists it', async () => {
    const { article } = await compile('<Figure caption="The list">\n\n![The block list](./restore-button.png)\n\n</Figure>\n\n![Logo](https://example.com/logo.png)\n');
    expect(article?.images).toEqual(['./restore-button.png']);
    expect(article?.html).toContain('<img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;The block list&quot;,&quot;src&quot;:&quot;./restore-button.png&quot;,&quot;index&quot;:0}">');
    expect(article?.html).toContain('<img src="https://example.com/logo.png" alt="Logo">');
  });

  it('refuses an image path that climbs out of the content folder', async () => {
    expect((await compile('![A secret](../../../../../etc/secret.png)\n')).problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, ruleId: 'image-outside', reason: 'Image `../../../../../etc/secret.png` is not used: it is outside the content folder; put the image in the content folder, next to the article' }),
    ]);
  });

  it('lets a comment through, rendering nothing', async () => {
    const { article, problems } = await compile('Text.{/* a note for editors */}\n');
    expect(problems).toEqual([]);
    expect(article?.html).toBe('<p>Text.</p>');
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

describe('renderArticle on pathological files', () => {
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
