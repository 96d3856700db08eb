/**
 * Content stays inside the content folder: an article, a data file or an image that is a symbolic link,
 * or a relative path that climbs out (`../../../secrets.png`), could publish a file from elsewhere on the
 * build machine. Such paths are problems, never read.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';

/** Why `file` may not be read as content of `root` (both absolute), or undefined when it may. */
export function outsideContentReason(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return 'it is outside the content folder';
  // Every step from the folder down to the file, so that a linked folder is caught as well as a linked file.
  let at = root;
  for (const part of relative.split(path.sep)) {
    at = path.join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return `${path.relative(root, at)} is a symbolic link`;
    } catch {
      return undefined; // A missing file is another problem, reported where it is read.
    }
  }
  return undefined;
}
