import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPagefindReadable, installedPagefind, pagefindVersionProblem, READS_PAGEFIND, readFragments } from '../../../../src/lib/search/pagefind-files.ts';

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
