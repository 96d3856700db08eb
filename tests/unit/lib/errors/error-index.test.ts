import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/content/article-index.ts';
import { buildErrorIndex as buildIndex, filterCount, knownErrors, matchesFilter, parseEntryCodes, type ErrorRow, type ErrorSource, type KnownError } from '../../../../src/lib/errors/error-index.ts';
import { errorStrings } from '../../../../src/i18n/errors/index.ts';
import { ArticleSchema, type ArticleError } from '../../../../src/schemas/article.ts';

/** A known error in a few words. */
const err = (code: string | undefined, message: string | undefined, url = '/t/a/#s', meaning = 'Meaning.'): KnownError => ({
  ...(code ? { code } : {}), ...(message ? { message } : {}), meaning, url, article: 'Article', section: 'Section',
});
/** The index in English, as the English page builds it. */
const buildErrorIndex = (errors: KnownError[]) => buildIndex(errors, errorStrings('en'));
const rowsOf = (errors: KnownError[]) => buildErrorIndex(errors).flatMap((g) => g.rows);
const find = (rows: ErrorRow[], code: string | undefined, message?: string) => rows.find((r) => r.code === code && r.message === message);

describe('parseEntryCodes', () => {
  it.each([
    ['550 5.7.1', { reply: ['550'], enhanced: ['5.7.1'], outlook: [], other: [] }],
    ['550-5.7.1', { reply: ['550'], enhanced: ['5.7.1'], outlook: [], other: [] }],
    ['5.2.2', { reply: [], enhanced: ['5.2.2'], outlook: [], other: [] }],
    ['0x800ccc0e', { reply: [], enhanced: [], outlook: ['0x800CCC0E'], other: [] }],
    ['573', { reply: [], enhanced: [], outlook: [], other: ['573'] }],
    ['550 5.7.509', { reply: ['550'], enhanced: ['5.7.509'], outlook: [], other: [] }],
    [undefined, { reply: [], enhanced: [], outlook: [], other: [] }],
  ])('reads %j', (code, expected) => {
    expect(parseEntryCodes(code)).toEqual(expected);
  });
});

describe('knownErrors', () => {
  const source: ErrorSource = {
    title: 'Understand a bounce',
    url: '/email-delivery/bounces/',
    errors: [
      { code: '552', message: 'Mailbox disk quota exceeded', section: 'mailbox-full', meaning: 'The mailbox is full.' },
      { message: 'Greylisting Delay', section: 'greylisting', meaning: 'Send again later.' },
    ],
    sections: { 'mailbox-full': 'Mailbox full' },
  };

  it('links each error to its section and names the section by its heading', () => {
    expect(knownErrors([source])).toEqual([
      { code: '552', message: 'Mailbox disk quota exceeded', meaning: 'The mailbox is full.', url: '/email-delivery/bounces/#mailbox-full', article: 'Understand a bounce', section: 'Mailbox full' },
      { message: 'Greylisting Delay', meaning: 'Send again later.', url: '/email-delivery/bounces/#greylisting', article: 'Understand a bounce', section: 'greylisting' },
    ]);
  });
});

