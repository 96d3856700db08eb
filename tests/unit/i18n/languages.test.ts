import { describe, expect, it } from 'vitest';
import { isLang, langPrefix, localizedPath, splitLangPath } from '../../../src/i18n/languages.ts';
import { hreflangAlternates } from '../../../src/i18n/alternates.ts';

describe('language paths', () => {
  it('keeps the source language unprefixed and puts the others under their tag', () => {
    expect(localizedPath('en', '/backups/')).toBe('/backups/');
    expect(localizedPath('de', '/1007')).toBe('/de/1007');
    expect(langPrefix('fr')).toBe('/fr');
    expect(() => localizedPath('fr', 'backups/')).toThrow(/not a site path/);
  });

  it('reads the language back from a path, and only the site\'s languages', () => {
    expect(splitLangPath('/de/1007')).toEqual({ lang: 'de', path: '/1007' });
    expect(splitLangPath('/fr')).toEqual({ lang: 'fr', path: '/' });
    expect(splitLangPath('/backups/restore/')).toEqual({ lang: 'en', path: '/backups/restore/' });
    // A topic or alias that happens to be two letters is not a language unless the site has it.
    expect(splitLangPath('/pt/page/')).toEqual({ lang: 'en', path: '/pt/page/' });
    expect(splitLangPath('/en/page/')).toEqual({ lang: 'en', path: '/en/page/' });
    expect(isLang('de')).toBe(true);
    expect(isLang('de-CH')).toBe(false);
  });
});

describe('hreflang alternates', () => {
  const versions = [
    { lang: 'en', path: '/backups/x/', fallback: false },
    { lang: 'fr', path: '/fr/backups/x/', fallback: false },
    { lang: 'it', path: '/it/backups/x/', fallback: true },
  ] as const;

  it('lists the real translations and x-default, absolute, never a fallback', () => {
    expect(hreflangAlternates([...versions])).toEqual([
      { hreflang: 'en', href: 'https://help.example.com/backups/x/' },
      { hreflang: 'fr', href: 'https://help.example.com/fr/backups/x/' },
      { hreflang: 'x-default', href: 'https://help.example.com/backups/x/' },
    ]);
  });

  it('gives nothing to a page that has no translation', () => {
    expect(hreflangAlternates([versions[0], versions[2]])).toEqual([]);
  });
});
