import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, isAlive, takeOverStale, tryLock, type LockOwner } from '../../../../src/lib/build/lock.ts';
import { tempFolders } from '../../../support/temp-folders.ts';

const newFolder = tempFolders('kb-lock-');
function lockFile(): string {
  const dir = newFolder();
  return path.join(dir, '.astro', 'build.lock');
}
/** The pid of a process that has exited. */
const deadPid = () => spawnSync('true').pid!;
const me: LockOwner = { pid: process.pid, started: '2026-12-01T10:00:00.000Z', command: 'build.ts' };

describe('tryLock', () => {
  it('takes a free lock, records its owner, and frees it on release', () => {
    const file = lockFile();
    const lock = tryLock(file, me);
    expect('release' in lock).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(me);
    if ('release' in lock) lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('gives the owner instead when a running build holds the lock', () => {
    const file = lockFile();
    tryLock(file, me);
    expect(tryLock(file, { ...me, started: '2026-12-01T11:00:00.000Z' })).toEqual(me);
  });

  it('takes over a lock left by a build that was killed', () => {
    const file = lockFile();
    tryLock(file, { ...me, pid: deadPid() });
    const lock = tryLock(file, me);
    expect('release' in lock).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
  });

  it('treats a lock cut short by a crash (no readable owner) as stale once it is old', () => {
    const file = lockFile();
    tryLock(file, me);
    writeFileSync(file, '{"pid":');
    expect(tryLock(file, me)).toMatchObject({ pid: 0, command: 'a build that is just starting' });
    const old = new Date(Date.now() - 10_000);
    spawnSync('touch', ['-d', old.toISOString(), file]);
    expect('release' in tryLock(file, me)).toBe(true);
  });
});

describe('takeOverStale', () => {
  it.each([
    ['a killed build', () => ({ ...me, pid: deadPid() })],
    ['an unreadable file', () => undefined],
  ])('puts back a lock that a running build took after %s was found stale', (_, stale) => {
    const file = lockFile();
    tryLock(file, me); // the fresh lock of a running build, where the stale one was a moment ago
    takeOverStale(file, stale());
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(me);
  });
});

describe('acquireLock', () => {
  it('waits for the running build, says once whom it waits for, and gives up at the time limit', async () => {
    const file = lockFile();
    tryLock(file, me);
    const told: LockOwner[] = [];
    const result = await acquireLock(file, { ...me, started: 'later' }, 300, (o) => told.push(o));
    expect(result).toEqual(me);
    expect(told).toEqual([me]);
  });

  it('gets the lock as soon as the running build releases it', async () => {
    const file = lockFile();
    const first = tryLock(file, me);
    setTimeout(() => 'release' in first && first.release(), 100);
    const second = await acquireLock(file, { ...me, started: 'later' }, 5000, () => {});
    expect('release' in second).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).started).toBe('later');
  });
});

describe('isAlive', () => {
  it('tells a running process from one that has exited', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });
});
