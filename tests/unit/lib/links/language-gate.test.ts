import { describe, expect, it } from 'vitest';
import { languageProblems, pageLanguageFacts, type PageLanguageFacts } from '../../../../src/lib/links/language-gate.ts';

const toSitePath = (url: string) => new URL(url).pathname;
const page = (lang: string, alternates: Record<string, string> = {}, noindex = false) =>
  `<!doctype html><html lang="${lang}"><head>${noindex ? '<meta name="robots" content="noindex">' : ''}${Object.entries(alternates).map(([l, p]) => `<link rel="alternate" hreflang="${l}" href="https://help.example.com${p}">`).join('')}</head><body></body></html>`;
const cluster = { en: '/a/', fr: '/fr/a/', 'x-default': '/a/' };
const pages = (entries: Record<string, string>) => new Map<string, PageLanguageFacts>(Object.entries(entries).map(([p, html]) => [p, pageLanguageFacts(html, toSitePath)]));

describe('the language gate', () => {
  it('accepts reciprocal translations, a fallback outside the cluster and pages of the site\'s languages', () => {
    expect(languageProblems(pages({ '/a/': page('en', cluster), '/fr/a/': page('fr', cluster), '/de/a/': page('de', {}, true) }), ['en', 'fr', 'de'])).toEqual([]);
  });

  it('names a page whose alternate is a fallback, is missing, is in another language or does not point back', () => {
    expect(languageProblems(pages({ '/a/': page('en', { ...cluster, de: '/de/a/' }), '/fr/a/': page('fr', cluster), '/de/a/': page('de', {}, true) }), ['en', 'fr', 'de']))
      .toEqual(['/a/: hreflang "de" points to /de/a/, a fallback page (not a translation)']);
    expect(languageProblems(pages({ '/a/': page('en', { ...cluster, it: '/it/a/' }), '/fr/a/': page('fr', cluster) }), ['en', 'fr', 'it']))
      .toEqual(['/a/: hreflang "it" points to /it/a/, which the build did not make']);
    expect(languageProblems(pages({ '/a/': page('en', cluster), '/fr/a/': page('fr', { fr: '/fr/a/' }) }), ['en', 'fr']))
      .toEqual(['/a/: hreflang "fr" points to /fr/a/, which does not point back']);
  });

  it('names a page in a language the site does not have, and a fallback that claims alternates', () => {
    expect(languageProblems(pages({ '/x/': page('de-CH'), '/fr/b/': page('fr', { fr: '/fr/b/' }, true) }), ['en', 'fr', 'de'])).toEqual([
      '/x/: <html lang="de-CH"> is not a language of the site (en, fr, de)',
      '/fr/b/: a page kept out of search engines (a fallback) has hreflang alternates; only translations have them',
    ]);
  });
});
