import { describe, expect, it } from 'vitest';
import { canonical, dsnFields, findCodesCapped, findOtherCodes, findRecipient, findRemoteMessage, lowerHead } from '../../../../src/lib/errors/bounce-report.ts';
import { findErrorCodes } from '../../../../src/lib/errors/error-codes.ts';

const recipient = (text: string) => findRecipient(text, lowerHead(text));
const remote = (text: string) => findRemoteMessage(text, lowerHead(text), findErrorCodes(text).find((c) => /^[45]/.test(c.text)));

describe('findCodesCapped', () => {
  it('finds the same codes as one scan, also across the chunk borders', () => {
    const text = `${'x'.repeat(32_765)} 550 5.1.1 ${'y'.repeat(40_000)} 421`;
    expect(findCodesCapped(text)).toEqual(findErrorCodes(text));
  });

  it('stops after 200 codes', () => {
    expect(findCodesCapped('550 '.repeat(1000))).toHaveLength(200);
  });
});

describe('findOtherCodes and canonical', () => {
  it('finds the codes of a pattern as reply codes', () => {
    expect(findOtherCodes('573 Antispam', /573/g)).toEqual([{ kind: 'smtp', text: '573', start: 0, end: 3 }]);
    expect(findOtherCodes('573', undefined)).toEqual([]);
  });

  it('writes Outlook codes as the articles do', () => {
    expect(canonical({ kind: 'outlook', text: '0x800ccc0e', start: 0, end: 10 })).toBe('0x800CCC0E');
    expect(canonical({ kind: 'enhanced', text: '5.1.1', start: 0, end: 5 })).toBe('5.1.1');
  });
});

describe('lowerHead', () => {
  it('keeps the length, so positions stay those of the original, and straightens apostrophes', () => {
    const text = 'İSTANBUL couldn’t';
    expect(lowerHead(text)).toHaveLength(text.length);
    expect(lowerHead(text)).toContain("couldn't");
  });
});

describe('findRecipient', () => {
  it.each([
    ['a DSN field', 'Final-Recipient: rfc822; anna@abc.xyz', 'anna@abc.xyz'],
    ['Exim’s list of failed addresses', 'The following address(es) failed:\n\n  anna@abc.xyz\n    Unrouteable address', 'anna@abc.xyz'],
    ['Gmail’s sentence', "Your message wasn't delivered to anna@abc.xyz because the domain abc.xyz couldn't be found.", 'anna@abc.xyz'],
    ['Postfix’s address before “said:”', '<anna@abc.xyz>: host mx.abc.xyz[192.0.2.10] said: 550 5.1.1 unknown', 'anna@abc.xyz'],
  ])('finds it in %s', (_, text, address) => {
    expect(recipient(text)).toBe(address);
  });

  it('takes no address after “RCPT TO” unless it comes at once', () => {
    expect(recipient('550 5.1.1 unknown (in reply to RCPT TO command) bob@example.com')).toBeUndefined();
  });
});

describe('findRemoteMessage', () => {
  it('joins a DSN’s continued Diagnostic-Code lines', () => {
    expect(remote('Diagnostic-Code: smtp; 550 5.1.1 <anna@abc.xyz>: Recipient address rejected:\n    User unknown\nLast-Attempt-Date: today'))
      .toBe('550 5.1.1 <anna@abc.xyz>: Recipient address rejected: User unknown');
  });

  it('reads Exchange’s “Remote Server returned” line', () => {
    expect(remote("Remote Server returned '550 5.7.23 The message was rejected because of Sender Policy Framework violation'\nOriginal message headers:"))
      .toBe('550 5.7.23 The message was rejected because of Sender Policy Framework violation');
  });

  it('reads Gmail’s answer after “The response was:”, joining its continuation lines', () => {
    expect(remote('The response was:\n\n550-5.7.26 This mail has been blocked because\n550 5.7.26 the sender is unauthenticated.'))
      .toBe('550-5.7.26 This mail has been blocked because the sender is unauthenticated.');
  });

  it('reads Exim’s indented answer and Postfix’s “said:”, without “(in reply to …)”', () => {
    expect(remote('SMTP error from remote mail server after RCPT TO:<anna@abc.xyz>:\n    550 5.7.1 blocked using zen.spamhaus.org')).toBe('550 5.7.1 blocked using zen.spamhaus.org');
    expect(remote('<anna@abc.xyz>: host mx[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)')).toBe('550 5.1.1 unknown');
  });

  it('keeps 400 characters at most', () => {
    expect(remote(`Diagnostic-Code: smtp; 550 ${'x '.repeat(400)}`)).toHaveLength(400);
  });
});

describe('dsnFields', () => {
  it('reads Action and a well-formed Status', () => {
    expect(dsnFields('final-recipient: rfc822; a@b.c\naction: delayed\nstatus: 4.4.3')).toEqual({ action: 'delayed', status: '4.4.3' });
    expect(dsnFields('status: 5.0')).toEqual({ action: undefined, status: undefined });
  });

  it('does not take a word inside a sentence for a field', () => {
    expect(dsnFields('the status: 5.1.1 of it').status).toBeUndefined();
  });
});
