import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../../src/i18n/languages.ts';
import { errorStrings } from '../../../../src/i18n/errors/index.ts';
import { describeEnhancedCode as describeEnhanced, describeReplyCode as describeReply, outcomeOfCode, parseEnhancedCode, type CodeStrings } from '../../../../src/lib/errors/smtp-codes.ts';

const EN = errorStrings('en').codes;
/** The codes described in English, as the English page does. */
const describeReplyCode = (code: string, strings: CodeStrings = EN) => describeReply(code, strings);
const describeEnhancedCode = (code: string, strings: CodeStrings = EN) => describeEnhanced(code, strings);

describe('describeReplyCode', () => {
  it.each([
    ['250', 'success', 'Positive Completion', 'Mail system', 'Requested mail action okay, completed'],
    ['354', 'intermediate', 'Positive Intermediate', 'Mail system', 'Start mail input'],
    ['421', 'temporary', 'Transient Negative Completion', 'Connections', 'Service not available, closing transmission channel'],
    ['452', 'temporary', 'Transient Negative Completion', 'Mail system', 'Requested action not taken: insufficient system storage'],
    ['500', 'permanent', 'Permanent Negative Completion', 'Syntax', 'Syntax error, command unrecognized'],
    ['535', 'permanent', 'Permanent Negative Completion', 'Unspecified', 'Authentication credentials invalid'],
    ['552', 'permanent', 'Permanent Negative Completion', 'Mail system', 'Requested mail action aborted: exceeded storage allocation'],
    ['556', 'permanent', 'Permanent Negative Completion', 'Mail system', 'Domain does not accept mail'],
  ])('reads %s per RFC 5321', (code, outcome, classTitle, category, text) => {
    expect(describeReplyCode(code)).toEqual({ code, outcome, classTitle, category, text, standard: true });
  });

  it('names the category of the second digit (RFC 5321 §4.2.1)', () => {
    expect(['500', '510', '520', '530', '540', '550'].map((c) => describeReplyCode(c)?.category)).toEqual([
      'Syntax', 'Information', 'Connections', 'Unspecified', 'Unspecified', 'Mail system',
    ]);
  });

  it('gives no text for a code that no standard defines, but still its class', () => {
    expect(describeReplyCode('559')).toMatchObject({ outcome: 'permanent', text: undefined, standard: true });
  });

  it('reads a code outside the RFC 5321 grammar (573) by its first digit and says it is not standard', () => {
    expect(describeReplyCode('573')).toEqual({
      code: '573', outcome: 'permanent', classTitle: 'Permanent Negative Completion',
      category: 'Not defined by RFC 5321', text: undefined, standard: false,
    });
  });

  it.each(['600', '150', '55', '5500', 'abc', '', ' 550'])('refuses %j', (code) => {
    expect(describeReplyCode(code)).toBeUndefined();
  });
});

describe('describeEnhancedCode', () => {
  it('reads class, subject and detail of 5.1.1 (RFC 3463 §3.3)', () => {
    expect(describeEnhancedCode('5.1.1')).toEqual({
      code: '5.1.1', outcome: 'permanent', classTitle: 'Permanent Failure',
      subject: 1, subjectTitle: 'Addressing Status', subjectInSentence: 'addressing status',
      detail: 1, detailTitle: 'Bad destination mailbox address',
      plain: expect.stringContaining('does not exist') as unknown,
    });
  });

  it.each([
    ['4.2.2', 'temporary', 'Persistent Transient Failure', 'Mailbox Status', 'Mailbox full'],
    ['2.0.0', 'success', 'Success', 'Other or Undefined Status', 'Other undefined Status'],
    ['5.2.1', 'permanent', 'Permanent Failure', 'Mailbox Status', 'Mailbox disabled, not accepting messages'],
    ['5.3.4', 'permanent', 'Permanent Failure', 'Mail System Status', 'Message too big for system'],
    ['4.4.7', 'temporary', 'Persistent Transient Failure', 'Network and Routing Status', 'Delivery time expired'],
    ['5.5.3', 'permanent', 'Permanent Failure', 'Mail Delivery Protocol Status', 'Too many recipients'],
    ['5.6.1', 'permanent', 'Permanent Failure', 'Message Content or Media Status', 'Media not supported'],
    ['5.7.1', 'permanent', 'Permanent Failure', 'Security or Policy Status', 'Delivery not authorized, message refused'],
    ['5.7.7', 'permanent', 'Permanent Failure', 'Security or Policy Status', 'Message integrity failure'],
  ])('reads %s per RFC 3463', (code, outcome, classTitle, subjectTitle, detailTitle) => {
    expect(describeEnhancedCode(code)).toMatchObject({ outcome, classTitle, subjectTitle, detailTitle });
  });

  it.each([
    ['5.1.10', 'Recipient address has null MX'], // RFC 7505
    ['5.7.8', 'Authentication credentials invalid'], // RFC 4954
    ['5.7.9', 'Authentication mechanism is too weak'],
    ['5.7.11', 'Encryption required for requested authentication mechanism'],
    ['5.7.13', 'User Account Disabled'], // RFC 5248
    ['5.7.20', 'No passing DKIM signature found'], // RFC 7372
    ['5.7.23', 'SPF validation failed'],
    ['5.7.24', 'SPF validation error'],
    ['5.7.26', 'Multiple authentication checks failed'],
    ['5.7.27', 'Sender address has null MX'], // RFC 7505
    ['5.6.7', 'Non-ASCII addresses not permitted for that sender/recipient'], // RFC 6531
  ])('knows %s from the IANA registry', (code, title) => {
    expect(describeEnhancedCode(code)?.detailTitle).toBe(title);
  });

  it('gives a code missing from the registry its class and subject only (Microsoft’s 5.7.509)', () => {
    expect(describeEnhancedCode('5.7.509')).toMatchObject({
      outcome: 'permanent', subject: 7, subjectTitle: 'Security or Policy Status', detail: 509, detailTitle: undefined, plain: undefined,
    });
  });

  it('says when a subject is not one of RFC 3463', () => {
    expect(describeEnhancedCode('5.9.1')).toMatchObject({ subjectTitle: 'Subject not defined by RFC 3463', subjectInSentence: 'subject not defined by RFC 3463' });
  });

  it('writes the code without leading zeros', () => {
    expect(describeEnhancedCode('5.01.001')?.code).toBe('5.1.1');
  });

  it.each(['3.1.1', '6.1.1', '5.1', '5.1.1.1', '5.1.1234', 'x.1.1', '', '5.7.1 '])('refuses %j', (code) => {
    expect(describeEnhancedCode(code)).toBeUndefined();
  });

  it.each(LANGUAGE_CODES)('has a plain sentence for every registered code in %s', (lang) => {
    const strings = errorStrings(lang).codes;
    expect(strings.statusSubjects).toHaveLength(8);
    for (let subject = 0; subject < strings.statusSubjects.length; subject++) {
      for (let detail = 0; detail <= 30; detail++) {
        const info = describeEnhancedCode(`5.${subject}.${detail}`, strings)!;
        expect(Boolean(info.detailTitle), `${lang} 5.${subject}.${detail}`).toBe(Boolean(describeEnhancedCode(`5.${subject}.${detail}`)?.detailTitle));
        if (info.detailTitle) expect(info.plain, `${lang} 5.${subject}.${detail}`).toMatch(/^\p{Lu}.+\.$/u);
      }
    }
  });
});

