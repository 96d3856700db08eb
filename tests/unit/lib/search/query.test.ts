import { describe, expect, it } from 'vitest';
import { compactTerm, indexTerms, planQuery, tokenize, toSynonyms } from '../../../../src/lib/search/query.ts';

const synonyms = toSynonyms({
  junk: ['spam'],
  'junk mail': ['spam'],
  'get back': ['restore'],
  switch: ['migrate', 'transfer'],
  'keeps asking': ['password'],
});

describe('tokenize', () => {
  it.each([
    ['Why is my mail "bouncing"?', ['why', 'is', 'my', 'mail', 'bouncing']],
    ['550 5.7.1 Relaying denied.', ['550', '5.7.1', 'relaying', 'denied']],
    ['mail.infomaniak.com, port 587', ['mail.infomaniak.com', 'port', '587']],
    ['Error 0x800CCC0E!', ['error', '0x800ccc0e']],
    ['can’t send (Outlook)', ['can', 't', 'send', 'outlook']],
    ['mailer-daemon/postmaster', ['mailer-daemon', 'postmaster']],
    // French and Italian: elided articles and inverted pronouns are not part of the word searched.
    ["l'adresse d'envoi", ['adresse', 'envoi']],
    ["faut-il utiliser pop3 ? peut-on", ['faut', 'utiliser', 'pop3', 'peut']],
    ["dell'account", ['account']],
    ["e-mail", ['e-mail']],
  ])('splits %j into terms, keeping dots and dashes inside them', (query, terms) => {
    expect(tokenize(query)).toEqual(terms);
  });
});

describe('planQuery in other languages', () => {
  it('drops the filler words of the language it is given, not English ones', async () => {
    const { STOP_WORDS } = await import('../../../../src/i18n/stop-words.ts');
    expect(planQuery('comment récupérer mes mails supprimés ?', new Map(), 8, STOP_WORDS.fr).slots).toEqual([['récupérer'], ['mails'], ['supprimés']]);
    expect(planQuery('Wie kann ich gelöschte E-Mails wiederherstellen?', new Map(), 8, STOP_WORDS.de).slots).toEqual([['gelöschte'], ['e-mails'], ['wiederherstellen']]);
    // "die" is a German article but an English word: English keeps it.
    expect(planQuery('die', new Map(), 8, STOP_WORDS.en).slots).toEqual([['die']]);
  });
});

describe('compactTerm', () => {
  it.each([
    ['mail.infomaniak.com', 'mailinfomaniakcom'],
    ['smtp-1-1234.mail.infomaniak.ch', 'smtp11234mailinfomaniakch'],
    ['5.7.1', undefined],
    ['restore', undefined],
    ['mailer-daemon', undefined],
  ])('gives %s the compact form %s', (term, compact) => {
    expect(compactTerm(term)).toBe(compact);
  });
});

describe('planQuery', () => {
  it('drops words that carry no meaning', () => {
    expect(planQuery('I want to switch my blog over to your servers').slots.map((s) => s[0])).toEqual(['switch', 'blog', 'servers']);
  });

  it('gives each word its synonyms, the word as typed first', () => {
    expect(planQuery('switch my blog', synonyms).slots).toEqual([['switch', 'migrate', 'transfer'], ['blog']]);
  });

  it('matches a synonym phrase before a single word, and before filler words are dropped', () => {
    expect(planQuery('I get loads of junk mail every day', synonyms).slots).toEqual([['junk mail', 'spam']]);
    expect(planQuery('how do I get back my emails', synonyms).slots).toEqual([['back', 'restore'], ['emails']]);
    expect(planQuery('Outlook keeps asking', synonyms).slots).toEqual([['outlook'], ['asking', 'password']]);
  });

  it('searches a synonym phrase without its filler words, which Pagefind would match as prefixes', () => {
    const withFull = toSynonyms({ 'mailbox is full': ['quota'] });
    expect(planQuery('what to do when the mailbox is full', withFull).slots).toEqual([['mailbox full', 'quota']]);
  });

  it('keeps error codes as typed and adds the compact form of a dotted name', () => {
    expect(planQuery('550 5.7.1').slots).toEqual([['550'], ['5.7.1']]);
    expect(planQuery('mail.infomaniak.com').slots).toEqual([['mail.infomaniak.com', 'mailinfomaniakcom']]);
  });

  it('searches filler words as typed when nothing else is left', () => {
    expect(planQuery('how to').slots).toEqual([['how'], ['to']]);
  });

  it('plans nothing for an empty or blank query', () => {
    expect(planQuery('').slots).toEqual([]);
    expect(planQuery('  ?! ').slots).toEqual([]);
  });

  it('bounds the work: at most 8 words, 4 alternatives each', () => {
    const long = planQuery('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima');
    expect(long.slots).toHaveLength(8);
    const many = planQuery('x', toSynonyms({ x: ['a', 'b', 'c', 'd', 'e'] }));
    expect(many.slots[0]).toEqual(['x', 'a', 'b', 'c']);
  });
});

describe('indexTerms', () => {
  it('adds the compact form of dotted names to the terms an article is indexed with', () => {
    expect(indexTerms(['mail.infomaniak.com', 'port 587', '550 5.7.1'])).toEqual(['mailinfomaniakcom', 'mail.infomaniak.com', 'port 587', '550 5.7.1']);
  });
});
