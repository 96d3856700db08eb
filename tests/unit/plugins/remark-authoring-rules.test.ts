import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkAuthoringRules } from '../../../src/plugins/remark-authoring-rules.ts';
import { remarkFailOnProblems } from '../../../src/plugins/report.ts';

// As in the site's pipeline: the rules record problems, remarkFailOnProblems stops the compile.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkAuthoringRules).use(remarkFailOnProblems).use(remarkRehype).use(rehypeStringify);
const articlePath = 'content/articles/backups/x.mdx';
const available = 'Available without import: Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video';

async function compile(source: string, filePath: string = articlePath): Promise<{ file: VFile; error: unknown }> {
  const file = new VFile({ path: filePath, value: source });
  const error = await processor.process(file).then(() => undefined, (e: unknown) => e);
  return { file, error };
}

/** `line:column: reason` of every message recorded on the file. */
const messagesOf = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`);

describe('remarkAuthoringRules', () => {
  it('accepts an article that follows the rules', async () => {
    const { file, error } = await compile(
      '# Title\n\n<Callout type="note">\n\nText with <Kbd>Ctrl</Kbd> and ![A screenshot](https://example.com/a.png).\n\n</Callout>\n',
    );
    expect(error).toBeUndefined();
    expect(file.messages).toEqual([]);
  });

  it.each([
    ['<Calout>Hi</Calout>', '`<Calout>`; did you mean `<Callout>`?'],
    ['<Step />', '`<Step>`; did you mean `<Steps>`?'],
    ['<Tabz />', '`<Tabz>`; did you mean `<Tab>`?'],
    ['<Banner />', '`<Banner>`'],
    ['<Foo.Bar />', '`<Foo.Bar>`'],
  ])('fails on the unknown component in %s', async (source, what) => {
    const { error } = await compile(`Intro.\n\n${source}\n`);
    expect(String(error)).toMatch(/^content\/articles\/backups\/x\.mdx:3:1-3:\d+: /);
    expect(error).toMatchObject({
      line: 3, column: 1, fatal: true, ruleId: 'unknown-component', source: 'remark-authoring-rules',
      reason: `Unknown component ${what} ${available}`,
    });
  });

  it('names the exact position of an unknown inline component', async () => {
    const { error } = await compile('Press <Kdb>Enter</Kdb>.\n');
    expect(String(error)).toBe(`content/articles/backups/x.mdx:1:7-1:23: Unknown component \`<Kdb>\`; did you mean \`<Kbd>\`? ${available}`);
  });

  it.each([
    ['a default import', "import Foo from './foo.astro'\n\n<Foo />\n"],
    ['a named import', "import { Foo } from './parts.ts'\n\n<Foo />\n"],
    ['a renamed import', "import { Bar as Foo } from './parts.ts'\n\n<Foo />\n"],
    ['several named imports', "import { Bar, Foo } from './parts.ts'\n\n<Foo /><Bar />\n"],
    ['a namespace import', "import * as Parts from './parts.ts'\n\n<Parts.Foo />\n"],
  ])('accepts a component brought in by %s', async (_, source) => {
    const { file, error } = await compile(source);
    expect(error).toBeUndefined();
    expect(file.messages).toEqual([]);
  });

  it('accepts lowercase HTML elements other than the forbidden ones', async () => {
    const { error } = await compile('<div>\n\n<span>x</span> <kbd>y</kbd>\n\n</div>\n');
    expect(error).toBeUndefined();
  });

  it.each(['script', 'style', 'iframe', 'object', 'embed'])('fails on a raw `<%s>`', async (name) => {
    const { error } = await compile(`Text.\n\n<${name}></${name}>\n`);
    expect(error).toMatchObject({
      line: 3, column: 1, ruleId: 'no-raw-html',
      reason: `Raw \`<${name}>\` is not allowed in articles: the Content-Security-Policy blocks it in the browser. Use a component (see docs/authoring.md)`,
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
      reason: `\`style\` attribute on \`<${name}>\`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead`,
    });
  });

  it.each([
    ['no alt', '![](https://example.com/a.png)', 31],
    ['a blank alt', '![  ](https://example.com/a.png)', 33],
  ])('fails on a Markdown image with %s', async (_, source, end) => {
    const { error } = await compile(`Text.\n\n${source}\n`);
    expect(String(error)).toBe(
      `content/articles/backups/x.mdx:3:1-3:${end}: Image \`https://example.com/a.png\` has no alt text: describe what it shows, as in \`![The Restore button](https://example.com/a.png)\``,
    );
    expect(error).toMatchObject({ ruleId: 'image-alt' });
  });

  it.each([
    ['no alt', '<img src="https://example.com/a.png" />'],
    ['an empty alt', '<img src="https://example.com/a.png" alt="" />'],
    ['a blank alt', '<img src="https://example.com/a.png" alt=" " />'],
  ])('fails on an `<img>` with %s', async (_, source) => {
    const { error } = await compile(source);
    expect(error).toMatchObject({ line: 1, column: 1, ruleId: 'image-alt', reason: '`<img>` without alt text: describe what the image shows in `alt`' });
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
      const { file, error } = await compile(`![The Restore button](${url})\n`, article);
      expect(error).toBeUndefined();
      expect(file.messages).toEqual([]);
    });

    it.each([['./images/restore-button.png'], ['../missing.png']])('fails on the missing `%s`', async (url) => {
      const { error } = await compile(`Text.\n\n![The Restore button](${url})\n`, article);
      expect(error).toMatchObject({
        line: 3, column: 1, ruleId: 'missing-image',
        reason: `Image \`${url}\` not found next to the article: check the file name, or add the image to that folder`,
      });
    });

    it('does not look for images of a file without a path', async () => {
      const file = new VFile({ value: '![The Restore button](./nowhere.png)\n' });
      await expect(processor.process(file)).resolves.toBeDefined();
    });
  });

  it('records every violation in the file and fails with the first', async () => {
    const source = [
      '# Title', // 1
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
    const { file, error } = await compile(source);
    expect(messagesOf(file).slice(0, 6)).toEqual([
      `3:1: Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${available}`,
      '5:1: Image `https://example.com/a.png` has no alt text: describe what it shows, as in `![The Restore button](https://example.com/a.png)`',
      '7:1: Raw `<script>` is not allowed in articles: the Content-Security-Policy blocks it in the browser. Use a component (see docs/authoring.md)',
      '9:1: `style` attribute on `<div>`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead',
      '11:1: `<img>` without alt text: describe what the image shows in `alt`',
      '13:1: Image `./missing.png` not found next to the article: check the file name, or add the image to that folder',
    ]);
    expect(file.messages.slice(0, 6).every((m) => m.fatal === true)).toBe(true);
    expect(file.messages).toHaveLength(7);
    expect(file.messages.at(-1)).toBe(error);
    expect(error).toMatchObject({ line: 3, column: 1, ruleId: 'unknown-component', reason: `Unknown component \`<Calout>\`; did you mean \`<Callout>\`? ${available} (and 5 more in this file: npm run check lists them all)` });
  });

  it('reports two rules broken by one element', async () => {
    const { file } = await compile('<img src="https://example.com/a.png" style="width: 10px" />\n');
    expect(file.messages.map((m) => m.ruleId).slice(0, 2)).toEqual(['no-inline-style', 'image-alt']);
  });
});
