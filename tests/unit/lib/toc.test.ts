import { describe, expect, it } from 'vitest';
import { tocEntries } from '../../../src/lib/toc.ts';

describe('tocEntries', () => {
  it('keeps h2 and h3 in document order and drops other depths', () => {
    expect(tocEntries([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'before', text: 'Before you start' },
      { depth: 3, slug: 'check', text: 'Check the address' },
      { depth: 4, slug: 'detail', text: 'Detail' },
      { depth: 2, slug: 'fix', text: 'Fix it' },
      { depth: 5, slug: 'deep', text: 'Deep' },
    ])).toStrictEqual([
      { depth: 2, slug: 'before', text: 'Before you start' },
      { depth: 3, slug: 'check', text: 'Check the address' },
      { depth: 2, slug: 'fix', text: 'Fix it' },
    ]);
  });

  it('trims the heading text', () => {
    expect(tocEntries([{ depth: 2, slug: 'fix', text: '  Fix it \n' }])).toStrictEqual([{ depth: 2, slug: 'fix', text: 'Fix it' }]);
  });

  it('copies only depth, slug and text', () => {
    const heading = { depth: 2, slug: 'fix', text: 'Fix it', extra: true };
    expect(tocEntries([heading])).toStrictEqual([{ depth: 2, slug: 'fix', text: 'Fix it' }]);
  });

  it('gives an empty list for an article without headings', () => {
    expect(tocEntries([])).toEqual([]);
  });
});
