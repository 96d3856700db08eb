/**
 * Writes that cannot be half done (Node): atomic file writes, one build at a time per checkout, and the
 * swap of a finished build into place (with recovery from a killed one).
 */
export { writeFileAtomic } from './atomic-write.ts';
export { describeFailure } from './failure.ts';
export { acquireLock, isAlive, takeOverStale, tryLock, type BuildLock, type LockOwner } from './lock.ts';
export { clearTrash, leftOvers, recoverOutput, swapIn, type LeftOver } from './output.ts';
