import { describe, expect, it } from 'vitest';
import { analyzeReport, MAX_INPUT, prepareAnalyzer } from '../../../../src/lib/errors/bounce-analysis.ts';
import { BOUNCE_TABLES } from '../../../../src/lib/errors/bounce-tables.ts';
import { analyzerStrings, errorStrings } from '../../../../src/i18n/errors/index.ts';
import { analyze, AUTH, BOUNCES, EN, expectDiagnosis, known, RELAY, SOFTWARE, SPF, type Expected } from './bounce-expect.ts';
import { SERVER_CASES } from './bounce-server-cases.ts';

// The seed's examples: the reports and messages of the delivery failure article
// (content/articles/email-delivery/delivery-failure-reports.mdx) and of the knowledge base they come from.
const seed: Array<[string, string, Expected]> = [
  ['account administratively disabled', `This is the mail system at host smtp-1-1234.mail.infomaniak.ch.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.
For further assistance, please send mail to postmaster.
If you do so, please include this problem report. You can delete your own text from the attached returned message.
The mail system anna.a@abc.xyz: host mxbw-abc-xyz.abc-ab12.abc.ch[123.456.789.00] said: 550 5.1.1
anna.a@abc.xyz recipient rejected, account administratively disabled (in reply to RCPT TO command)`,
  { codes: ['550', '5.1.1'], outcome: 'permanent', problem: 'account-disabled', actor: 'recipient', best: `${BOUNCES}#account-disabled`, recipient: 'anna.a@abc.xyz', remote: '550 5.1.1 anna.a@abc.xyz recipient rejected, account administratively disabled' }],

  ['mailbox full, in the attached delivery status', `Reporting-MTA: dns; mxbw.abc.ch [123.456.789.00]
Received-From-MTA: dns; smtp-1-1234.mail.infomaniak.ch [12.345.678.99]
Arrival-Date: Tue, 01 Aug 2023 15:49:22 +0200
Final-recipient: rfc822; anna.a@abc.xyz
Diagnostic-Code: smtp; 552 RCPT TO:anna.a@abc.xyz Mailbox disk quota exceeded
Last-attempt-Date: Tue, 01 Aug 2023 15:49:22 +0200`,
  { codes: ['552'], outcome: 'permanent', problem: 'mailbox-full', actor: 'recipient', best: `${BOUNCES}#mailbox-full`, recipient: 'anna.a@abc.xyz', remote: '552 RCPT TO:anna.a@abc.xyz Mailbox disk quota exceeded' }],

  ['SPF failure', `Subject: Delivery Status Notification (Failure)
From: Mail Delivery System mailer-daemon@domain.xyz
To: Anna.A anna.a@abc.xyz
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed due to SPF failure:
anna.a@abc.xyz
Technical details of SPF failure:
The sender's domain domain.xyz does not have a valid SPF record. Please contact your email administrator to correct the SPF configuration.`,
  { codes: [], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, also: [`${BOUNCES}#spf-failure`], recipient: 'anna.a@abc.xyz', remote: 'does not have a valid SPF record' }],

  ['user unknown', `Subject: Delivery Status Notification (Failure)
From: Mail Delivery System mailer-daemon@domain.xyz
To: Anna.A anna.a@abc.xyz
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently:
anna.a@abc.xyz
Technical details of permanent failure:
The email address does not exist. Please check the recipient's email address and try again.`,
  { codes: [], outcome: 'permanent', problem: 'unknown-recipient', actor: 'sender', best: `${BOUNCES}#user-unknown`, recipient: 'anna.a@abc.xyz', remote: 'The email address does not exist.' }],

  ['blocked as spam', `Subject: Delivery Status Notification (Failure)
From: Mail Delivery System mailer-daemon@domain.xyz
To: Anna.A anna.a@domain.xyz
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed due to the message being rejected as spam:
anna.a@domain.xyz
Technical details of delivery failure:
The content of the message triggered the spam filters of the recipient's email server. Please review the message content and try again.`,
  { codes: [], outcome: 'permanent', problem: 'spam-content', actor: 'sender', best: `${BOUNCES}#blocked-as-spam`, recipient: 'anna.a@domain.xyz' }],

  ['bad reputation (Gmail)', `gmail-smtp-in.l.google.com said: 550-5.7.1
Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain.
To best protect our users from spam, the message has been blocked.
Please visit https://support.google.com/mail/answer/188131 for more information.`,
  { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation`, remote: 'very low reputation of the sending domain' }],

  ['part of their network is on our block list', `host hotmail-com.olc.protection.outlook.com[104.47.30.97] said: 550 5.7.1
Unfortunately, messages from [89.123.456.789] weren't sent. Please contact your Internet service provider since part of their network is on our block list.`,
  { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list`, remote: 'on our block list' }],

  ['relaying denied', '550 5.7.1 Relaying denied',
    { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'relaying', actor: 'sender', best: `${RELAY}#what-it-means` }],

  ['proper authentication required', 'Proper authentication required',
    { codes: [], outcome: 'unknown', problem: 'relaying', actor: 'sender', best: `${RELAY}#what-it-means` }],

  ['authentication failed', '535 5.7.0 authentication failed',
    { codes: ['535', '5.7.0'], outcome: 'permanent', problem: 'auth-failed', actor: 'sender', best: `${AUTH}#what-it-means` }],

  ['573 Antispam: use port 587 instead of port 25', '573 Antispam: Connexion authentifiee pas possible. Veuillez utiliser le port 587 a la place du port 25.',
    { codes: ['573'], outcome: 'permanent', problem: 'port-25', actor: 'sender', best: `${SOFTWARE}#port-25-blocked` }],

  ['the server timed out', 'An operation on the server timed out. The server may be down, overloaded, or there may be too much net traffic.',
    { codes: [], outcome: 'unknown', problem: 'timeout', actor: 'sender', best: `${SOFTWARE}#server-timed-out` }],

  ['le délai imparti est dépassé, with its number', 'Le délai imparti est dépassé (421)',
    { codes: ['421'], outcome: 'temporary', problem: 'timeout', actor: 'sender', best: `${SOFTWARE}#server-timed-out` }],

  ['greylisting', 'Greylisting Delay',
    { codes: [], outcome: 'temporary', problem: 'greylisting', actor: 'sender', best: `${BOUNCES}#greylisting` }],

  ['still undelivered after 4 hours', 'Deferred - Delayed - Warning: message still undelivered after 4 hours, Will keep trying until message is 3 days old',
    { codes: [], outcome: 'temporary', problem: 'delayed', actor: 'nobody', best: `${BOUNCES}#deferred-delayed` }],

  ['message size exceeded', 'Message Size Exceeded',
    { codes: [], outcome: 'unknown', problem: 'size', actor: 'sender', best: `${BOUNCES}#message-size-exceeded` }],

  ['file too large', 'Delivery failed: File Too Large',
    { codes: [], outcome: 'unknown', problem: 'size', actor: 'sender', best: `${BOUNCES}#message-size-exceeded` }],

  ['rate limit exceeded', 'Rate Limit Exceeded',
    { codes: [], outcome: 'unknown', problem: 'rate', actor: 'sender', best: `${BOUNCES}#rate-limit-exceeded` }],

  ['malware', 'Malware Message Rejected',
    { codes: [], outcome: 'unknown', problem: 'malware', actor: 'sender', best: `${BOUNCES}#malware-rejected` }],

  ['unicode character in a disallowed header', 'The message contains a unicode character in a disallowed header',
    { codes: [], outcome: 'unknown', problem: 'unicode-header', actor: 'sender', best: `${BOUNCES}#unicode-in-header` }],

  ['domain not found', 'Host or domain name not found',
    { codes: [], outcome: 'unknown', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` }],

  ['temporary failure', '421 4.3.0 Service not available, try again later',
    { codes: ['421', '4.3.0'], outcome: 'temporary', problem: 'temporary-failure', actor: 'recipient-provider', best: `${BOUNCES}#temporary-failure` }],

  ['the first, temporary report', 'Temporary Delivery Failure Report',
    { codes: [], outcome: 'temporary', problem: undefined, actor: 'nobody', best: `${BOUNCES}#reading-the-report` }],
];

describe('analyzeReport: the seed examples', () => {
  it.each(seed)('diagnoses %s', (name, text, expected) => {
    expectDiagnosis(name, analyze(text), expected);
  });

  it('says what happened in the article’s own words when the article’s message is found', () => {
    expect(analyze(seed[0]![1]).summary).toBe('The recipient\'s address has been suspended by their email provider.');
    expect(analyze('Mailbox disk quota exceeded').summary).toBe('The recipient\'s mailbox is full and cannot accept new messages.');
  });

  it('lists the wording it recognized, without repeating a phrase inside a longer message', () => {
    expect(analyze(seed[1]![1]).phrases).toEqual(['Mailbox disk quota exceeded']);
    expect(analyze('550 5.1.1 User unknown').phrases).toEqual(['user unknown']);
  });
});

const servers = SERVER_CASES;

describe('analyzeReport: reports of common mail servers', () => {
  it.each(servers)('diagnoses %s', (name, text, expected) => {
    expectDiagnosis(name, analyze(text), expected);
  });

  it('tells a delivery report from an error of the reader’s email program', () => {
    expect(analyze(servers[0]![1]).context).toBe('report');
    expect(analyze("Sending reported error (0x800CCC0E): 'The connection to the server has failed.'").context).toBe('client');
    expect(analyze('550 5.7.1 Relaying denied').context).toBe('unknown');
  });

  it('reads a timeout inside a report as the receiving server’s trouble, not as the reader’s settings', () => {
    const analysis = analyze(servers[1]![1]);
    expect(analysis.recommendations.map((r) => r.url)).not.toContain(`${SOFTWARE}#server-timed-out`);
  });

  it('takes the outcome from the DSN fields before the codes', () => {
    expect(analyze('Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 550 5.1.1 gone').outcome).toBe('temporary');
    expect(analyze('Action: failed\nStatus: 5.2.2').outcome).toBe('permanent');
  });

  it('does not take a 5xx answer’s “Service unavailable” for a temporary failure', () => {
    const analysis = analyze(servers[6]![1]);
    expect(analysis.problem).toBe('block-list');
    expect(analysis.summary).not.toMatch(/for now/);
  });
});

describe('analyzeReport: codes without an article', () => {
  it('gives the RFC 3463 meaning of an enhanced code no article lists', () => {
    const analysis = analyze('Status: 4.4.7');
    expect(analysis.standard).toMatchObject({ code: '4.4.7', classTitle: 'Persistent Transient Failure', subjectTitle: 'Network and Routing Status', detailTitle: 'Delivery time expired' });
    expect(analysis.outcome).toBe('temporary');
    expect(analysis.summary).toBe(analysis.standard!.plain);
    expect(analysis.actor).toBe('recipient-provider');
  });

  it('says who acts from the RFC 3463 subject when nothing else tells', () => {
    expect(analyze('5.3.1').actor).toBe('recipient-provider');
    expect(analyze('5.2.1').actor).toBe('recipient');
    expect(analyze('5.1.3').actor).toBe('sender');
  });

  it('keeps the standard meaning of a code a server uses its own way (Exchange’s 5.1.10)', () => {
    expect(analyze(servers[7]![1]).standard?.detailTitle).toBe('Recipient address has null MX');
  });

  it('gives class and subject of a code the registry does not list', () => {
    expect(analyze('5.7.509').standard).toMatchObject({ subjectTitle: 'Security or Policy Status', detailTitle: undefined });
  });

  it('offers every section a bare ambiguous code may mean, the one that lists it most first, and the standard meaning as the summary', () => {
    const analysis = analyze('5.7.1');
    expect(analysis.recommendations.map((r) => r.url)).toEqual([`${RELAY}#what-it-means`, `${BOUNCES}#bad-reputation`, `${BOUNCES}#block-list`]);
    expect(analysis.summary).toBe(analysis.standard!.plain);
    expect(analysis.problem).toBeUndefined();
  });

  it('recommends nothing for a reply code that means anything, and says what RFC 5321 says of it', () => {
    const analysis = analyze('550');
    expect(analysis.recommendations).toEqual([]);
    expect(analysis.reply).toMatchObject({ code: '550', outcome: 'permanent' });
    expect(analysis.summary).toContain('mailbox unavailable');
  });

  it('points a bare 4xx code to the section on temporary failures', () => {
    expect(analyze('451').recommendations[0]?.url).toBe(`${BOUNCES}#temporary-failure`);
  });

  it('recognizes a success', () => {
    const analysis = analyze('250 2.0.0 Ok: queued as 4B2C81F4A3');
    expect(analysis).toMatchObject({ status: 'diagnosed', outcome: 'success', actor: undefined, recommendations: [] });
  });

  it('describes each code found', () => {
    expect(analyze('550 5.1.1 and 0x800CCC0E').codes).toEqual([
      { kind: 'smtp', code: '550', meaning: expect.stringContaining('mailbox unavailable') as unknown },
      { kind: 'enhanced', code: '5.1.1', meaning: 'Permanent Failure, addressing status: Bad destination mailbox address' },
      { kind: 'outlook', code: '0x800CCC0E', meaning: expect.stringContaining('Outlook cannot open a connection') as unknown },
    ]);
  });
});

describe('analyzeReport: the recipient and the server’s message', () => {
  it.each([
    ['a DSN', 'Final-Recipient: rfc822; anna@abc.xyz\nAction: failed\nStatus: 5.1.1', 'anna@abc.xyz'],
    ['RCPT TO with brackets', '550 5.1.1 RCPT TO:<anna@abc.xyz> User unknown', 'anna@abc.xyz'],
    ['Postfix’s address before “said:”', '<anna@abc.xyz>: host mx[192.0.2.1] said: 550 5.1.1 unknown', 'anna@abc.xyz'],
    ['an address with a trailing garbled character', 'Final-recipient: rfc822; anna.a@abc.xyzâ\nStatus: 5.2.2', 'anna.a@abc.xyz'],
  ])('finds the recipient in %s', (_, text, recipient) => {
    expect(analyze(text).recipient).toBe(recipient);
  });

  it('does not take the sender of the bounce for the recipient', () => {
    expect(analyze('From: Mail Delivery System <mailer-daemon@example.com>\nTo: bob@example.com\n550 5.1.1 unknown (in reply to RCPT TO command)').recipient).toBeUndefined();
  });

  it('keeps the server’s message short', () => {
    const analysis = analyze(`Diagnostic-Code: smtp; 550 5.1.1 ${'very long text '.repeat(100)}`);
    expect(analysis.remoteMessage!.length).toBeLessThanOrEqual(400);
    expect(analysis.remoteMessage).toMatch(/…$/);
  });

  it('quotes no server message for a bare error line', () => {
    expect(analyze('550 5.7.1 Relaying denied').remoteMessage).toBeUndefined();
  });
});

describe('analyzeReport: unknown, empty, garbage and huge input', () => {
  it.each(['', '   ', '\n\n\t'])('answers %j as empty', (text) => {
    expect(analyze(text)).toEqual({ status: 'empty', truncated: false, context: 'unknown', codes: [], phrases: [], outcome: 'unknown', recommendations: [] });
  });

  it.each([
    ['words', 'Hello, could you call me back tomorrow? Thanks, Anna'],
    ['symbols', '¯\\_(ツ)_/¯ 💥💥 <<<>>> ;;; @@@'],
    ['numbers that are not codes', 'Invoice 2023-11-14, total 1250.00, ticket 25012, IP 192.0.2.10, port 587'],
    ['HTML', '<img src=x onerror="alert(1)"><script>alert(1)</script>'],
  ])('answers %s as unrecognized', (_, text) => {
    const analysis = analyze(text);
    expect(analysis).toMatchObject({ status: 'unrecognized', codes: [], recommendations: [] });
    expect(analysis.summary).toBeUndefined();
  });

  /** Text built from `piece` up to `length` characters. */
  const repeat = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  const MB = 1_000_000;

  it.each([
    ['letters', repeat('lorem ipsum dolor sit amet ', MB)],
    ['one endless word', 'a'.repeat(MB)],
    ['dots and digits', repeat('5.5.5.5.', MB)],
    ['at signs', `${'a'.repeat(MB / 2)}@${'b.'.repeat(MB / 4)}`],
    ['a label with no end', `Diagnostic-Code: ${'x'.repeat(MB)}`],
    ['repeated labels', repeat('said: Final-Recipient: rfc822; ', MB)],
    ['prefix-like lines', repeat('\n550-5.5.5 ', MB)],
  ])('analyzes 1 MB of %s quickly, with or without a code in front', (_, text) => {
    for (const input of [text, `550 5.1.1 said: ${text}`]) {
      const started = performance.now();
      const analysis = analyze(input);
      // Generous for a busy test machine: the benchmark (bench/analyze-1mb.ts) measures the real figure.
      expect(performance.now() - started).toBeLessThan(1000);
      expect(analysis.status).not.toBe('empty');
    }
  });

  it('finds the report inside 1 MB of pasted text', () => {
    const text = `${seed[1]![1]}\n\n${repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo= ', MB)}`;
    expect(analyze(text)).toMatchObject({ status: 'diagnosed', problem: 'mailbox-full', recipient: 'anna.a@abc.xyz' });
  });

  it('stops counting after a few hundred codes', () => {
    const analysis = analyze(repeat('550 5.1.1 0x800CCC0E ', MB));
    expect(analysis.codes.map((c) => c.code)).toEqual(['550', '5.1.1', '0x800CCC0E']);
  });

  it('reads only the first MAX_INPUT characters and says so', () => {
    const analysis = analyze(`${'x '.repeat(MAX_INPUT / 2)}550 5.1.1 User unknown`);
    expect(analysis).toMatchObject({ truncated: true, status: 'unrecognized' });
  });

  it('does not change the list it is given', () => {
    const copy = structuredClone(known);
    analyze(seed[0]![1]);
    expect(known).toEqual(copy);
  });

  it('can prepare its phrase matcher ahead of the first analysis, with the same results', () => {
    const list = [...known];
    prepareAnalyzer(list, BOUNCE_TABLES);
    expect(analyzeReport(seed[0]![1], list, BOUNCE_TABLES, EN)).toEqual(analyze(seed[0]![1]));
  });

  it('works without any known error, on the standards alone', () => {
    expect(analyzeReport('550 5.1.1 User unknown', [], BOUNCE_TABLES, EN)).toMatchObject({ status: 'diagnosed', problem: 'unknown-recipient', recommendations: [] });
  });

  it('gives the same results with the tables and strings parsed from the page’s JSON', () => {
    // The page script receives the tables and its words as JSON, not as the modules' objects: nothing may be lost.
    const parsed = JSON.parse(JSON.stringify(BOUNCE_TABLES)) as typeof BOUNCE_TABLES;
    const strings = JSON.parse(JSON.stringify(EN)) as typeof EN;
    expect(parsed).toEqual(BOUNCE_TABLES);
    expect(strings).toEqual(EN);
    for (const [, text] of seed) expect(analyzeReport(text, known, parsed, strings)).toEqual(analyze(text));
  });
});

describe('analyzeReport: in the language of the strings it is given', () => {
  const DE = analyzerStrings(errorStrings('de'));
  const FR = analyzerStrings(errorStrings('fr'));
  const inGerman = (text: string) => analyzeReport(text, known, BOUNCE_TABLES, DE);

  it('reaches the same diagnosis whatever the language', () => {
    for (const [name, text] of [...seed, ...SERVER_CASES]) {
      const english = analyze(text);
      const german = inGerman(text);
      expect({ ...german, summary: undefined, codes: german.codes.map((c) => c.code), standard: german.standard?.code, reply: german.reply?.code }, name)
        .toEqual({ ...english, summary: undefined, codes: english.codes.map((c) => c.code), standard: english.standard?.code, reply: english.reply?.code });
    }
  });

  it('says what happened in that language when no article’s own message is found', () => {
    const analysis = inGerman('550 5.1.1 <anna@example.com>: Recipient address rejected: User unknown');
    expect(analysis.summary).toBe(DE.problems['unknown-recipient']);
    expect(analysis.summary).toMatch(/^Die Adresse des Empfängers existiert/);
  });

  it('describes the codes found, the standard meaning and the reply code in that language', () => {
    expect(inGerman('550 5.1.1').codes.map((c) => c.meaning)).toEqual([
      'Dauerhafter Fehler: Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar (nicht gefunden, kein Zugriff oder aus Richtliniengründen abgelehnt)',
      'Dauerhafter Fehler, Adressierungsstatus: Ungültige Zielpostfachadresse',
    ]);
    expect(inGerman('Status: 4.4.7').standard).toMatchObject({ classTitle: 'Anhaltender vorübergehender Fehler', subjectTitle: 'Netzwerk- und Routingstatus', detailTitle: 'Zustellzeit abgelaufen' });
    expect(inGerman('550').summary).toBe('Der Server hat mit 550 geantwortet: Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar (nicht gefunden, kein Zugriff oder aus Richtliniengründen abgelehnt).');
    expect(inGerman('5.7.509').codes[0]?.meaning).toBe('Dauerhafter Fehler, Sicherheits- oder Richtlinienstatus (Detail nicht im Register von RFC 3463)');
    expect(inGerman('573').codes[0]?.meaning).toBe('Dauerhafter Fehler (kein Standardcode nach RFC 5321)');
  });

  it('reports a success in that language', () => {
    expect(analyzeReport('250 2.0.0 Ok: queued as 4B2C81F4A3', known, BOUNCE_TABLES, FR).summary).toBe(FR.outcomes.success);
  });

  it('keeps the article’s own meaning, in the language of the errors it is given', () => {
    const german = [{ message: 'Mailbox disk quota exceeded', code: '552', meaning: 'Das Postfach des Empfängers ist voll.', url: '/de/a/#voll', article: 'Artikel', section: 'Postfach voll' }];
    expect(analyzeReport('552 Mailbox disk quota exceeded', german, BOUNCE_TABLES, DE)).toMatchObject({ summary: 'Das Postfach des Empfängers ist voll.', recommendations: [{ url: '/de/a/#voll', section: 'Postfach voll' }] });
  });
});
