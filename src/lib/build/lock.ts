/**
 * One build at a time per checkout: builds share Astro's caches, the ledger and the output folder. The
 * lock is a file created exclusively (`wx`), holding the pid and start time of its build, so that a
 * second build can say which build it waits for, and a lock left by a killed build (its pid is gone) is
 * taken over. (proper-lockfile judges staleness by age and records no pid, so it could not name the
 * build that holds the lock; the rule here is a few lines.)
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  /** ISO time the owning build started. */
  started: string;
  command: string;
}

export interface BuildLock {
  file: string;
  release(): void;
}

/** Whether a process with this pid is running (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof data.pid === 'number' ? { pid: data.pid, started: String(data.started), command: String(data.command) } : undefined;
  } catch {
    return undefined; // gone, or being written this very moment: the next attempt sees it
  }
}

/** Takes the lock once; returns the live owner instead when another build holds it. */
export function tryLock(file: string, me: LockOwner): BuildLock | LockOwner {
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      return { file, release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner === undefined) {
      // A lock without a readable owner is being written this moment, or a crash cut its write short.
      if (lockAgeMs(file) < 2000) return { pid: 0, started: new Date().toISOString(), command: 'a build that is just starting' };
    } else if (isAlive(owner.pid)) {
      return owner;
    }
    takeOverStale(file, owner);
  }
}

function lockAgeMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: the next attempt creates it
  }
}

/**
 * Removes a lock whose build was killed. It is moved aside first (one rename: of two builds taking
 * over, only one succeeds); should the moved file be a fresh lock another build took in between, it is
 * put back (link fails if a third took it meanwhile, which only makes that one the owner).
 */
export function takeOverStale(file: string, stale: LockOwner | undefined): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // another build moved it first
  }
  const moved = readOwner(aside);
  if (moved && moved.pid !== stale?.pid && isAlive(moved.pid)) {
    try {
      linkSync(aside, file);
    } catch {
      // someone else holds the lock now; they are the owner either way
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Waits for the lock, up to `timeoutMs`; `onWait` is told once whom it waits for. Returns the owner
 * still holding the lock when time is up.
 */
export async function acquireLock(file: string, me: LockOwner, timeoutMs: number, onWait: (owner: LockOwner) => void): Promise<BuildLock | LockOwner> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    const result = tryLock(file, me);
    if ('release' in result || Date.now() >= deadline) return result;
    if (!told) onWait(result);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, Math.max(10, deadline - Date.now()))));
  }
}
