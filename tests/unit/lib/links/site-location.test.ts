import { describe, expect, it } from 'vitest';
import { normalizeBase, publicLocation } from '../../../../src/lib/links/site-location.ts';

describe('where the site lives', () => {
  it.each([
    ['https://help.example.com', { url: 'https://help.example.com/', base: '/' }],
    ['https://help.example.com/', { url: 'https://help.example.com/', base: '/' }],
    ['https://example.com/help', { url: 'https://example.com/help/', base: '/help/' }],
    ['https://example.com/help/', { url: 'https://example.com/help/', base: '/help/' }],
    ['https://example.com/en/support/faq/', { url: 'https://example.com/en/support/faq/', base: '/en/support/faq/' }],
  ])('takes the base path from SITE_URL %s', (siteUrl, expected) => {
    expect(publicLocation(siteUrl)).toEqual(expected);
  });

  it('lets an explicit base override the path of the URL', () => {
    expect(publicLocation('https://example.com/', 'support')).toEqual({ url: 'https://example.com/support/', base: '/support/' });
  });

  it.each([
    ['help', '/help/'],
    ['/help', '/help/'],
    ['help/', '/help/'],
    ['//help//faq/', '/help/faq/'],
    ['', '/'],
    ['/', '/'],
  ])('normalizes the base %j to %s', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it.each([
    ['example.com/help/', /not an absolute URL/],
    ['ftp://example.com/help/', /must start with https:\/\/ or http:\/\//],
    ['https://example.com/help/?lang=en', /must not carry a query/],
    ['https://example.com/help/#top', /must not carry a query or #fragment/],
  ])('says what is wrong with the setting SITE_URL=%s', (siteUrl, message) => {
    expect(() => publicLocation(siteUrl)).toThrow(message);
  });
});
