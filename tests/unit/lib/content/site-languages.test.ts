import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetSiteLanguages, siteLanguages } from '../../../../src/lib/content/site-languages.ts';

describe('siteLanguages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-languages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a language once it has a translated article, after the translations are read again', () => {
    mkdirSync(path.join(dir, 'translations', 'de'), { recursive: true });
    expect(siteLanguages(dir)).toEqual(['en']);
    mkdirSync(path.join(dir, 'translations', 'fr', 'backups'), { recursive: true });
    writeFileSync(path.join(dir, 'translations', 'fr', 'backups', 'restore.mdx'), '---\nid: 1007\n---\n');
    // Known for the build (every page asks); a new sync of the translations forgets it.
    expect(siteLanguages(dir)).toEqual(['en']);
    forgetSiteLanguages(dir);
    expect(siteLanguages(dir)).toEqual(['en', 'fr']);
  });
});
