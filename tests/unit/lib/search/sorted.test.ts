import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../../src/lib/search/sorted.ts';

describe('lowerBound', () => {
  const words = ['mail', 'mailbox', 'password', 'restore'];
  it('finds the first word a prefix begins, and the first number at or after a value', () => {
    expect(lowerBound(words, 'mailb')).toBe(1);
    expect(lowerBound(words, 'pass')).toBe(2);
    expect(lowerBound([2, 5, 5, 9], 5)).toBe(1);
    expect(lowerBound([2, 5, 5, 9], 6)).toBe(3);
  });
  it('is the length past the last item, and 0 for an empty array', () => {
    expect(lowerBound(words, 'zzz')).toBe(4);
    expect(lowerBound([], 'a')).toBe(0);
  });
});
