import { describe, expect, it } from 'vitest';
import { toWords } from '../../../../src/lib/errors/bounce-phrases.ts';
import { BOUNCE_TABLES, type Problem } from '../../../../src/lib/errors/bounce-tables.ts';
import { describeEnhancedCode } from '../../../../src/lib/errors/smtp-codes.ts';
import { errorStrings } from '../../../../src/i18n/errors/index.ts';
import { LANGUAGE_CODES } from '../../../../src/i18n/languages.ts';

const problems = Object.keys(BOUNCE_TABLES.problems) as Problem[];

describe('BOUNCE_TABLES', () => {
  it('survives the page’s JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(BOUNCE_TABLES))).toEqual(BOUNCE_TABLES);
  });

  it('gives every kind of problem a summary in every language, someone who acts and phrases that are words', () => {
    for (const problem of problems) {
      const spec = BOUNCE_TABLES.problems[problem];
      for (const lang of LANGUAGE_CODES) expect(errorStrings(lang).problems[problem], `${lang} ${problem}`).toMatch(/\.$/);
      expect(errorStrings('en').actors[spec.actor], problem).toBeDefined();
      expect(spec.phrases.length, problem).toBeGreaterThan(0);
      for (const phrase of spec.phrases) expect(toWords(phrase).length, `${problem}: ${phrase}`).toBeGreaterThan(0);
    }
  });

  it('does not give one phrase to two kinds of problem', () => {
    const owner = new Map<string, Problem>();
    for (const problem of problems) {
      for (const phrase of BOUNCE_TABLES.problems[problem].phrases) {
        expect(owner.get(phrase), phrase).toBeUndefined();
        owner.set(phrase, problem);
      }
    }
  });

  it('names only known kinds of problem in its code, consequence and misreading tables', () => {
    const known = new Set<string>(problems);
    const named = [
      ...Object.values(BOUNCE_TABLES.enhancedProblems), ...Object.values(BOUNCE_TABLES.replyProblems),
      ...Object.entries(BOUNCE_TABLES.consequences).flatMap(([p, causes]) => [p, ...causes!]),
      ...Object.entries(BOUNCE_TABLES.misreadings).flatMap(([p, causes]) => [p, ...causes!]),
    ];
    for (const p of named) expect(known.has(p), p).toBe(true);
  });

  it('reads the codes RFC 3463 gives SPF, DKIM and DMARC as those checks', () => {
    const kinds = ['7.20', '7.21', '7.22', '7.23', '7.24', '7.26'].map((code) => BOUNCE_TABLES.enhancedProblems[code]);
    expect(kinds).toEqual(['dkim', 'dkim', 'dkim', 'spf', 'spf', 'dmarc']);
    expect(describeEnhancedCode('5.7.23', errorStrings('en').codes)?.detailTitle).toBe('SPF validation failed');
  });

  it('knows the providers’ own codes: Exchange Online’s banned sending IPs, Gmail’s DKIM and alignment', () => {
    expect(BOUNCE_TABLES.enhancedProblems['7.606']).toBe('block-list');
    expect(BOUNCE_TABLES.enhancedProblems['7.649']).toBe('block-list');
    expect(BOUNCE_TABLES.enhancedProblems['7.650']).toBeUndefined();
    expect(BOUNCE_TABLES.enhancedProblems['7.30']).toBe('dkim');
    expect(BOUNCE_TABLES.enhancedProblems['7.32']).toBe('dmarc');
  });

  it('leaves out the codes servers use for anything', () => {
    expect(BOUNCE_TABLES.enhancedProblems['7.1']).toBeUndefined();
    expect(BOUNCE_TABLES.replyProblems['550']).toBeUndefined();
  });

  it('tells a DNS server that did not answer (temporary) from a name that does not exist', () => {
    const marker = (phrase: string) => BOUNCE_TABLES.markers.find(([p]) => p === phrase)?.[1];
    expect(marker('host not found try again')).toBe('temporary');
    expect(marker('servfail')).toBe('temporary');
    expect(marker('nxdomain')).toBe('dns-missing');
    expect(marker('host not found')).toBe('dns-missing');
  });
});
