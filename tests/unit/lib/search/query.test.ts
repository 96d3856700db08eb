import { describe, expect, it } from 'vitest';
import { compactTerm, indexTerms, planQuery, queryLanguage, tokenize, toSynonyms, uncorrectedWords } from '../../../../src/lib/search/query.ts';

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
    // A typographic apostrophe, as phones type it, is an apostrophe: "can’t" is one word.
    ['can’t send (Outlook)', ["can't", 'send', 'outlook']],
    ['“quoted” ‘words’', ['quoted', 'words']],
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
  it('drops the filler words of the language it is given, not English ones', () => {
    expect(planQuery('comment récupérer mes mails supprimés ?', new Map(), queryLanguage('fr')).slots).toEqual([['récupérer'], ['mails'], ['supprimés']]);
    expect(planQuery('Wie kann ich gelöschte E-Mails wiederherstellen?', new Map(), queryLanguage('de')).slots).toEqual([['gelöschte'], ['e-mails'], ['wiederherstellen']]);
    // "die" is a German article but an English word: English keeps it.
    expect(planQuery('die', new Map(), queryLanguage('en')).slots).toEqual([['die']]);
  });
});

describe('planQuery of a problem said as a negation', () => {
  const english = queryLanguage('en');

  it.each([
    ['not receiving emails', [['cannot receiving', 'receiving', 'cannot'], ['emails']]],
    ['I dont get any emails', [['cannot emails', 'emails', 'cannot']]],
    ['unable to connect', [['cannot connect', 'connect', 'cannot']]],
    ['outlook won’t send', [['outlook'], ['cannot send', 'send', 'cannot']]],
    ['cant', [['cannot']]],
  ])('searches %j with the articles\' word for it, bound to the word it negates', (query, slots) => {
    expect(planQuery(query, new Map(), english).slots).toEqual(slots);
  });

  it('finds the synonym phrase said with the articles\' word ("cant send" is "cannot send"), and searches one written as typed as typed', () => {
    const synonyms = toSynonyms({ 'cannot send': ['smtp'], 'not arriving': ['not delivered'] });
    expect(planQuery("can't send from my iphone", synonyms, english).slots).toEqual([['cannot send', 'smtp'], ['iphone']]);
    expect(planQuery('emails not arriving', synonyms, english).slots).toEqual([['emails'], ['not arriving', 'not delivered']]);
  });

  it('says a negation of a filler word with its synonym: "dont get" is "cannot receive"', () => {
    const synonyms = toSynonyms({ 'cannot get': ['cannot receive'] });
    const plan = planQuery('I dont get any emails', synonyms, english);
    expect(plan.slots).toEqual([['cannot receive'], ['emails']]);
    expect([...plan.negated]).toEqual([0]);
  });

  it('binds one negation per query: the second says the same', () => {
    expect(planQuery("can't send mail anymore, not at all", new Map(), english).slots).toEqual([['cannot send', 'send', 'cannot'], ['mail']]);
  });

  it('never lets typo correction touch a negation', () => {
    expect(uncorrectedWords(english)).toContain('dont');
    expect(uncorrectedWords(english)).toContain('wont');
    expect(uncorrectedWords(english)).toContain('the');
  });
});