describe('parseEnhancedCode', () => {
  it('splits a status code into numbers', () => {
    expect(parseEnhancedCode('4.7.28')).toEqual({ cls: 4, subject: 7, detail: 28 });
  });
});

describe('outcomeOfCode', () => {
  it.each([
    ['550', 'permanent'], ['421', 'temporary'], ['250', 'success'], ['354', 'intermediate'],
    ['5.2.2', 'permanent'], ['4.7.0', 'temporary'], ['550-5.7.1', 'permanent'], ['450 4.2.1', 'temporary'],
    ['573', 'permanent'],
  ])('reads %s as %s', (code, outcome) => {
    expect(outcomeOfCode(code)).toBe(outcome);
  });

  it.each(['0x800CCC0E', 'Relaying denied', '', '5500', '6.1.1'])('says nothing about %j', (code) => {
    expect(outcomeOfCode(code)).toBeUndefined();
  });
});

describe('the strings as the page script receives them', () => {
  it('describe the same codes once parsed from JSON', () => {
    // The browser gets the codes' strings from the page's JSON, not from src/i18n/errors/.
    const parsed = JSON.parse(JSON.stringify(EN)) as CodeStrings;
    for (const code of ['550', '421', '573', '235']) expect(describeReplyCode(code, parsed)).toEqual(describeReplyCode(code));
    for (const code of ['5.1.1', '4.7.0', '5.7.509', '2.0.0']) expect(describeEnhancedCode(code, parsed)).toEqual(describeEnhancedCode(code));
  });
});

describe('the codes in another language', () => {
  const DE = errorStrings('de').codes;
  const FR = errorStrings('fr').codes;

  it('reads a reply code in that language, its outcome unchanged', () => {
    expect(describeReplyCode('552', DE)).toEqual({
      code: '552', outcome: 'permanent', classTitle: 'Dauerhafter Fehler', category: 'Mailsystem',
      text: 'Angeforderte Aktion abgebrochen: zugewiesener Speicherplatz überschritten', standard: true,
    });
    expect(describeReplyCode('573', FR)).toMatchObject({ outcome: 'permanent', category: 'Non défini par la RFC 5321', text: undefined, standard: false });
  });

  it('reads an enhanced code in that language, with the subject as a sentence has it', () => {
    expect(describeEnhancedCode('5.2.2', FR)).toMatchObject({
      outcome: 'permanent', classTitle: 'Échec permanent', subjectTitle: 'État de la boîte aux lettres',
      subjectInSentence: 'état de la boîte aux lettres', detailTitle: 'Boîte aux lettres pleine',
    });
    // German nouns keep their capital letter in a sentence.
    expect(describeEnhancedCode('4.4.7', DE)).toMatchObject({ subjectTitle: 'Netzwerk- und Routingstatus', subjectInSentence: 'Netzwerk- und Routingstatus' });
    expect(describeEnhancedCode('5.9.1', DE)?.subjectTitle).toBe('Kategorie nicht durch RFC 3463 definiert');
  });

  it.each(LANGUAGE_CODES)('knows the same reply codes in %s as in English', (lang) => {
    for (let n = 200; n < 600; n++) {
      const code = String(n);
      expect(describeReplyCode(code, errorStrings(lang).codes)?.text === undefined, `${lang} ${code}`).toBe(describeReplyCode(code)?.text === undefined);
    }
  });
});
