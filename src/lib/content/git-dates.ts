/**
 * Last-commit dates of content files, read with ONE `git log` for the whole folder: a git call
 * per file would make the build grow with the number of articles times the history length.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Parses `git log --format=%x00%cI --name-only` output (newest commit first) into the date of the
 * last commit that touched each file, keyed by the path git prints (relative to the repo root).
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of output.split('\0')) {
    const [stamp, ...files] = block.split('\n').filter((l) => l.trim() !== '');
    if (!stamp) continue;
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

let cache: Map<string, Map<string, Date>> | undefined;

/**
 * Dates of the last commit of every file below `dir`, keyed by absolute path. Outside a git
 * checkout (a tarball deploy) the map is empty and pages show no date rather than a wrong one.
 */
export function readCommitDates(dir: string): Map<string, Date> {
  cache ??= new Map();
  const absolute = path.resolve(dir);
  const hit = cache.get(absolute);
  if (hit) return hit;
  let result = new Map<string, Date>();
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: absolute, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--', absolute], {
      cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const [file, date] of parseGitLog(log)) result.set(path.join(root, file), date);
  } catch {
    result = new Map();
  }
  cache.set(absolute, result);
  return result;
}
