import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { MARKDOWN_FEATURES } from '../../../src/plugins/index.ts';
import { ArticleProblemsError, failOnProblems, problemsOf, type ArticleProblem } from '../../../src/plugins/problems.ts';
import { boundNames, remarkAuthoringRules } from '../../../src/plugins/remark-authoring-rules.ts';
import { describeProblems } from './render.ts';

// As in the site's pipeline: the rules record problems, failOnProblems stops the compile.
const mdastPlugins = [remarkAuthoringRules(), failOnProblems];
const articlePath = 'content/articles/backups/x.mdx';
const available = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';
const CSP = 'it embeds or runs content that the Content-Security-Policy blocks in the browser.';

/**
 * Compiles to JavaScript as the content lint does, without running the module: the rules only report,
 * and imports of files that do not exist must not matter. Gives every problem recorded and the error
 * the compile stopped with (undefined when it compiled). A `null` path compiles a file without a path.
 */
async function compile(source: string, filePath: string | null = articlePath): Promise<{ problems: readonly ArticleProblem[]; error: unknown }> {
  const data: { kbProblems?: ArticleProblem[] } = {};
  try {
    await mdxToJs(source, { mdastPlugins, features: MARKDOWN_FEATURES, data, ...(filePath ? { fileURL: pathToFileURL(filePath) } : {}) });
    return { problems: problemsOf(data), error: undefined };
  } catch (error) {
    return { problems: problemsOf(data), error };
  }
}

const problemsIn = async (source: string) => (await compile(source)).problems;