describe('planQuery of a negation in German, Italian and Spanish', () => {
  const plan = (lang: 'de' | 'it' | 'es', query: string, synonyms: Record<string, string[]> = {}) => {
    const { slots, negated } = planQuery(query, toSynonyms(synonyms), queryLanguage(lang));
    return { slots, negated: [...negated] };
  };

  it.each([
    // After an auxiliary the verb is last; the object between is searched on its own.
    ['ich kann keine E-Mails senden', [['keine senden', 'senden', 'keine'], ['e-mails']], [0]],
    ['ich kann mich nicht anmelden', [['nicht anmelden', 'anmelden', 'nicht']], [0]],
    ['E-Mails werden nicht zugestellt', [['e-mails'], ['nicht zugestellt', 'zugestellt', 'nicht']], [1]],
    // A participle or an infinitive ending the query is the verb.
    ['E-Mail nicht zugestellt', [['e-mail'], ['nicht zugestellt', 'zugestellt', 'nicht']], [1]],
    // Otherwise the verb stands before the negation…
    ['Outlook sendet nicht', [['outlook'], ['nicht sendet', 'sendet', 'nicht']], [1]],
    ['E-Mails kommen nicht an', [['e-mails'], ['nicht kommen', 'kommen', 'nicht']], [1]],
    ['Thunderbird empfängt keine Mails', [['thunderbird'], ['keine empfängt', 'empfängt', 'keine'], ['mails']], [1]],
    // … first after a question word…
    ['warum kommen meine Mails nicht an', [['nicht kommen', 'kommen', 'nicht'], ['mails']], [0]],
    // … and with no verb at all, the negation says "no" of the word after it.
    ['keine Verbindung zum Server', [['keine verbindung', 'verbindung', 'keine'], ['server']], [0]],
  ])('binds a German negation to its verb, wherever it stands: %j', (query, slots, negated) => {
    expect(plan('de', query)).toEqual({ slots, negated });
  });

  it('binds a German negation across a word with synonyms, and to one: "Mails" is still the object, "versenden" still the verb', () => {
    expect(plan('de', 'ich kann keine Mails empfangen', { mails: ['e-mails'] }).slots).toEqual([['keine empfangen', 'empfangen', 'keine'], ['mails', 'e-mails']]);
    expect(plan('de', 'Outlook kann keine Mails versenden', { versenden: ['senden'] }).slots).toEqual([['outlook'], ['keine versenden', 'versenden', 'keine', 'senden'], ['mails']]);
  });

  it.each([
    // Italian negates the verb after it; "riuscire" (manage to) is a filler word, as "posso" is.
    ['it', 'non riesco a inviare email', [['impossibile inviare', 'inviare', 'impossibile'], ['email']], [0]],
    ['it', 'non ricevo le email', [['impossibile ricevo', 'ricevo', 'impossibile'], ['email']], [0]],
    ['it', 'le mail non vengono inviate', [['mail'], ['impossibile inviate', 'inviate', 'impossibile']], [1]],
    // Spanish too, after its modal and pronouns ("puedo", "me", "se").
    ['es', 'no puedo enviar correos', [['no enviar', 'enviar', 'no'], ['correos']], [0]],
    ['es', 'no me llegan los correos', [['no llegan', 'llegan', 'no'], ['correos']], [0]],
  ] as const)('searches an Italian or Spanish negation as the articles say it, bound to the verb after it: %s %j', (lang, query, slots, negated) => {
    expect(plan(lang, query)).toEqual({ slots, negated });
  });

  it('takes a Spanish synonym written with the negation as a negation: its words must stand together', () => {
    expect(plan('es', 'no puedo enviar correos', { 'no puedo enviar': ['smtp', 'enviar'] })).toEqual({ slots: [['no enviar', 'smtp', 'enviar'], ['correos']], negated: [0] });
  });

  it('binds an English "no" after a verb to that verb: "receiving no emails" is "cannot receive"', () => {
    const english = queryLanguage('en');
    expect(planQuery('receiving no emails', new Map(), english).slots).toEqual([['cannot receiving', 'receiving', 'cannot'], ['emails']]);
    expect(planQuery('no emails on my phone', new Map(), english).slots).toEqual([['cannot emails', 'emails', 'cannot'], ['phone']]);
  });

  it('never lets typo correction touch a negation in these languages', () => {
    expect(uncorrectedWords(queryLanguage('de'))).toContain('keine');
    expect(uncorrectedWords(queryLanguage('it'))).toContain('non');
    expect(uncorrectedWords(queryLanguage('es'))).toContain('no');
  });
});

describe('planQuery with synonyms said in another form', () => {
  it('matches an English synonym key by the stems of its words: "bouncing back" is "bounce back", "not going out" is "cannot go out"', () => {
    const synonyms = toSynonyms({ 'bounce back': ['delivery failure'], 'cannot go out': ['cannot send'], backup: ['restore'] });
    const english = queryLanguage('en');
    expect(planQuery('my emails keep bouncing back', synonyms, english).slots).toEqual([['emails'], ['bouncing back', 'delivery failure']]);
    const plan = planQuery('emails not going out', synonyms, english);
    expect(plan.slots).toEqual([['emails'], ['cannot going', 'cannot send']]);
    expect([...plan.negated]).toEqual([1]);
    expect(planQuery('website backups', synonyms, english).slots).toEqual([['website'], ['backups', 'restore']]);
  });

  it('matches keys as written in a language without a stemmer', () => {
    const synonyms = toSynonyms({ 'mail kommt zurück': ['unzustellbarkeitsbericht'] });
    expect(planQuery('mails kommen zurück', synonyms, queryLanguage('de')).slots).toEqual([['mails'], ['kommen'], ['zurück']]);
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
