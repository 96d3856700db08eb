import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, parseEntryPath, shortPath, topicPath } from '../../../../src/lib/links/urls.ts';

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
    ['spam/', 'https://example.com/help', 'https://example.com/help/spam/'],
  ])('resolves %s on %s to %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
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
