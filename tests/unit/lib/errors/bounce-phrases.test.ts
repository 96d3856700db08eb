import { describe, expect, it } from 'vitest';
import { buildMatcher, builtInPhrases, scanPhrases, toWords, type Payload } from '../../../../src/lib/errors/bounce-phrases.ts';
import { BOUNCE_TABLES } from '../../../../src/lib/errors/bounce-tables.ts';

/** The phrases of `list` found in `text`, with the offset where each ends, in order. */
function found(list: string[], text: string): Array<[string, number]> {
  const matcher = buildMatcher(list.map((p) => [p, { kind: 'marker', marker: 'report' }] as const));
  const out: Array<[string, number]> = [];
  scanPhrases(text, matcher.automaton, (id, at) => out.push([list[id]!, at]));
  return out;
}

describe('toWords', () => {
  it('lower-cases, drops accents and punctuation', () => {
    expect(toWords('Le délai imparti est dépassé!')).toEqual(['le', 'delai', 'imparti', 'est', 'depasse']);
    expect(toWords('couldn’t be found: 5.1.1')).toEqual(['couldn', 't', 'be', 'found', '5', '1', '1']);
    expect(toWords('  ')).toEqual([]);
  });
});

describe('scanPhrases', () => {
  it('matches whole words only', () => {
    expect(found(['spam'], 'antispam spamming')).toEqual([]);
    expect(found(['spam'], 'marked as spam.')).toEqual([['spam', 14]]);
  });

  it('lets a final * match the start of a longer word', () => {
    expect(found(['greylist*'], 'Recipient address rejected: Greylisted')).toHaveLength(1);
    expect(found(['greylist'], 'Recipient address rejected: Greylisted')).toEqual([]);
  });

  it('reads punctuation, line breaks and accents the way toWords does', () => {
    expect(found(['user unknown'], 'User\n   unknown')).toHaveLength(1);
    expect(found(['host not found try again'], 'Host not found, try again')).toHaveLength(1);
    expect(found(['delai imparti'], 'Le délai imparti est dépassé')).toHaveLength(1);
    expect(found(['isn t aligned'], 'isn’t aligned with either')).toHaveLength(1);
  });

  it('finds every phrase in one pass, overlapping ones too, at the end of the text as well', () => {
    expect(found(['host not found', 'host not found try again', 'try again'], 'Host not found, try again')).toEqual([
      ['host not found', 14], ['host not found try again', 25], ['try again', 25],
    ]);
  });

  it('does not match across a letter outside a-z that belongs to a word', () => {
    expect(found(['spam filter'], 'spamø filter')).toEqual([]);
  });
});

describe('builtInPhrases', () => {
  const items = builtInPhrases(BOUNCE_TABLES);

  it('has each kind of problem’s phrases, the final * dropped from the phrase it reports', () => {
    const greylist = items.find(([phrase]) => phrase === 'greylist*');
    expect(greylist?.[1]).toEqual({ kind: 'problem', problem: 'greylisting', phrase: 'greylist' } satisfies Payload);
    for (const problem of Object.keys(BOUNCE_TABLES.problems)) {
      expect(items.some(([, p]) => p.kind === 'problem' && p.problem === problem), problem).toBe(true);
    }
  });

  it('has the markers after the problems', () => {
    const firstMarker = items.findIndex(([, p]) => p.kind === 'marker');
    expect(firstMarker).toBeGreaterThan(0);
    expect(items.slice(firstMarker).every(([, p]) => p.kind === 'marker')).toBe(true);
    expect(items.filter(([, p]) => p.kind === 'marker')).toHaveLength(BOUNCE_TABLES.markers.length);
  });
});
