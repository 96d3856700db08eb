import { describe, expect, it } from 'vitest';
import { prepare } from '../../../../src/lib/errors/bounce-knowledge.ts';
import { recommend, W_PHRASE, type Evidence } from '../../../../src/lib/errors/bounce-ranking.ts';
import { BOUNCE_TABLES, type Problem } from '../../../../src/lib/errors/bounce-tables.ts';
import type { KnownError } from '../../../../src/lib/errors/error-index.ts';

const entry = (url: string, fields: Partial<KnownError>): KnownError => ({ meaning: `Meaning of ${url}.`, url, article: 'Article', section: url, ...fields });

const list = [
  entry('/bounces/#user-unknown', { code: '550 5.1.1', message: 'User unknown' }),
  entry('/bounces/#disabled', { code: '550 5.1.1', message: 'account administratively disabled' }),
  entry('/bounces/#full', { code: '552', message: 'Mailbox disk quota exceeded' }),
  entry('/bounces/#temporary', { code: '421' }),
  entry('/relay/#what-it-means', { code: '550 5.7.1', message: 'Authentication required' }),
  entry('/outlook/#0x800ccc0e', { code: '0x800CCC0E' }),
  entry('/software/#0x800ccc0e-in-outlook', { code: '0x800CCC0E', message: 'Cannot connect' }),
];
const { entries } = prepare(list, BOUNCE_TABLES);

/** Evidence with nothing in it but what a test sets. */
function evidence(fields: Partial<Evidence> & { kinds?: Array<[Problem, number]> }): Evidence {
  const { kinds = [], ...rest } = fields;
  return { replies: new Set(), enhanced: new Set(), outlook: new Set(), entryHits: new Set(), problems: new Map(kinds.map(([p, weight]) => [p, { weight }])), top: kinds[0]?.[0], ...rest };
}
const urls = (e: Evidence) => recommend(entries, e).recommendations.map((r) => r.url);

describe('recommend', () => {
  it('puts the entry whose own message is found first, and says it rests on it', () => {
    const ranked = recommend(entries, evidence({ replies: new Set(['550']), enhanced: new Set(['5.1.1']), entryHits: new Set([1]), kinds: [['account-disabled', W_PHRASE]] }));
    expect(ranked.recommendations[0]?.url).toBe('/bounces/#disabled');
    expect(ranked).toMatchObject({ strong: true, bestEntry: { entry: { url: '/bounces/#disabled' } } });
  });

  it('counts a shared code at half for an entry whose message is not in the text', () => {
    const ranked = recommend(entries, evidence({ replies: new Set(['550']), enhanced: new Set(['5.1.1']), kinds: [['unknown-recipient', W_PHRASE]] }));
    expect(ranked.recommendations.map((r) => r.url)).toEqual(['/bounces/#user-unknown']);
    expect(ranked.strong).toBe(false);
  });

  it('trusts an Outlook code alone, and ranks a heading that names the code first', () => {
    expect(urls(evidence({ outlook: new Set(['0x800CCC0E']) }))).toEqual(['/outlook/#0x800ccc0e', '/software/#0x800ccc0e-in-outlook']);
    expect(recommend(entries, evidence({ outlook: new Set(['0x800CCC0E']) })).strong).toBe(true);
  });

  it('recommends nothing below the minimum score or far below the best', () => {
    expect(urls(evidence({}))).toEqual([]);
    expect(urls(evidence({ entryHits: new Set([2]), replies: new Set(['421']) }))).toEqual(['/bounces/#full']);
  });

  it('does not recommend an entry only about what the text rules out, even when its message is found', () => {
    const found = evidence({ entryHits: new Set([4]), kinds: [['dmarc', W_PHRASE]] });
    expect(urls(found)).toContain('/relay/#what-it-means');
    expect(urls({ ...found, ruledOut: new Set<Problem>(['relaying']) })).not.toContain('/relay/#what-it-means');
  });

  it('keeps each section once, at most three', () => {
    const many = evidence({ replies: new Set(['550', '552', '421']), enhanced: new Set(['5.1.1', '5.7.1']), outlook: new Set(['0x800CCC0E']), entryHits: new Set([0, 1, 2, 4, 6]) });
    const result = urls(many);
    expect(result).toHaveLength(3);
    expect(new Set(result).size).toBe(3);
  });
});
