import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, moduleGraph, rendererDigest } from '../../../../src/lib/render/code-digest.ts';

let dir = '';
const file = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kb-digest-'));
  file('entry.ts', "import { a } from './a.ts';\nimport type { T } from './types.ts';\nexport { b } from './b.ts';\nimport { readFileSync } from 'node:fs';\nimport { h } from 'hastscript';\n");
  file('a.ts', "import './b.ts';\nexport const a = 1;\n");
  file('b.ts', 'export const b = 2;\n');
  file('types.ts', 'export type T = number;\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the renderer\'s code digest', () => {
  it('follows the imports that run, not the type-only ones, and names the packages', () => {
    const graph = moduleGraph(path.join(dir, 'entry.ts'));
    expect(graph.files.map((f) => path.basename(f))).toEqual(['a.ts', 'b.ts', 'entry.ts']);
    expect(graph.packages).toEqual(['hastscript']);
  });

  it('changes when a module the entry imports, even indirectly, changes', () => {
    const before = codeDigest(path.join(dir, 'entry.ts'));
    expect(codeDigest(path.join(dir, 'entry.ts'))).toBe(before);
    file('b.ts', 'export const b = 3;\n');
    expect(codeDigest(path.join(dir, 'entry.ts'))).not.toBe(before);
  });

  it('does not change when only a type-only import changes', () => {
    const before = codeDigest(path.join(dir, 'entry.ts'));
    file('types.ts', 'export type T = string;\n');
    expect(codeDigest(path.join(dir, 'entry.ts'))).toBe(before);
  });

  it('covers the site\'s plugins and components', () => {
    const { files, packages } = moduleGraph(path.resolve('src/plugins/render-article.ts'));
    const names = files.map((f) => path.relative(process.cwd(), f));
    expect(names).toEqual(expect.arrayContaining(['src/plugins/remark-cross-links.ts', 'src/components/authoring/callout.ts', 'src/plugins/mdx-to-html.ts']));
    expect(packages).toEqual(expect.arrayContaining(['satteri', 'hastscript', 'hast-util-to-html']));
    expect(rendererDigest()).toMatch(/^[\w-]{22}$/);
  });
});
