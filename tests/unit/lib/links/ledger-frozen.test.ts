import { describe, expect, it } from 'vitest';
import { frozenLedgerMessage, ledgerAdditions, ledgerMode, mergeLedger, type Ledger } from '../../../../src/lib/links/ledger.ts';

const committed: Ledger = {
  articles: { '1007': { urls: ['/backups/restore-deleted-emails/'], aliases: ['/restore-emails'], anchors: ['pop3'] } },
  topics: ['/backups/'],
};

describe('ledgerAdditions', () => {
  it('finds nothing when the build publishes only what the ledger records', () => {
    const now = { articles: new Map([[1007, { url: '/backups/restore-deleted-emails/', aliases: [], anchors: ['pop3'] }]]), topics: ['/backups/'] };
    expect(ledgerAdditions(committed, mergeLedger(committed, now))).toEqual([]);
  });

  it('names every URL, short link, section and topic the ledger lacks', () => {
    const now = {
      articles: new Map([
        [1007, { url: '/mail/restore-deleted-emails/', aliases: ['/restore-emails', '/restore'], anchors: ['pop3', 'imap'] }],
        [1010, { url: '/mail/quota/', aliases: [], anchors: [] }],
      ]),
      topics: ['/backups/', '/mail/'],
    };
    expect(ledgerAdditions(committed, mergeLedger(committed, now))).toEqual([
      'article 1007: URL /mail/restore-deleted-emails/',
      'article 1007: short link /restore',
      'article 1007: section #imap',
      'article 1010: URL /mail/quota/',
      'topic /mail/',
    ]);
  });
});

describe('ledgerMode', () => {
  it.each([
    [{}, 'update'],
    [{ CI: 'true' }, 'frozen'],
    [{ CI: '1' }, 'frozen'],
    [{ CI: 'false' }, 'update'],
    [{ CI: 'FALSE' }, 'update'],
    [{ CI: '0' }, 'update'],
    [{ CI: '' }, 'update'],
    [{ KB_LEDGER: 'frozen' }, 'frozen'],
    [{ CI: 'true', KB_LEDGER: 'update' }, 'update'],
    [{ CI: 'true', KB_LEDGER: '' }, 'frozen'],
  ] as Array<[Record<string, string>, string]>)('with %o the ledger is %s', (env, mode) => {
    expect(ledgerMode(env)).toBe(mode);
  });

  it('refuses an unknown KB_LEDGER value rather than guess', () => {
    expect(() => ledgerMode({ KB_LEDGER: 'locked' })).toThrow('KB_LEDGER=locked: expected "frozen" or "update"');
  });
});

describe('frozenLedgerMessage', () => {
  it('names the file, what is missing, and the commands to run and commit', () => {
    const message = frozenLedgerMessage('content/published.json', ['article 1010: URL /mail/quota/']);
    expect(message).toContain('content/published.json is out of date: this build publishes 1 URL or section it does not record:\n  + article 1010: URL /mail/quota/');
    expect(message).toContain('Nothing was deployed.');
    expect(message).toContain('npm run build && git add content/published.json && git commit -m "Record newly published URLs"');
  });

  it('lists ten additions and counts the rest', () => {
    const message = frozenLedgerMessage('content/published.json', Array.from({ length: 12 }, (_, i) => `topic /t${i}/`));
    expect(message).toContain('publishes 12 URLs or sections');
    expect(message).toContain('  + topic /t9/\n  … and 2 more');
    expect(message).not.toContain('/t10/');
  });
});
