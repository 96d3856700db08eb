/**
 * The output folder is replaced only by a complete build: Astro builds into `dist.staging-<pid>`, and the
 * swap is two renames (`dist` → `dist.old-<pid>`, staging → `dist`), each atomic. A build killed in
 * between leaves `dist.old-<pid>` and no `dist`: the next build puts that last good build back before
 * anything else, and removes the folders of killed builds (their pid is gone; a running build's are kept).
 *
 * The replaced build is not deleted at the swap: deleting a five-language site's 25,000 files and folders
 * took 3-7 s at the end of every rebuild (CPU profile), longer than rendering what changed. It is renamed
 * `dist.trash-<pid>`, and the next build deletes it on a thread of its own while it builds.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isAlive } from './lock.ts';

export interface LeftOver {
  folder: string;
  kind: 'staging' | 'old' | 'trash';
  pid: number;
}

/**
 * `dist.staging-<pid>` and `dist.old-<pid>` folders beside `dist` whose build is no longer running, and
 * every `dist.trash-<pid>` (a build replaced, whoever replaced it).
 */
export function leftOvers(dist: string, alive: (pid: number) => boolean = isAlive): LeftOver[] {
  const parent = path.dirname(dist);
  const base = path.basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${base}\\.(staging|old|trash)-(\\d+)$`);
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const found = pattern.exec(name);
    if (!found) return [];
    const kind = found[1] as LeftOver['kind'];
    const pid = Number(found[2]);
    return kind !== 'trash' && alive(pid) ? [] : [{ folder: path.join(parent, name), kind, pid }];
  });
}

/**
 * Cleans up after killed builds; returns what it did, one line each. When `dist` is missing (a build
 * was killed mid-swap), its `dist.old-<pid>` becomes `dist` again (there is at most one: builds hold the
 * build lock, and each recovers before it builds).
 */
export function recoverOutput(dist: string, alive?: (pid: number) => boolean): string[] {
  const found = leftOvers(dist, alive).filter((f) => f.kind !== 'trash');
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

/** Puts a complete build in place of `dist`; the build it replaces becomes `dist.trash-<pid>` (see clearTrash). */
export function swapIn(staging: string, dist: string): void {
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  if (existsSync(old)) renameSync(old, `${dist}.trash-${process.pid}`);
}

/**
 * Deletes the builds replaced before (`dist.trash-<pid>`), each on a worker thread, so that the deletion
 * runs beside the build instead of before or after it. Resolves when they are gone; a build stopped
 * meanwhile leaves the rest for the next one.
 */
export function clearTrash(dist: string): Promise<void> {
  const removals = leftOvers(dist).filter((f) => f.kind === 'trash').map(({ folder }) => new Promise<void>((resolve, reject) => {
    // A thread of its own, not the libuv pool that Astro's file writes use: one rmSync, in Node's C++.
    const worker = new Worker("require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true })", { eval: true, workerData: folder });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  }));
  return Promise.all(removals).then(() => undefined);
}
