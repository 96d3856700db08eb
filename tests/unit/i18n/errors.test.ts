import { describe, expect, it } from 'vitest';
import { analyzerStrings, errorStrings } from '../../../src/i18n/errors/index.ts';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.ts';

/** Every string of a dictionary with its path: `codes.statusDetails.1.1.title`, `codes.replyCategories.0`. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => strings(v, at ? `${at}.${key}` : key));
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Strings that may read as in English: an RFC number before a slot, and the few words a language
// shares with English ("Information", French "Permanent", German "Syntax", Spanish "error").
const SHARED = new Set(['index.standard', 'codes.replyCategories.1']);
const SHARED_IN: Record<string, ReadonlySet<string>> = {
  fr: new Set(['index.permanent']),
  de: new Set(['codes.replyCategories.0']),
  it: new Set(),
  es: new Set(['filter.count.one']),
};

describe('the error lookup’s strings', () => {
  const english = new Map(strings(errorStrings('en')));

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s has every string of English, each with the same slots, none left in English', (lang) => {
    const own = new Map(strings(errorStrings(lang)));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of own) {
      expect(slots(text), `${lang} ${key}`).toEqual(slots(english.get(key)!));
      expect(text.trim() === '' && key !== 'diagnosis.listSeparator', `${lang} ${key}`).toBe(false);
    }
    // A string that reads as in English is unfinished, but for what every language writes the same.
    const same = [...own]
      .filter(([key, text]) => text === english.get(key) && /[a-z]{3}/i.test(text.replace(/\{\w+\}/g, '')))
      .map(([key]) => key)
      .filter((key) => !SHARED.has(key) && !SHARED_IN[lang]!.has(key));
    expect(same).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('keeps the codes and product names of the English in %s', (lang) => {
    const own = new Map(strings(errorStrings(lang)));
    const kept = /\b(?:RFC \d{4}|[2-5]\d\d|[245]\.[x\d]\.[x\d]|0x800(?:CCC0E)?|SPF|DKIM|DMARC|ARC|DNS|SMTP|STARTTLS|REQUIRETLS|SSL\/TLS|UTF-8|ASCII|MX|Outlook|Microsoft|JavaScript|Mailer Daemon|Mail Delivery System|Diagnostic-Code|MAIL FROM\/RCPT TO|From)\b/g;
    for (const [key, text] of english) {
      const codes = [...text.matchAll(kept)].map((m) => m[0]).sort();
      const theirs = [...own.get(key)!.matchAll(kept)].map((m) => m[0]);
      for (const code of new Set(codes)) expect(theirs, `${lang} ${key}: ${code}`).toContain(code);
    }
  });

  it('keeps French typography: a no-break space before : ; ? ! and inside « »', () => {
    for (const [key, text] of strings(errorStrings('fr'))) expect(text, key).not.toMatch(/ [:;?!»]|« |[^\s\u00a0][;?!»]|«[^\s\u00a0]/);
  });

  it('quotes with each language’s quotation marks', () => {
    expect(LANGUAGE_CODES.map((l) => errorStrings(l).quoted)).toEqual(['“{text}”', '«\u00a0{text}\u00a0»', '„{text}“', '«{text}»', '«{text}»']);
  });

  it('gives the analyzer, as JSON, what it writes with and nothing of the page', () => {
    for (const lang of LANGUAGE_CODES) {
      const part = analyzerStrings(errorStrings(lang));
      expect(Object.keys(part).sort()).toEqual(['actors', 'codes', 'diagnosis', 'outcomes', 'problems', 'quoted']);
      expect(JSON.parse(JSON.stringify(part))).toEqual(part);
    }
  });
});
