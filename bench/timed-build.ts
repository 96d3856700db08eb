/**
 * Runs a whole build command under `/usr/bin/time -v` and reads what the benchmark compares: wall time,
 * the peak resident memory of the process tree's largest process, and the warnings of its log.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
/** Node 24 from the project (the system Node is too old for Astro 7). */
export const node = path.join(root, 'node_modules/.bin/node');

export interface TimedRun { seconds: number; peakRssMb: number; log: string }
export interface Warnings { warnings: number; lines: number }

/** Runs `node args…` in `cwd` under /usr/bin/time -v; throws with the log's tail when it fails. */
export function timedNode(what: string, args: string[], cwd: string, env: Record<string, string> = {}): TimedRun {
  const result = spawnSync('/usr/bin/time', ['-v', node, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(root, 'node_modules/.bin')}:${process.env['PATH']}` },
  });
  // /usr/bin/time appends its report to stderr; the build's own log is everything before it.
  const timeAt = result.stderr.lastIndexOf('\tCommand being timed:');
  const log = `${result.stdout}\n${timeAt >= 0 ? result.stderr.slice(0, timeAt) : result.stderr}`;
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${log.slice(-4000)}`);
  const time = result.stderr.slice(timeAt);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(time)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)![1]);
  return { seconds, peakRssMb: Math.round(rssKb / 1024), log };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const WARNING = /\[WARN\]|\bwarn(ing)?\b/i;
const LOG_LINE = /^\d\d:\d\d:\d\d /;

/**
 * The warnings of a build log: how many, and how many lines they fill. A warning starts at a line that
 * says so (Astro's `[WARN]`, Vite's and rolldown's "warning"); rolldown's code frame under it runs until
 * the next timestamped line of Astro's log.
 */
export function countWarnings(log: string): Warnings {
  let warnings = 0;
  let lines = 0;
  let inBlock = false;
  for (const line of log.replace(ANSI, '').split('\n')) {
    if (WARNING.test(line)) {
      warnings++;
      lines++;
      inBlock = true;
    } else if (inBlock && !LOG_LINE.test(line) && line.trim() !== '') {
      lines++;
    } else if (LOG_LINE.test(line)) {
      inBlock = false;
    }
  }
  return { warnings, lines };
}

/** Every file of a folder, recursively, relative to it. */
export const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
export const dirSize = (dir: string) => filesOf(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
export const removeAll = (...dirs: string[]) => dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