describe('buildErrorIndex', () => {
  it('groups SMTP replies by class, then enhanced codes, Outlook codes and messages, leaving out empty groups', () => {
    const groups = buildErrorIndex([
      err(undefined, 'Greylisting Delay'), err('0x800CCC0E', undefined), err('5.2.2', undefined),
      err('550 5.7.1', 'Relaying denied'), err('421', undefined),
    ]);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.code ?? r.message)])).toEqual([
      ['smtp-4xx', ['421']],
      ['smtp-5xx', ['550 5.7.1']],
      ['enhanced', ['5.2.2']],
      ['outlook', ['0x800CCC0E']],
      ['messages', ['Greylisting Delay']],
    ]);
    expect(buildErrorIndex([err(undefined, 'Greylisting Delay')]).map((g) => g.id)).toEqual(['messages']);
  });

  it('says temporary or permanent from the code, and nothing for Outlook codes and bare messages', () => {
    const rows = rowsOf([err('421', undefined), err('5.2.2', undefined), err('454 4.7.0', 'x'), err('0x800CCC0E', undefined), err(undefined, 'Greylisting Delay')]);
    expect(rows.map((r) => [r.code ?? r.message, r.outcome])).toEqual([
      ['421', 'temporary'], ['454 4.7.0', 'temporary'], ['5.2.2', 'permanent'], ['0x800CCC0E', undefined], ['Greylisting Delay', undefined],
    ]);
  });

  it('keeps 2xx and 3xx replies apart from the failures', () => {
    expect(buildErrorIndex([err('250', 'OK'), err('550', 'No')]).map((g) => g.id)).toEqual(['smtp-5xx', 'smtp-other']);
  });

  it('puts a non-standard reply code (573) with the SMTP replies of its class', () => {
    expect(buildErrorIndex([err('573', 'Antispam')])[0]).toMatchObject({ id: 'smtp-5xx', rows: [{ code: '573', outcome: 'permanent' }] });
  });

  it('gives the RFC 3463 title of the enhanced code when the registry has one', () => {
    const rows = rowsOf([err('550 5.7.1', 'Relaying denied'), err('550 5.7.509', 'DMARC')]);
    expect(find(rows, '550 5.7.1', 'Relaying denied')?.standard).toBe('Delivery not authorized, message refused');
    expect(find(rows, '550 5.7.509', 'DMARC')?.standard).toBeUndefined();
  });

  it('writes an error explained in two articles once, with both links', () => {
    const rows = rowsOf([
      err(undefined, 'Delivery to the following recipient failed due to SPF failure', '/a/bounces/#spf-failure'),
      err(undefined, 'Delivery to the following recipient failed due to SPF failure.', '/a/spf/#spf-errors'),
      err('0x800CCC79', 'Rejected.', '/b/outlook/#code'),
      err('0x800ccc79', 'rejected', '/b/relay/#what'),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.links.map((l) => l.url))).toEqual([['/b/outlook/#code', '/b/relay/#what'], ['/a/bounces/#spf-failure', '/a/spf/#spf-errors']]);
  });

  it('keeps one row per message when a code comes with several messages', () => {
    const rows = rowsOf([err('550 5.7.1', 'Relaying denied'), err('550 5.7.1', 'Unable to relay'), err('550 5.7.1', 'Relaying denied')]);
    expect(rows.map((r) => r.message)).toEqual(['Relaying denied', 'Unable to relay']);
  });

  it('sorts codes by their numbers: 5.7.9 before 5.7.23, 421 before 454', () => {
    const rows = buildErrorIndex([err('5.7.23', undefined), err('5.7.9', undefined), err('5.2.2', undefined)])[0]!.rows;
    expect(rows.map((r) => r.code)).toEqual(['5.2.2', '5.7.9', '5.7.23']);
    expect(rowsOf([err('454 4.7.0', 'a'), err('421', undefined)]).map((r) => r.code)).toEqual(['421', '454 4.7.0']);
  });

  it('gives each row filter terms with every code as a word of its own', () => {
    const [row] = rowsOf([err('550-5.7.1', 'Relaying denied', '/t/a/#s', 'The server refused.')]);
    expect(row!.terms).toBe(' 550 5.7.1 relaying denied the server refused delivery not authorized message refused section ');
  });

  it('finds a row by the title of the section that explains it: "user unknown", the everyday name of a bounce', () => {
    const explained = { ...err(undefined, 'The email address does not exist.'), section: 'User unknown' };
    const rows = rowsOf([explained, err('552', 'Mailbox full')]);
    expect(rows.filter((r) => matchesFilter(r.terms, 'user unknown')).map((r) => r.message)).toEqual(['The email address does not exist.']);
  });

  it('writes the groups and the registry’s titles in the language of the strings it is given', () => {
    const errors = [err('550 5.2.2', 'Mailbox full', '/de/t/a/#s', 'Das Postfach ist voll.'), err('0x800CCC0E', undefined)];
    const groups = buildIndex(errors, errorStrings('de'));
    expect(groups.map((g) => [g.id, g.title])).toEqual([['smtp-5xx', 'SMTP-Antworten 5xx: dauerhaft'], ['outlook', 'Outlook-Codes 0x800…']]);
    expect(groups[0]!.description).toBe(errorStrings('de').groups['smtp-5xx'].description);
    expect(groups[0]!.rows[0]).toMatchObject({ standard: 'Postfach voll', links: [{ url: '/de/t/a/#s' }] });
    // The filter box finds a row by the words of the page's language.
    expect(matchesFilter(groups[0]!.rows[0]!.terms, 'postfach voll')).toBe(true);
    expect(buildIndex(errors, errorStrings('fr'))[0]!.rows[0]!.standard).toBe('Boîte aux lettres pleine');
  });
});

describe('filterCount', () => {
  const EN = errorStrings('en').filter;
  const FR = errorStrings('fr').filter;
  const DE = errorStrings('de').filter;

  it('counts every error while the box is empty', () => {
    expect(filterCount(EN, 'en', '', 80, 80)).toBe('80 errors');
    expect(filterCount(EN, 'en', '  ', 1, 1)).toBe('1 error');
    expect(filterCount(FR, 'fr', '', 80, 80)).toBe('80 erreurs');
    expect(filterCount(DE, 'de', '', 1, 1)).toBe('1 Fehler');
  });

  it('says how many match what was typed, in the plural of the language', () => {
    expect(filterCount(EN, 'en', ' 5.7.1 ', 3, 80)).toBe('3 of 80 errors match “5.7.1”.');
    expect(filterCount(EN, 'en', '5.7.1', 1, 80)).toBe('1 of 80 errors matches “5.7.1”.');
    expect(filterCount(FR, 'fr', 'mot de passe', 9, 80)).toBe('9 erreurs sur 80 correspondent à «\u00a0mot de passe\u00a0».');
    expect(filterCount(FR, 'fr', '5.7.1', 1, 80)).toBe('1 erreur sur 80 correspond à «\u00a05.7.1\u00a0».');
    expect(filterCount(DE, 'de', '5.7.1', 2, 80)).toBe('2 von 80 Fehlern passen zu „5.7.1“.');
  });

  it('says so when nothing matches, quoting the words as typed', () => {
    expect(filterCount(EN, 'en', 'no-such-error', 0, 80)).toBe('No error matches “no-such-error”.');
    expect(filterCount(FR, 'fr', '<b>{count}</b>', 0, 80)).toBe('Aucune erreur ne correspond à «\u00a0<b>{count}</b>\u00a0».');
  });
});

