import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contentCacheDir, readArticleHtml, readRenderIndex, removeArticleHtml, renderCacheDir, writeArticleHtml, writeRenderIndex, type CachedArticle,
} from '../../../../src/lib/render/render-cache.ts';

let dir = '';
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kb-cache-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cached: CachedArticle = {
  digest: 'd1', file: '/site/content/articles/backups/x.mdx', headings: [{ depth: 2, slug: 'steps', text: 'Steps' }],
  scripts: ['tabs'], images: [], anchors: ['steps'], links: [], targets: { 1007: '/backups/restore-deleted-emails/' },
};

describe('the render cache', () => {
  it('keeps an index and one HTML file per article', () => {
    writeArticleHtml(dir, 'articles/backups/x', '<p>Hi</p>');
    writeRenderIndex(dir, new Map([['articles/backups/x', cached]]));
    expect(readRenderIndex(dir)).toEqual(new Map([['articles/backups/x', cached]]));
    expect(readArticleHtml(dir, 'articles/backups/x')).toBe('<p>Hi</p>');
    removeArticleHtml(dir, 'articles/backups/x');
    expect(() => readArticleHtml(dir, 'articles/backups/x')).toThrow(/ENOENT/);
  });

  it('is empty when there is no index, or one written by another version of the code', () => {
    expect(readRenderIndex(dir).size).toBe(0);
    writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ version: 1, articles: { x: cached } }));
    expect(readRenderIndex(dir).size).toBe(0);
  });

  it('keeps one cache per content folder and base path', () => {
    expect(renderCacheDir('content', '/', '/p')).toBe(renderCacheDir('content', '/', '/p'));
    expect(renderCacheDir('content', '/help/', '/p')).not.toBe(renderCacheDir('content', '/', '/p'));
    expect(contentCacheDir('bench/corpus/1000', '/p')).not.toBe(contentCacheDir('content', '/p'));
    expect(renderCacheDir('content', '/', '/p').startsWith(contentCacheDir('content', '/p'))).toBe(true);
  });
});
