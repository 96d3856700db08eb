import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFallbackPage } from '../../../../src/lib/content/fallback-pages.ts';

describe('isFallbackPage (the sitemap leaves fallback pages out)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fallback-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  write('articles/backups/restore-emails.mdx', '---\nid: 1007\ntitle: Restore emails\n---\n');
  write('translations/fr/backups/restore-emails.mdx', '---\nid: 1007\ntitle: Restaurer des e-mails\n---\nUn brouillon (draft) de message.\n');
  write('translations/de/backups/restore-emails.mdx', '---\nid: 1007\ntitle: E-Mails wiederherstellen\ndraft: true\n---\n');

  it('is a fallback where the language has no translation of the article', () => {
    expect(isFallbackPage(dir, '/it/backups/restore-emails/')).toBe(true);
  });

  it('is a fallback where the translation is a draft', () => {
    expect(isFallbackPage(dir, '/de/backups/restore-emails/')).toBe(true);
  });

  it('is not a fallback where a translation is published, even when its text says "draft"', () => {
    expect(isFallbackPage(dir, '/fr/backups/restore-emails/')).toBe(false);
  });

  it('is never a source-language page, a page that is not an article, or an article that does not exist', () => {
    expect(isFallbackPage(dir, '/backups/restore-emails/')).toBe(false);
    expect(isFallbackPage(dir, '/it/backups/')).toBe(false);
    expect(isFallbackPage(dir, '/it/backups/no-such-article/')).toBe(false);
  });
});