describe('matchesFilter', () => {
  const rows = rowsOf([
    err('550 5.7.1', 'Relaying denied'), err('5.7.10', 'Encryption Needed'), err('0x800CCC0E', 'The connection to the server has failed.'),
    err('552', 'Mailbox disk quota exceeded'),
  ]);

  it.each([
    ['5.7.1', ' 550 5.7.1 relaying denied ', true],
    ['5.7.1', ' 5.7.10 encryption needed ', false],
    ['5.7.10', ' 5.7.10 encryption needed ', true],
    ['5.7', ' 5.7.10 encryption needed ', true],
    ['550-5.7.1', ' 550 5.7.1 relaying denied ', true],
    ['550 5.7.1', ' 550 5.7.1 relaying denied ', true],
    ['550', ' 550 5.7.1 relaying denied ', true],
    ['55', ' 552 mailbox disk quota exceeded ', true],
    ['0X800ccc0e', ' 0x800ccc0e the connection to the server has failed ', true],
    ['Quota exceeded', ' 552 mailbox disk quota exceeded ', true],
    ['quota relaying', ' 552 mailbox disk quota exceeded ', false],
    ['relaying denied.', ' 550 5.7.1 relaying denied ', true],
    ['', ' anything ', true],
    ['   ', ' anything ', true],
  ])('%j in %j: %s', (query, terms, expected) => {
    expect(matchesFilter(terms, query)).toBe(expected);
  });

  it('narrows built rows to the ones about a code', () => {
    expect(rows.filter((r) => matchesFilter(r.terms, '5.7.1')).map((r) => r.message)).toEqual(['Relaying denied']);
  });
});

/** Every published article's errors, read from the real content with section headings from the MDX. */
function realSources(): ErrorSource[] {
  const root = path.resolve(import.meta.dirname, '../../../../content/articles');
  return readdirSync(root).sort().flatMap((topic) => readdirSync(path.join(root, topic)).filter((f) => f.endsWith('.mdx')).flatMap((file) => {
    const text = readFileSync(path.join(root, topic, file), 'utf8');
    const data = ArticleSchema.parse(readFrontmatter(text));
    if (data.draft || data.errors.length === 0) return [];
    const sections = Object.fromEntries([...text.matchAll(/^#{2,6} (.+?) \{#([a-z0-9-]+)\}\s*$/gm)].map((m) => [m[2]!, m[1]!]));
    return [{ title: data.title, url: `/${topic}/${file.replace(/\.mdx$/, '')}/`, errors: data.errors as ArticleError[], sections }];
  }));
}

describe('the error index of the real content', () => {
  const sources = realSources();
  const groups = buildErrorIndex(knownErrors(sources));
  const rows = groups.flatMap((g) => g.rows);

  it('lists every error every article explains, each linked to its section', () => {
    for (const source of sources) {
      for (const e of source.errors) {
        const row = rows.find((r) => r.message?.toLowerCase().replace(/\.$/, '') === e.message?.toLowerCase().replace(/\.$/, '')
          && (e.code === undefined ? r.code === undefined : [...parseEntryCodes(e.code).reply, ...parseEntryCodes(e.code).other, ...parseEntryCodes(e.code).enhanced, ...parseEntryCodes(e.code).outlook].join(' ') === r.code));
        expect(row, `${source.url} ${e.code ?? ''} ${e.message ?? ''}`).toBeDefined();
        expect(row!.links.map((l) => l.url)).toContain(`${source.url}#${e.section}`);
      }
    }
  });

  it('names every linked section by its heading, so every section exists', () => {
    for (const link of rows.flatMap((r) => r.links)) expect(link.section, link.url).not.toBe(link.url.split('#')[1]);
  });

  it('writes nothing twice', () => {
    const keys = rows.map((r) => `${r.code}|${r.message?.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has all five groups, with 5.7.1 among the permanent SMTP replies', () => {
    expect(groups.map((g) => g.id)).toEqual(['smtp-4xx', 'smtp-5xx', 'enhanced', 'outlook', 'messages']);
    expect(groups[1]!.rows.filter((r) => matchesFilter(r.terms, '5.7.1')).map((r) => r.message)).toEqual(expect.arrayContaining(['Relaying denied', 'Relay access denied']));
  });
});
