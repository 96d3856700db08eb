import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, toJsonLd } from '../../../src/lib/seo.ts';

const site = { url: 'https://help.example.com', name: 'Example Help', lang: 'en' };

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 with absolute URLs', () => {
    expect(breadcrumbJsonLd([
      { label: 'Home', href: '/' },
      { label: 'Email delivery', href: '/email-delivery/' },
      { label: 'SPF, DKIM and DMARC', href: '/email-delivery/spf-dkim-dmarc/' },
    ], site.url)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://help.example.com/' },
        { '@type': 'ListItem', position: 2, name: 'Email delivery', item: 'https://help.example.com/email-delivery/' },
        { '@type': 'ListItem', position: 3, name: 'SPF, DKIM and DMARC', item: 'https://help.example.com/email-delivery/spf-dkim-dmarc/' },
      ],
    });
  });
});

describe('articleJsonLd', () => {
  it('describes an article as a TechArticle with its date and keywords', () => {
    expect(articleJsonLd({
      title: 'Relaying denied', description: 'Why the server refuses to relay.', url: '/email-delivery/relaying-denied/',
      updated: new Date('2026-11-26T23:30:00Z'), keywords: ['550 5.7.1', 'relay'],
    }, site)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Relaying denied',
      description: 'Why the server refuses to relay.',
      url: 'https://help.example.com/email-delivery/relaying-denied/',
      inLanguage: 'en',
      dateModified: '2026-11-26',
      keywords: '550 5.7.1, relay',
      publisher: { '@type': 'Organization', name: 'Example Help' },
    });
  });

  it('leaves out dateModified and keywords when the article has none', () => {
    const ld = articleJsonLd({ title: 't', description: 'd', url: '/a/b/', updated: undefined, keywords: [] }, site);
    expect(Object.keys(ld)).toEqual(['@context', '@type', 'headline', 'description', 'url', 'inLanguage', 'publisher']);
  });
});

describe('toJsonLd', () => {
  it('escapes < so that text cannot close the script tag', () => {
    const data = { headline: 'Fix </script><script>alert(1)</script> and <!-- comments' };
    const json = toJsonLd(data);
    expect(json).toBe('{"headline":"Fix \\u003c/script>\\u003cscript>alert(1)\\u003c/script> and \\u003c!-- comments"}');
    expect(json).not.toContain('<');
  });

  it('still parses back to the same data', () => {
    const data = { name: '</SCRIPT> & "quotes" <b>', list: [1, 'a<b'] };
    expect(JSON.parse(toJsonLd(data))).toEqual(data);
  });
});
