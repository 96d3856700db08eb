import { describe, expect, it } from 'vitest';
import { replyText, shortLink } from '../../../../src/lib/links/share-text.ts';

const section = { id: 'restore-from-mail-service', title: 'Restore from the Mail Service' };
const target = {
  site: 'https://help.example.com', id: 1007, title: 'Restore deleted emails',
  description: 'Recover emails deleted in the last 7 days from the daily backups of your mailbox.',
};

describe('shortLink', () => {
  it.each([
    ['without a section', 'https://help.example.com', undefined, 'https://help.example.com/1007'],
    ['with a section', 'https://help.example.com', section, 'https://help.example.com/1007#restore-from-mail-service'],
    ['for a site with a trailing slash', 'https://help.example.com/', undefined, 'https://help.example.com/1007'],
    ['for a site with a trailing slash, with a section', 'https://help.example.com/', section, 'https://help.example.com/1007#restore-from-mail-service'],
  ])('links to /ID %s', (_, site, s, expected) => {
    expect(shortLink({ site, id: 1007, section: s })).toBe(expected);
  });
});

describe('replyText', () => {
  it('gives the title, the description and the short link, on three lines', () => {
    expect(replyText(target)).toBe([
      'Restore deleted emails',
      'Recover emails deleted in the last 7 days from the daily backups of your mailbox.',
      'https://help.example.com/1007',
    ].join('\n'));
  });

  it('names the section after the title and links to it', () => {
    expect(replyText({ ...target, site: 'https://help.example.com/', section })).toBe([
      'Restore deleted emails › Restore from the Mail Service',
      'Recover emails deleted in the last 7 days from the daily backups of your mailbox.',
      'https://help.example.com/1007#restore-from-mail-service',
    ].join('\n'));
  });
});
