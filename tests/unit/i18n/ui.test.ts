import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.ts';
import { format, ui } from '../../../src/i18n/ui.ts';

/** Every string of a dictionary with its path: `browser.results.other`. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => strings(v, at ? `${at}.${key}` : key));
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface strings', () => {
  const english = new Map(strings(ui('en')));

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s has every string of English, each with the same slots, none left in English', (lang) => {
    const own = new Map(strings(ui(lang)));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of own) {
      expect(slots(text), `${lang} ${key}`).toEqual(slots(english.get(key)!));
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
    // A string that reads as in English is unfinished, but for words the languages share.
    const shared = new Set(['articleCount.one', 'articleCount.other', 'inLanguage', 'article.danger', 'article.note', 'browser.video', 'home', 'article.labelled']);
    const same = [...own].filter(([key, text]) => text === english.get(key) && /[a-z]{3}/.test(text) && !shared.has(key));
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('names every language of the site in every language', () => {
    for (const lang of LANGUAGE_CODES) expect(Object.keys(ui(lang).languageNames).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(LANGUAGES.map((l) => l.name)).toEqual(['English', 'Français', 'Deutsch', 'Italiano', 'Español']);
  });
});

describe('format', () => {
  it('fills slots, and picks the plural form of the language', () => {
    expect(format(ui('en').browser.results, { count: 1 }, 'en')).toBe('1 result');
    expect(format(ui('en').browser.results, { count: 0 }, 'en')).toBe('0 results');
    // French counts 0 and 1 as singular; German does not.
    expect(format(ui('fr').browser.results, { count: 0 }, 'fr')).toBe('0 résultat');
    expect(format(ui('de').browser.results, { count: 0 }, 'de')).toBe('0 Ergebnisse');
    expect(format('{count} for “{query}”', { count: '3 results', query: 'spam' })).toBe('3 results for “spam”');
  });

  it('leaves a slot it has no value for as it is, visibly', () => {
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });
});
