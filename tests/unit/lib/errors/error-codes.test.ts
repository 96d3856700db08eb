import { describe, expect, it } from 'vitest';
import { findErrorCodes } from '../../../../src/lib/errors/error-codes.ts';

/** The codes found, as `kind:text`, for compact assertions. */
const codes = (text: string) => findErrorCodes(text).map((c) => `${c.kind}:${c.text}`);

describe('findErrorCodes', () => {
  it.each([
    ['550 5.1.1 <anna@abc.xyz>: Recipient address rejected', ['smtp:550', 'enhanced:5.1.1']],
    ['550-5.7.1 Relaying denied', ['smtp:550', 'enhanced:5.7.1']],
    ['Status: 5.2.2', ['enhanced:5.2.2']],
    ['Action: failed, Status: 4.4.7 (delivery time expired)', ['enhanced:4.4.7']],
    ['Error 0x800CCC0E in Outlook', ['outlook:0x800CCC0E']],
    ['error 0x800ccc0e', ['outlook:0x800ccc0e']],
    ['421 Service not available', ['smtp:421']],
    ['Diagnostic-Code: smtp; 552 RCPT TO:anna.a@abc.xyz Mailbox disk quota exceeded', ['smtp:552']],
    ['Reply (550), then 451, then 250-PIPELINING', ['smtp:550', 'smtp:451', 'smtp:250']],
    ['535 5.7.8 Error: authentication failed', ['smtp:535', 'enhanced:5.7.8']],
    ['Remote server returned 4.2.10', ['enhanced:4.2.10']],
  ])('finds the codes in %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('gives the position of each code in the text', () => {
    expect(findErrorCodes('Diagnostic-Code: smtp; 550 5.1.1 unknown; 0x800CCC0E')).toEqual([
      { kind: 'smtp', text: '550', start: 23, end: 26 },
      { kind: 'enhanced', text: '5.1.1', start: 27, end: 32 },
      { kind: 'outlook', text: '0x800CCC0E', start: 42, end: 52 },
    ]);
  });

  it.each([
    ['an IP address', 'Received: from mx.abc.xyz ([123.456.789.00]) by mx'],
    ['an IP address starting like a code', 'Connecting to 250.12.3.4 failed'],
    ['an IP address starting like an enhanced code', 'host 5.2.2.1 and 45.2.2.1'],
    ['a year', 'Date: 14 Nov 2023'],
    ['an ISO date', 'on 2023-11-14'],
    ['a time', 'at 15:49:22'],
    ['a time zone offset', 'Tue, 14 Nov 2023 15:49:22 +0200'],
    ['a port', 'smtp.abc.xyz:587 and port 587'],
    ['a port after a colon', 'mail.abc.xyz:465 or mail.abc.xyz:250'],
    ['digits in a local part', 'user250@abc.xyz, anna.550@abc.xyz, bounce-421@abc.xyz'],
    ['digits in a host name', 'anna@mx550.abc.xyz and anna@550.abc.xyz'],
    ['a longer number', 'ticket 25012 and 5500'],
    ['an enhanced code followed by a fourth part', 'version 5.1.1.1'],
    ['a reply code whose second digit is above 5', 'codes 260, 470 and 587'],
    ['a reply code whose first digit is outside 2-5', '150 and 600'],
    ['a hex number of the wrong length', '0x800CCC0EF and 0x800CCC0'],
  ])('ignores %s', (_, text) => {
    expect(codes(text)).toEqual([]);
  });

  it('finds nothing in text without codes', () => {
    expect(findErrorCodes('Mailbox disk quota exceeded')).toEqual([]);
  });
});

describe('findErrorCodes at the end of a sentence', () => {
  it('finds a reply code followed by a full stop or a comma', () => {
    expect(findErrorCodes('The server answered 550. Then code 550, then 451.').map((c) => c.text)).toEqual(['550', '550', '451']);
  });
});