describe('remarkAuthoringRules', () => {
  it('accepts an article that follows the rules', async () => {
    const { problems, error } = await compile(
      '## Title\n\n<Callout type="note">\n\nText with <Kbd>Ctrl</Kbd> and ![A screenshot](https://example.com/a.png).\n\n</Callout>\n',
    );
    expect(error).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it.each([
    ['<Calout>Hi</Calout>', '`<Calout>`; did you mean `<Callout>`?'],
    ['<Step />', '`<Step>`; did you mean `<Steps>`?'],
    ['<Tabz />', '`<Tabz>`; did you mean `<Tab>`?'],
    ['<Banner />', '`<Banner>`'],
    ['<Foo.Bar />', '`<Foo.Bar>`'],
  ])('fails on the unknown component in %s', async (source, what) => {
    const { error } = await compile(`Intro.\n\n${source}\n`);
    expect(error).toBeInstanceOf(ArticleProblemsError);
    expect(error).toMatchObject({ line: 3, column: 1, ruleId: 'unknown-component', message: `Unknown component ${what} ${available}` });
  });

  it('names the exact position of an unknown inline component', async () => {
    const { error } = await compile('Press <Kdb>Enter</Kdb>.\n');
    expect(error).toMatchObject({ line: 1, column: 7, ruleId: 'unknown-component', message: `Unknown component \`<Kdb>\`; did you mean \`<Kbd>\`? ${available}` });
  });

  it.each([
    ['a default import', "import Foo from './foo.astro'\n\n<Foo />\n"],
    ['a named import', "import { Foo } from './parts.ts'\n\n<Foo />\n"],
    ['a renamed import', "import { Bar as Foo } from './parts.ts'\n\n<Foo />\n"],
    ['several named imports', "import { Bar, Foo } from './parts.ts'\n\n<Foo /><Bar />\n"],
    ['a namespace import', "import * as Parts from './parts.ts'\n\n<Parts.Foo />\n"],
  ])('accepts a component brought in by %s', async (_, source) => {
    const { problems, error } = await compile(source);
    expect(error).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('accepts lowercase HTML elements other than the forbidden ones', async () => {
    const { problems, error } = await compile('<div>\n\n<span>x</span> <kbd>y</kbd>\n\n</div>\n');
    expect(error).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it.each([
    ['script', 'Use a component (see docs/authoring.md)'],
    ['style', 'Use a component (see docs/authoring.md)'],
    ['iframe', 'Use `<Video>` for a video, or link to the page'],
    ['object', 'Use `<Figure>` for an image, `<Video>` for a video'],
    ['embed', 'Use `<Figure>` for an image, `<Video>` for a video'],
  ])('fails on a raw `<%s>`, pointing to what to use instead', async (name, instead) => {
    const { error } = await compile(`Text.\n\n<${name}></${name}>\n`);
    expect(error).toMatchObject({
      line: 3, column: 1, ruleId: 'no-raw-html',
      message: `Raw \`<${name}>\` is not allowed in articles: ${CSP} ${instead}`,
    });
  });

  it.each([
    ['<div style="color: red">x</div>', 'div'],
    ['<Callout style={{ color: "red" }}>x</Callout>', 'Callout'],
    ['Some <span style="color: red">red</span> text.', 'span'],
  ])('fails on a style attribute in %s', async (source, name) => {
    const { error } = await compile(source);
    expect(error).toMatchObject({
      line: 1, ruleId: 'no-inline-style',
      message: `\`style\` attribute on \`<${name}>\`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead`,
    });
  });

  it.each([
    ['no alt', '![](https://example.com/a.png)'],
    ['a blank alt', '![  ](https://example.com/a.png)'],
  ])('fails on a Markdown image with %s', async (_, source) => {
    const { error } = await compile(`Text.\n\n${source}\n`);
    expect(error).toMatchObject({
      line: 3, column: 1, ruleId: 'image-alt',
      message: 'Image `https://example.com/a.png` has no alt text: describe what it shows, as in `![The Restore button](https://example.com/a.png)`',
    });
  });

  it.each([
    ['no alt', '<img src="https://example.com/a.png" />'],
    ['an empty alt', '<img src="https://example.com/a.png" alt="" />'],
    ['a blank alt', '<img src="https://example.com/a.png" alt=" " />'],
  ])('fails on an `<img>` with %s', async (_, source) => {
    const { error } = await compile(source);
    expect(error).toMatchObject({ line: 1, column: 1, ruleId: 'image-alt', message: '`<img>` without alt text: describe what the image shows in `alt`' });
  });

  it('accepts an `<img>` with alt text', async () => {
    expect((await compile('<img src="https://example.com/a.png" alt="The Restore button" />')).error).toBeUndefined();
  });

  describe('relative images', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'authoring-rules-'));
    const article = path.join(root, 'articles', 'backups', 'restore.mdx');
    mkdirSync(path.join(root, 'articles', 'backups', 'images'), { recursive: true });
    writeFileSync(path.join(root, 'articles', 'backups', 'images', 'restore button.png'), '');
    writeFileSync(path.join(root, 'articles', 'shared.png'), '');
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it.each([
      ['./images/restore%20button.png'],
      ['../shared.png'],
      ['https://example.com/missing.png'],
      ['/images/absolute.png'],
    ])('accepts `%s`', async (url) => {
      const { problems, error } = await compile(`![The Restore button](${url})\n`, article);
      expect(error).toBeUndefined();
      expect(problems).toEqual([]);
    });

    it.each([['./images/restore-button.png'], ['../missing.png']])('fails on the missing `%s`', async (url) => {
      const { error } = await compile(`Text.\n\n![The Restore button](${url})\n`, article);
      expect(error).toMatchObject({
        line: 3, column: 1, ruleId: 'missing-image',
        message: `Image \`${url}\` not found next to the article: check the file name, or add the image to that folder`,
      });
    });

    it('does not look for images of a file without a path', async () => {
      const { problems, error } = await compile('![The Restore button](./nowhere.png)\n', null);
      expect(error).toBeUndefined();
      expect(problems).toEqual([]);
    });
  });

  it('refuses a level-1 heading in the body: the title is the page\'s only one', async () => {
    const { problems } = await compile('Intro.\n\n# Restore a mailbox\n\n## Steps\n');
    expect(describeProblems(problems)).toEqual(["3:1: `# Restore a mailbox`: the article's title is its only level-1 heading; start a section with `##`"]);
  });

  it('records every violation in the file and fails with the first', async () => {
    const source = [
      '## Title', // 1
      '', // 2
      '<Calout>Hi</Calout>', // 3
      '', // 4
      '![](https://example.com/a.png)', // 5
      '', // 6
      '<script></script>', // 7
      '', // 8
      '<div style="color: red">x</div>', // 9
      '', // 10
      '<img src="https://example.com/b.png" />', // 11
      '', // 12
      '![Two](./missing.png)', // 13
    ].join('\n');
    const { problems, error } = await compile(source);
    const expected = [
      `3:1: Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${available}`,
      '5:1: Image `https://example.com/a.png` has no alt text: describe what it shows, as in `![The Restore button](https://example.com/a.png)`',
      `7:1: Raw \`<script>\` is not allowed in articles: ${CSP} Use a component (see docs/authoring.md)`,
      '9:1: `style` attribute on `<div>`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead',
      '11:1: `<img>` without alt text: describe what the image shows in `alt`',
      '13:1: Image `./missing.png` not found next to the article: check the file name, or add the image to that folder',
    ];
    expect(describeProblems(problems)).toEqual(expected);
    expect(describeProblems((error as ArticleProblemsError).problems)).toEqual(expected);
    expect(error).toMatchObject({ line: 3, column: 1, ruleId: 'unknown-component', message: `Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${available} (and 5 more in this file: npm run check lists them all)` });
  });

  it('reports two rules broken by one element', async () => {
    const problems = await problemsIn('<img src="https://example.com/a.png" style="width: 10px" />\n');
    expect(problems.map((p) => p.ruleId)).toEqual(['no-inline-style', 'image-alt']);
  });
});

describe('remarkAuthoringRules on unsafe URLs', () => {
  const javascript = 'URL `javascript:alert(1)` uses `javascript:`, which articles may not use: only relative links, `http:`, `https:`, `mailto:`, `tel:` are allowed';

  it.each([
    ['a link', 'Intro.\n\nSee [the page](javascript:alert(1)).\n', 3, 5, javascript],
    ['a reference definition', 'See [the page][x].\n\n[x]: javascript:alert(1)\n', 3, 1, javascript],
    ['an image', 'Text.\n\n  ![A screenshot](javascript:alert(1))\n', 3, 3, javascript],
    ['a link with an uppercase scheme', '[the page](JAVASCRIPT:alert(1))', 1, 1,
      'URL `JAVASCRIPT:alert(1)` uses `javascript:`, which articles may not use: only relative links, `http:`, `https:`, `mailto:`, `tel:` are allowed'],
  ])('fails on a `javascript:` URL in %s, at its position', async (_, source, line, column, reason) => {
    const { problems, error } = await compile(source);
    expect(problems).toEqual([{ reason, line, column, ruleId: 'unsafe-url' }]);
    expect(error).toMatchObject({ line, column, ruleId: 'unsafe-url', message: reason });
  });

  it('fails on an unsafe URL in an `<a href>` written as JSX', async () => {
    const { problems } = await compile('Text.\n\n<a href="javascript:alert(1)">the page</a>\n');
    expect(problems).toEqual([{ reason: `\`<a href>\`: ${javascript}`, line: 3, column: 1, ruleId: 'unsafe-url' }]);
  });

  it('fails on a `data:` URL in a component prop', async () => {
    const { problems } = await compile('Intro.\n\n<Video src="data:video/mp4;base64,AAAA" title="Restore" />\n');
    expect(problems).toEqual([{
      reason: '`<Video src>`: URL `data:video/mp4;base64,AAAA` uses `data:`, which articles may not use: only relative links, `http:`, `https:`, `mailto:`, `tel:` are allowed',
      line: 3, column: 1, ruleId: 'unsafe-url',
    }]);
  });

  it('fails on a `javascript:` value in any attribute, not only URL attributes', async () => {
    const problems = await problemsIn('<Callout type="note" title="javascript:alert(1)">x</Callout>\n');
    expect(problems.map((p) => [p.ruleId, p.line, p.column])).toEqual([['unsafe-url', 1, 1]]);
  });

  it.each([
    ['[the restore guide](/1007)'],
    ['[the restore guide](../backups/restore/)'],
    ['[our site](https://www.example.com/)'],
    ['[support](mailto:support@example.com)'],
    ['[the hotline](tel:+41000000000)'],
    ['<a href="https://www.example.com/">our site</a>'],
    ['<Video src="https://www.example.com/restore.mp4" title="Restore" />'],
  ])('accepts the safe URL in `%s`', async (source) => {
    expect(await problemsIn(source)).toEqual([]);
  });
});

describe('remarkAuthoringRules on event handlers', () => {
  it.each([
    ['<div onClick="alert(1)">x</div>\n', 'onClick', 'div'],
    ['Text.\n\n<img src="https://example.com/a.png" alt="A screenshot" onerror="alert(1)" />\n', 'onerror', 'img'],
  ])('fails on the event handler in %s', async (source, attribute, element) => {
    const line = source.startsWith('Text.') ? 3 : 1;
    const { problems, error } = await compile(source);
    const reason = `\`${attribute}\` on \`<${element}>\`: event handlers run script, which articles may not; use a component (see docs/authoring.md)`;
    expect(problems).toEqual([{ reason, line, column: 1, ruleId: 'no-event-handler' }]);
    expect(error).toMatchObject({ line, column: 1, ruleId: 'no-event-handler', message: reason });
  });

  it('accepts attributes that merely start with "on"', async () => {
    expect(await problemsIn('<Tab label="Online" value="online">x</Tab>\n')).toEqual([]);
  });
});

describe('remarkAuthoringRules on vague link text', () => {
  it.each([['click'], ['Click here'], ['HERE'], ['this page'], ['read more.'], ['link'], ['Read more…'], ['this link!']])(
    'fails on the link text "%s", at the link', async (text) => {
      const { problems, error } = await compile(`Intro.\n\nFor details, [${text}](/guide).\n`);
      const reason = `Link text "${text}" does not say where it goes: name the target, as in "[how to restore deleted emails](/1007)"`;
      expect(problems).toEqual([{ reason, line: 3, column: 14, ruleId: 'link-text' }]);
      expect(error).toMatchObject({ line: 3, column: 14, ruleId: 'link-text', message: reason });
    },
  );

  it.each([['how to click the Restore button'], ['this page about quotas'], ['more storage'], ['the link settings']])(
    'accepts the link text "%s", which names its target', async (text) => {
      expect(await problemsIn(`See [${text}](/guide).\n`)).toEqual([]);
    },
  );

  it('fails on "click here" in running text, which refers to a guide without naming it', async () => {
    expect(await problemsIn('Intro.\n\nFor more, click here and follow the steps.\n')).toEqual([{
      reason: '"click here" refers to a guide without naming it: link it by id ([what it explains](/ID)) or name it in words',
      line: 3, column: 1, ruleId: 'link-text',
    }]);
  });
});

describe('boundNames', () => {
  it.each([
    ["import Foo from './foo.astro'", ['Foo']],
    ["import { Foo } from './parts.ts'", ['Foo']],
    ["import { Bar, Foo } from './parts.ts'", ['Bar', 'Foo']],
    ["import { Bar as Foo } from './parts.ts'", ['Foo']],
    ["import * as Parts from './parts.ts'", ['Parts']],
    ["import Default, { Named, Other as Alias } from './parts.ts'", ['Default', 'Named', 'Alias']],
    ["import './styles.css'", []],
    ['export const limit = 5', ['limit']],
    ['export let count = 1', ['count']],
    ['export function Note() { return null }', ['Note']],
    ['export async function load() {}', ['load']],
    ['export class Widget {}', ['Widget']],
    ["import A from './a.ts'\nexport const b = 1", ['A', 'b']],
    ['export default function () {}', []],
  ])('finds the names bound by `%s`', (esm, names) => {
    expect(boundNames(esm)).toEqual(names);
  });
});
