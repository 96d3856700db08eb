import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../../src/lib/content/lint.ts';
import { scanContent } from '../../../../src/lib/content/article-index.ts';
import { readFeatured, readTopicTitles } from '../../../../src/lib/content/data-files.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';
import { tempFolders } from '../../../support/temp-folders.ts';

/** The valid lint fixture, copied and re-saved the way various editors save files. */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const newFolder = tempFolders('kb-encoding-');

function copyOfValid(): string {
  const dir = newFolder();
  cpSync(path.join(root, 'tests/fixtures/lint/valid'), dir, { recursive: true });
  return dir;
}

/** Re-saves a file as a Windows editor would: byte order mark and CRLF line endings. */
function saveAsWindows(file: string): void {
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(file, 'utf8').replaceAll('\n', '\r\n'))]));
}

describe('content saved by Windows editors', () => {
  it('passes the lint and the index with a byte order mark and CRLF line endings in articles and data files', async () => {
    const dir = copyOfValid();
    for (const f of ['articles/spam/block-a-sender.mdx', 'articles/backups/restore-emails.mdx', 'topics.yaml', 'featured.yaml']) saveAsWindows(path.join(dir, f));
    expect((await lintContent(dir, { root: dir })).problems.map(formatProblem)).toEqual([]);
    expect(new Map([...scanContent(dir)].map(([id, a]) => [id, [a.title, a.url]]))).toEqual(new Map([
      [1001, ['Block a sender', '/spam/block-a-sender/']],
      [1002, ['Restore deleted emails', '/backups/restore-emails/']],
    ]));
    expect(readTopicTitles(dir).get('spam')).toBe('Spam and phishing');
    expect(readFeatured(dir).problem).toBeUndefined();
  });

  it('reports an article that is not UTF-8 at the line of the first bad byte, and still checks the others', async () => {
    const dir = copyOfValid();
    const file = path.join(dir, 'articles/backups/restore-emails.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Line 8 gets "café" saved as Windows-1252 (é = 0xE9) at column 4.
    writeFileSync(file, Buffer.concat([Buffer.from(`${lines.slice(0, 7).join('\n')}\ncaf`), Buffer.from([0xe9]), Buffer.from(`\n${lines.slice(7).join('\n')}`)]));
    saveAsWindows(path.join(dir, 'topics.yaml'));
    const problems = (await lintContent(dir, { root: dir })).problems.map(formatProblem);
    expect(problems[0]).toMatch(/^articles\/backups\/restore-emails\.mdx:8:4: the file is not valid UTF-8 \(byte 0xE9\)/);
    expect(problems[0]).toContain('hint: save it again with the UTF-8 encoding');
    // The other article links to this one: the lint goes on, and says nothing else about the broken file.
    expect(problems.filter((p) => p.includes('restore-emails.mdx:') && !p.includes('UTF-8'))).toEqual([]);
  });

  it('reports a topics file that is not UTF-8 at its bad byte', async () => {
    const dir = copyOfValid();
    const file = path.join(dir, 'topics.yaml');
    const before = readFileSync(file);
    const line = before.toString('utf8').split('\n').length + 1; // the new entry's title line
    writeFileSync(file, Buffer.concat([before, Buffer.from('news:\n  title: Nouveaut'), Buffer.from([0xe9, 0x73]), Buffer.from('\n')]));
    const problems = (await lintContent(dir, { root: dir })).problems.map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^topics\\.yaml:${line}:18: the file is not valid UTF-8 \\(byte 0xE9\\)`)));
  });
});
