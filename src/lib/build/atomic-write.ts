/**
 * Writes that a killed process cannot leave half done: the text goes to a temporary file in the same
 * folder (so that the rename stays on one file system), is flushed to disk, and then replaces the
 * target in one rename. A reader sees the old file or the new one, never a truncated one.
 * (Written here rather than taken from write-file-atomic: the build needs this one synchronous call,
 * and a dependency for ten lines is not worth its upkeep.)
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Replaces `file` with `text` atomically. */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
