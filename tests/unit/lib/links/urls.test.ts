import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, parseEntryPath, rebaseAuthoredUrl, shortPath, topicPath, withBase, withoutBase } from '../../../../src/lib/links/urls.ts';

describe('urls', () => {
  it('builds an article path as /<topic>/<slug>/', () => {
    expect(articlePath('email-delivery', 'spf-dkim-dmarc')).toBe('/email-delivery/spf-dkim-dmarc/');
  });

  it('builds a topic path as /<topic>/', () => {
    expect(topicPath('spam')).toBe('/spam/');
  });

  it('builds a short link as /<id>', () => {
    expect(shortPath(1007)).toBe('/1007');
  });

  it.each([
    ['/spam/', 'https://help.example.com', 'https://help.example.com/spam/'],
    ['/spam/', 'https://help.example.com/', 'https://help.example.com/spam/'],
    ['/', 'https://help.example.com', 'https://help.example.com/'],
    // A site under a path keeps it: the canonical URL of its home page is not the company's home page.
    ['/', 'https://example.com/help/', 'https://example.com/help/'],
    ['/spam/', 'https://example.com/help', 'https://example.com/help/spam/'],
    ['/1007#pop3', 'https://example.com/en/support/faq/', 'https://example.com/en/support/faq/1007#pop3'],
  ])('resolves %s on %s to %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });

  describe('a site served under a base path', () => {
    it.each([
      ['/1007#pop3', '/', '/1007#pop3'],
      ['/1007#pop3', '/help/', '/help/1007#pop3'],
      ['/', '/help/', '/help/'],
      ['/search/?q=spf', '/en/support/faq/', '/en/support/faq/search/?q=spf'],
    ])('serves the site path %s under %s as %s', (path, base, expected) => {
      expect(withBase(path, base)).toBe(expected);
    });

    it('refuses a path that is not a site path, instead of making a link relative to the page', () => {
      expect(() => withBase('mail/', '/help/')).toThrow(/not a site path/);
    });

    it.each([
      ['/help/1234', '/help/', '/1234'],
      ['/help/', '/help/', '/'],
      ['/help', '/help/', '/'],
      ['/1234', '/', '/1234'],
      ['/helpdesk/1234', '/help/', undefined],
      ['/other/page/', '/help/', undefined],
    ])('reads the served path %s under %s as the site path %s', (pathname, base, expected) => {
      expect(withoutBase(pathname, base)).toBe(expected);
    });

    it.each([
      ['/errors/', '/help/errors/'],
      ['/videos/restore.mp4', '/help/videos/restore.mp4'],
      ['#pop3', '#pop3'],
      ['https://example.org/', 'https://example.org/'],
      ['//cdn.example.org/x.png', '//cdn.example.org/x.png'],
      ['mailto:support@example.com', 'mailto:support@example.com'],
    ])('gives an authored URL %s the base only when it is root-relative: %s', (url, expected) => {
      expect(rebaseAuthoredUrl(url, '/help/')).toBe(expected);
    });
  });

  it.each([
    ['articles/spam/reduce-incoming-spam', { folder: 'spam', slug: 'reduce-incoming-spam' }],
    ['articles/email-delivery/550-5-7-1-relaying-denied', { folder: 'email-delivery', slug: '550-5-7-1-relaying-denied' }],
  ])('splits the entry id %s into folder and slug', (entryId, expected) => {
    expect(parseEntryPath(entryId)).toEqual(expected);
  });

  it.each([
    ['articles/reduce-incoming-spam'],
    ['articles/spam/old/reduce-incoming-spam'],
    ['articles//reduce-incoming-spam'],
    ['topics/spam/reduce-incoming-spam'],
    ['content/articles/spam/reduce-incoming-spam'],
  ])('rejects the entry id %s, which is not one folder deep', (entryId) => {
    expect(parseEntryPath(entryId)).toBeUndefined();
  });
});
