import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fallbackPagePaths } from '../../../../src/lib/content/fallback-pages.ts';
import { renderCacheDir, writeRenderIndex, type CachedArticle } from '../../../../src/lib/render/render-cache.ts';

describe('fallbackPagePaths (the sitemap leaves fallback pages out)', () => {
  const content = mkdtempSync(path.join(tmpdir(), 'fallback-pages-'));
  afterAll(() => {
    for (const base of ['/', '/help/']) rmSync(renderCacheDir(content, base, undefined, 'fallbacks'), { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });
  const entry = { digest: 'd', file: 'f', headings: [], scripts: [], images: [], anchors: [], links: [], targets: {} } as unknown as CachedArticle;

  it('are the pages whose article the translations\' sync rendered as a fallback, as site paths', () => {
    writeRenderIndex(renderCacheDir(content, '/', undefined, 'fallbacks'), new Map([
      ['it/articles/spam/reduce-incoming-spam', entry],
      ['es/articles/email-software/email-server-settings', entry],
    ]));
    expect(fallbackPagePaths(content, '/')).toEqual(new Set(['/it/spam/reduce-incoming-spam/', '/es/email-software/email-server-settings/']));
  });

  it('are none before a sync, and are read for the base path the site is built under', () => {
    expect(fallbackPagePaths(content, '/help/')).toEqual(new Set());
  });
});
