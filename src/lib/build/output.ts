/**
 * The output folder is replaced only by a complete build: Astro builds into `dist.staging-<pid>`, and the
 * swap is two renames (`dist` → `dist.old-<pid>`, staging → `dist`), each atomic. A build killed in
 * between leaves `dist.old-<pid>` and no `dist`: the next build puts that last good build back before
 * anything else, and removes the folders of killed builds (their pid is gone; a running build's are kept).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './lock.ts';

export interface LeftOver {
  folder: string;
  kind: 'staging' | 'old';
  pid: number;
}

/** `dist.staging-<pid>` and `dist.old-<pid>` folders beside `dist` whose build is no longer running. */
export function leftOvers(dist: string, alive: (pid: number) => boolean = isAlive): LeftOver[] {
  const parent = path.dirname(dist);
  const base = path.basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${base}\\.(staging|old)-(\\d+)$`);
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const found = pattern.exec(name);
    if (!found) return [];
    const pid = Number(found[2]);
    return alive(pid) ? [] : [{ folder: path.join(parent, name), kind: found[1] as LeftOver['kind'], pid }];
  });
}

/**
 * Cleans up after killed builds; returns what it did, one line each. When `dist` is missing (a build
 * was killed mid-swap), its `dist.old-<pid>` becomes `dist` again (there is at most one: builds hold the
 * build lock, and each recovers before it builds).
 */
export function recoverOutput(dist: string, alive?: (pid: number) => boolean): string[] {
  const found = leftOvers(dist, alive);
  const done: string[] = [];
  const shown = (folder: string) => path.relative(process.cwd(), folder) || folder;
  if (!existsSync(dist)) {
    const last = found.find((f) => f.kind === 'old');
    if (last) {
      renameSync(last.folder, dist);
      done.push(`restored ${shown(dist)} from ${shown(last.folder)}, left by a build killed while swapping`);
      found.splice(found.indexOf(last), 1);
    }
  }
  for (const f of found) {
    rmSync(f.folder, { recursive: true, force: true });
    done.push(`removed ${shown(f.folder)}, left by a killed build (pid ${f.pid})`);
  }
  return done;
}

/** Puts a complete build in place of `dist`. */
export function swapIn(staging: string, dist: string): void {
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
}
