import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPagefindReadable, installedPagefind, pagefindVersionProblem, READS_PAGEFIND, readFragments, readPagefindEntry, writePagefindEntry, type PagefindEntry } from '../../../../src/lib/search/pagefind-files.ts';

describe('the Pagefind whose private files the site reads', () => {
  it('is the one installed (the build stops before reading another)', () => {
    expect(() => assertPagefindReadable()).not.toThrow();
    expect(installedPagefind().startsWith(`${READS_PAGEFIND}.`)).toBe(true);
  });

  it('accepts a patch release, and names both versions and the module to check for another release', () => {
    expect(pagefindVersionProblem(`${READS_PAGEFIND}.9`)).toBeUndefined();
    const problem = pagefindVersionProblem('1.7.0');
    expect(problem).toMatch(/^Pagefind 1\.7\.0 is installed, and the site reads Pagefind 1\.6's private files/);
    expect(problem).toContain('src/lib/search/pagefind-files.ts');
    expect(() => assertPagefindReadable('2.0.1')).toThrow(/Pagefind 2\.0\.1 is installed/);
  });
});

describe('readFragments', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each page Pagefind wrote, by its fragment, and names a file that is not one', async () => {
    mkdirSync(path.join(dir, 'fragment'));
    const page = { url: '/backups/restore-emails/', content: 'Restore emails.', word_count: 2, meta: { title: 'Restore emails' }, anchors: [] };
    writeFileSync(path.join(dir, 'fragment', 'en_abc.pf_fragment'), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(page)}`)));
    expect(await readFragments(path.join(dir, 'fragment'))).toEqual([{ ...page, id: 'en_abc' }]);
    writeFileSync(path.join(dir, 'fragment', 'en_bad.pf_fragment'), gzipSync(Buffer.from('{}')));
    await expect(readFragments(path.join(dir, 'fragment'))).rejects.toThrow(/en_bad\.pf_fragment: not a Pagefind fragment/);
  });
});

describe('writePagefindEntry (indexes written one language at a time into one folder)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const output = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-entry-'));
    dirs.push(dir);
    return dir;
  };
  const entry = (lang: string, pages: number): PagefindEntry => ({
    version: '1.6.0', languages: { [lang]: { hash: `${lang}_0123456789`, wasm: lang, page_count: pages } }, include_characters: ['_', '‿'],
  });

  it('lists every language, by tag as Pagefind does, in the file a browser reads first', () => {
    const dir = output();
    writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify(entry('fr', 3)));
    const merged = writePagefindEntry(dir, [entry('en', 16), entry('fr', 16), entry('de', 16)]);
    expect(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')).toBe(
      '{"version":"1.6.0","languages":{"de":{"hash":"de_0123456789","wasm":"de","page_count":16},"en":{"hash":"en_0123456789","wasm":"en","page_count":16},'
      + '"fr":{"hash":"fr_0123456789","wasm":"fr","page_count":16}},"include_characters":["_","‿"]}',
    );
    expect(readPagefindEntry(dir)).toEqual(merged);
  });

  it('refuses indexes that a browser would read with different rules', () => {
    const other = { ...entry('fr', 16), include_characters: ['_'] };
    expect(() => writePagefindEntry(output(), [entry('en', 16), other])).toThrow(/the Pagefind indexes in .* disagree/);
  });

  it('refuses to write an entry for no index at all', () => {
    expect(() => writePagefindEntry(output(), [])).toThrow(/no Pagefind index was written/);
  });
});
