import { linkSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/lib/build/atomic-write.ts';
import { tempFolders } from '../../../support/temp-folders.ts';

const newFolder = tempFolders('kb-atomic-');
const folder = newFolder;

describe('writeFileAtomic', () => {
  it('replaces the file in one step: a reader that opened the old file still reads it whole', () => {
    const dir = folder();
    const file = path.join(dir, 'published.json');
    writeFileSync(file, '{"old": true}\n');
    // A hard link keeps the old file as a reader holding it open would: an in-place write would change it.
    linkSync(file, path.join(dir, 'reader-view'));
    writeFileAtomic(file, '{"new": true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"new": true}\n');
    expect(readFileSync(path.join(dir, 'reader-view'), 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(dir).sort()).toEqual(['published.json', 'reader-view']);
  });

  it('keeps the old file and leaves no temporary file when the write cannot finish', () => {
    const dir = folder();
    const file = path.join(dir, 'published.json');
    mkdirSync(file); // the rename onto a folder fails
    expect(() => writeFileAtomic(file, 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['published.json']);
  });
});
