import { describe, expect, it } from 'vitest';
import { cleanedFragment, cleanedPastedPath, idFromPath, queryFromPath } from '../../../src/lib/not-found.ts';

describe('queryFromPath', () => {
  it.each([
    ['/email-delivery/bounce-errors', 'bounce errors'],
    ['/email-delivery/bounce-errors/', 'bounce errors'],
    ['/restore_email.html', 'restore email'],
    ['/Restore-Deleted-Emails.HTM', 'restore deleted emails'],
    ['/faq/spam-filter.php', 'spam filter'],
    ['/kb/outlook+setup.aspx', 'outlook setup'],
    ['/kb/outlook,imap;pop3:setup.asp', 'outlook imap pop3 setup'],
    ['/docs/smtp.settings', 'smtp settings'],
    ['/bounce%20errors', 'bounce errors'],
    ['/r%C3%A9cup%C3%A9rer-emails', 'récupérer emails'],
    ['/550-5-7-1-relaying-denied', 'relaying denied'],
  ])('turns %s into "%s"', (pathname, query) => {
    expect(queryFromPath(pathname)).toBe(query);
  });

  it.each([
    ['/1234'],
    ['/1234/'],
    ['/backups/2024-01'],
    ['/'],
    [''],
    ['/---/'],
    ['/.html'],
  ])('gives no words for %s', (pathname) => {
    expect(queryFromPath(pathname)).toBe('');
  });

  it('keeps the raw text of a malformed escape', () => {
    expect(queryFromPath('/bounce%zz-errors')).toBe('bounce%zz errors');
  });

  it('keeps at most 100 characters', () => {
    const query = queryFromPath(`/${'abcdefghi-'.repeat(20)}`);
    expect(query).toBe('abcdefghi '.repeat(10).slice(0, 100));
    expect(query).toHaveLength(100);
  });
});

describe('idFromPath', () => {
  it.each([
    ['/1234', 1234],
    ['/1234/', 1234],
    ['/7', 7],
    ['/de/1234', 1234],
    ['/fr/1234/', 1234],
  ])('reads the id of the short link %s', (pathname, id) => {
    expect(idFromPath(pathname)).toBe(id);
  });

  it.each([
    ['/1234/x'],
    ['/1234x'],
    ['/xx/1234'],
    ['/backups/1234'],
    ['1234'],
    ['/'],
    ['/12 34'],
  ])('gives no id for %s', (pathname) => {
    expect(idFromPath(pathname)).toBeUndefined();
  });
});

describe('cleanedPastedPath', () => {
  it.each([
    ['/1007.', '/1007'], ['/1007)', '/1007'], ['/1007),', '/1007'], ['/RESTORE-EMAILS', '/restore-emails'], ['/fr/1007.', '/fr/1007'], ['/restore-emails%E2%80%9D', '/restore-emails'],
  ])('%s is %s', (pasted, meant) => {
    expect(cleanedPastedPath(pasted)).toBe(meant);
  });

  it('leaves a clean path alone, so that the 404 page never loops', () => {
    expect(cleanedPastedPath('/nope')).toBeUndefined();
    expect(cleanedPastedPath('/1007')).toBeUndefined();
    expect(cleanedPastedPath('/%E0%A4%A')).toBeUndefined();
  });
});

describe('cleanedFragment', () => {
  it.each([['not-restored.', 'not-restored'], ['pop3),', 'pop3'], ['POP3', 'pop3'], ['restored”', 'restored']])('#%s is #%s', (pasted, meant) => {
    expect(cleanedFragment(pasted)).toBe(meant);
  });

  it('leaves a clean fragment alone', () => {
    expect(cleanedFragment('not-restored')).toBeUndefined();
    expect(cleanedFragment('...')).toBeUndefined();
  });
});
