/**
 * The index of the first item of an ascending array that is not below `value` (its length when all are):
 * the lower bound of a binary search. Typo correction looks up the words a prefix begins, ranking the
 * positions near a word; seven lines did not merit a dependency.
 */
export function lowerBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
