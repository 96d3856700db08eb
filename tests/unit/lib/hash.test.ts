import { describe, expect, it } from 'vitest';
import { hashOf } from '../../../src/lib/hash.ts';

describe('hashOf', () => {
  it('gives the same short digest for the same data, so a page unchanged is reused', () => {
    expect(hashOf({ id: 1007, related: [1002, 1010] })).toBe(hashOf({ id: 1007, related: [1002, 1010] }));
    expect(hashOf('x')).toMatch(/^[\w-]{22}$/);
  });

  it('changes when any part of the data changes, so a page whose data changed is built again', () => {
    const page = { id: 1007, title: 'Restore deleted emails', updated: new Date('2026-11-01') };
    expect(hashOf({ ...page, title: 'Restore emails' })).not.toBe(hashOf(page));
    expect(hashOf({ ...page, updated: new Date('2026-11-02') })).not.toBe(hashOf(page));
    expect(hashOf([1, 2])).not.toBe(hashOf([2, 1]));
  });
});
