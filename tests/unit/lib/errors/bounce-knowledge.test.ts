import { describe, expect, it } from 'vitest';
import { prepare, problemsOfCodes } from '../../../../src/lib/errors/bounce-knowledge.ts';
import { BOUNCE_TABLES } from '../../../../src/lib/errors/bounce-tables.ts';
import type { KnownError } from '../../../../src/lib/errors/error-index.ts';

const entry = (fields: Partial<KnownError>): KnownError => ({ meaning: 'Something went wrong.', url: '/a/b/#c', article: 'An article', section: 'A section', ...fields });

describe('prepare', () => {
  it('builds once per list of errors and tables', () => {
    const list = [entry({ message: 'User unknown' })];
    expect(prepare(list, BOUNCE_TABLES)).toBe(prepare(list, BOUNCE_TABLES));
    expect(prepare([...list], BOUNCE_TABLES)).not.toBe(prepare(list, BOUNCE_TABLES));
    const parsed = JSON.parse(JSON.stringify(BOUNCE_TABLES)) as typeof BOUNCE_TABLES;
    expect(prepare(list, parsed)).not.toBe(prepare(list, BOUNCE_TABLES));
  });

  it('knows what each entry is about: surely from its message or code, less surely from its meaning', () => {
    const { entries } = prepare([
      entry({ message: 'Mailbox disk quota exceeded', meaning: 'The mailbox is full.' }),
      entry({ code: '5.7.23', meaning: 'The recipient treated the message as spam because of SPF.' }),
      entry({ code: '4.2.2', message: 'Try again', meaning: 'Greylisted for now.' }),
    ], BOUNCE_TABLES);
    expect(entries[0]!.problems).toEqual(new Map([['mailbox-full', 1]]));
    expect(entries[1]!.problems).toEqual(new Map([['spf', 1], ['spam-content', 0.5]]));
    expect(entries[2]!.problems).toEqual(new Map([['mailbox-full', 1], ['greylisting', 0.5]]));
  });

  it('counts an entry’s codes and its message’s words', () => {
    const [prepared] = prepare([entry({ code: '550 5.1.1', message: 'recipient rejected, account administratively disabled' })], BOUNCE_TABLES).entries;
    expect(prepared).toMatchObject({ codeCount: 2, messageWords: 5, codes: { reply: ['550'], enhanced: ['5.1.1'] } });
  });

  it('finds the articles’ messages with the built-in phrases, in one matcher', () => {
    const { matcher } = prepare([entry({ message: 'Greylisting Delay' })], BOUNCE_TABLES);
    expect(matcher.payloads.at(-1)).toEqual({ kind: 'entry', index: 0 });
    expect(matcher.payloads.length).toBe(BOUNCE_TABLES.markers.length + Object.values(BOUNCE_TABLES.problems).reduce((n, p) => n + p.phrases.length, 0) + 1);
  });

  it('matches the reply codes outside RFC 5321’s grammar that an article lists, as whole codes', () => {
    const { otherCodes } = prepare([entry({ code: '573' })], BOUNCE_TABLES);
    expect('573 Antispam'.match(otherCodes!)).toEqual(['573']);
    expect('5730 or 573.1 or x573'.match(otherCodes!)).toBeNull();
    expect(prepare([entry({ code: '550' })], BOUNCE_TABLES).otherCodes).toBeUndefined();
  });
});

describe('problemsOfCodes', () => {
  it('reads the enhanced codes and ignores the reply codes when there are some', () => {
    expect(problemsOfCodes(['5.1.1', '4.7.26'], ['552'], BOUNCE_TABLES)).toEqual(['unknown-recipient', 'dmarc']);
    expect(problemsOfCodes([], ['552', '550'], BOUNCE_TABLES)).toEqual(['mailbox-full']);
  });

  it('says nothing of codes that name no kind of problem', () => {
    expect(problemsOfCodes(['5.7.1', '5.0.0'], [], BOUNCE_TABLES)).toEqual([]);
  });
});
