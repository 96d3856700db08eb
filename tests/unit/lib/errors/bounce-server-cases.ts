/**
 * Reports written from the documented formats of common mail servers, as tuples of name, text and
 * what a reader must be told; data, so that they can be scored on their own as well as tested.
 */
import { AUTH, BOUNCES, CERTIFICATES, OUTLOOK, RELAY, SETTINGS, SPF, type Expected } from './bounce-expect.ts';

// Reports written from the documented formats of common mail servers: Postfix's bounce(8) template
// and RFC 3464 delivery status, Exim's "Mail delivery failed" message, Exchange and Outlook.com
// non-delivery reports, and Gmail's bounces and SMTP replies.
export const SERVER_CASES: Array<[string, string, Expected]> = [
  ['Postfix: user unknown, with its delivery status', `From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: bob@example.com

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<anna@abc.xyz>: host mx.abc.xyz[192.0.2.10] said: 550 5.1.1 <anna@abc.xyz>:
    Recipient address rejected: User unknown in virtual mailbox table (in reply
    to RCPT TO command)

Reporting-MTA: dns; mail.example.com
X-Postfix-Queue-ID: 4B2C81F4A3
X-Postfix-Sender: rfc822; bob@example.com
Arrival-Date: Tue, 14 Nov 2023 15:49:20 +0100 (CET)

Final-Recipient: rfc822; anna@abc.xyz
Original-Recipient: rfc822;anna@abc.xyz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.abc.xyz
Diagnostic-Code: smtp; 550 5.1.1 <anna@abc.xyz>: Recipient address rejected:
    User unknown in virtual mailbox table
`,
  { codes: ['550', '5.1.1'], outcome: 'permanent', problem: 'unknown-recipient', actor: 'sender', best: `${BOUNCES}#user-unknown`, recipient: 'anna@abc.xyz', remote: 'Recipient address rejected: User unknown in virtual mailbox table' }],

  ['Postfix: delay warning', `Subject: Delayed Mail (still being retried)

This is the mail system at host mail.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<anna@abc.xyz>: connect to mx.abc.xyz[192.0.2.10]:25: Connection timed out

Final-Recipient: rfc822; anna@abc.xyz
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.abc.xyz[192.0.2.10]:25: Connection
    timed out
Will-Retry-Until: Sun, 19 Nov 2023 15:49:20 +0100 (CET)
`,
  { codes: ['4.4.1'], outcome: 'temporary', problem: 'delayed', actor: 'nobody', best: `${BOUNCES}#deferred-delayed`, also: [`${BOUNCES}#temporary-failure`], recipient: 'anna@abc.xyz', remote: 'connect to mx.abc.xyz[192.0.2.10]:25: Connection timed out' }],

  ['Postfix: domain not found', `<anna@abc.xzy>: Host or domain name not found. Name service error for
    name=abc.xzy type=MX: Host not found, try again

Final-Recipient: rfc822; anna@abc.xzy
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=abc.xzy type=MX: Host not found, try again`,
  { codes: ['5.4.4'], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found`, recipient: 'anna@abc.xzy' }],

  ['Postfix: relay access denied', `<anna@abc.xyz>: host smtp.example.net[198.51.100.7] said: 554 5.7.1 <anna@abc.xyz>:
    Relay access denied (in reply to RCPT TO command)`,
  { codes: ['554', '5.7.1'], outcome: 'permanent', problem: 'relaying', actor: 'sender', best: `${RELAY}#what-it-means`, recipient: 'anna@abc.xyz', remote: '554 5.7.1 <anna@abc.xyz>: Relay access denied' }],

  ['Postfix with postgrey: greylisted', `<anna@abc.xyz>: host mx.abc.xyz[192.0.2.10] said: 450 4.7.1 <anna@abc.xyz>:
    Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/abc.xyz.html (in reply to RCPT TO command)`,
  { codes: ['450', '4.7.1'], outcome: 'temporary', problem: 'greylisting', actor: 'sender', best: `${BOUNCES}#greylisting`, recipient: 'anna@abc.xyz' }],

  ['Exim: message too large', `From: Mail Delivery System <Mailer-Daemon@mail.example.com>
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna@abc.xyz
    host mx.abc.xyz [192.0.2.10]
    SMTP error from remote mail server after end of data:
    552 5.3.4 Message size exceeds fixed maximum message size

------ This is a copy of the message, including all the headers. ------
`,
  { codes: ['552', '5.3.4'], outcome: 'permanent', problem: 'size', actor: 'sender', best: `${BOUNCES}#message-size-exceeded`, recipient: 'anna@abc.xyz', remote: '552 5.3.4 Message size exceeds fixed maximum message size' }],

  ['Exim: sender on a block list', `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna@abc.xyz
    host mx.abc.xyz [192.0.2.10]
    SMTP error from remote mail server after RCPT TO:<anna@abc.xyz>:
    550 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org
`,
  { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list`, recipient: 'anna@abc.xyz', remote: 'blocked using zen.spamhaus.org' }],

  ['Exchange: recipient not found', `Delivery has failed to these recipients or groups:

anna@abc.xyz
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com

anna@abc.xyz
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Received: from AM0PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1]) by AM0PR01MB1234 with mapi id 15.20.7002.028; Tue, 14 Nov 2023 14:49:20 +0000
`,
  { codes: ['550', '5.1.10'], outcome: 'permanent', problem: 'unknown-recipient', actor: 'sender', best: `${BOUNCES}#user-unknown`, recipient: 'anna@abc.xyz', remote: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' }],

  ['Outlook.com: DMARC policy of reject', `Your message to anna@abc.xyz couldn't be delivered.

Diagnostic information for administrators:
Generating server: BN8NAM12FT012.mail.protection.outlook.com
anna@abc.xyz
Remote Server returned '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.'`,
  { codes: ['550', '5.7.509'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, recipient: 'anna@abc.xyz', remote: 'does not pass DMARC verification' }],

  ['Gmail: address not found', `Address not found

Your message wasn't delivered to anna@abc.xyz because the address couldn't be found, or is unable to receive mail.

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser`,
  { codes: ['550', '5.1.1'], outcome: 'permanent', problem: 'unknown-recipient', actor: 'sender', best: `${BOUNCES}#user-unknown`, recipient: 'anna@abc.xyz', remote: 'The email account that you tried to reach does not exist.' }],

  ['Gmail: inbox out of storage, answered over several lines', `Delivery to the following recipient failed permanently:

     anna@abc.xyz

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain abc.xyz by mx.abc.xyz. [192.0.2.10].

The error that the other server returned was:
552-5.2.2 The recipient's inbox is out of storage space. Please direct the
552-5.2.2 recipient to
552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm`,
  { codes: ['552', '5.2.2'], outcome: 'permanent', problem: 'mailbox-full', actor: 'recipient', best: `${BOUNCES}#mailbox-full`, recipient: 'anna@abc.xyz', remote: "The recipient's inbox is out of storage space. Please direct the recipient to" }],

  ['Gmail: receiving mail at a rate that prevents more (4.2.1)', `The response from the remote server was:
450-4.2.1 The user you are trying to contact is receiving mail at a rate that
450-4.2.1 prevents additional messages from being delivered. Please resend your
450-4.2.1 message at a later time. If the user is able to receive mail at that
450 4.2.1 time, your message will be delivered.`,
  { codes: ['450', '4.2.1'], outcome: 'temporary', problem: 'rate', actor: 'sender', best: `${BOUNCES}#rate-limit-exceeded`, remote: 'receiving mail at a rate that prevents additional messages' }],

  ['Gmail: message blocked as a security issue', `Message blocked

Your message to anna@gmail.com has been blocked. See technical details below for more information.

The response was:
552-5.7.0 This message was blocked because its content presents a potential
552-5.7.0 security issue. Please visit
552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our
552 5.7.0 message content and attachment content guidelines.`,
  { codes: ['552', '5.7.0'], outcome: 'permanent', problem: 'malware', actor: 'sender', best: `${BOUNCES}#malware-rejected`, recipient: 'anna@gmail.com' }],

  ['Gmail: unauthenticated sender (5.7.26)', `550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.`,
  { codes: ['550', '5.7.26'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors` }],

  ['Gmail SMTP: username and password not accepted', `535-5.7.8 Username and Password not accepted. For more information, go to
535 5.7.8  https://support.google.com/mail/?p=BadCredentials`,
  { codes: ['535', '5.7.8'], outcome: 'permanent', problem: 'auth-failed', actor: 'sender', best: `${AUTH}#other-codes`, also: [`${AUTH}#what-it-means`] }],

  ['Postfix submission: STARTTLS first', '530 5.7.0 Must issue a STARTTLS command first',
    { codes: ['530', '5.7.0'], outcome: 'permanent', problem: 'encryption', actor: 'sender', best: `${SETTINGS}#encryption` }],

  ['Outlook: cannot connect', "Sending reported error (0x800CCC0E): 'The connection to the server has failed.'",
    { codes: ['0x800CCC0E'], outcome: 'unknown', problem: undefined, actor: 'sender', best: `${OUTLOOK}#code-0x800ccc0e` }],

  ['Outlook: a code alone, explained in two articles', '0x800ccc92',
    { codes: ['0x800CCC92'], outcome: 'unknown', problem: undefined, actor: 'sender', best: `${OUTLOOK}#code-0x800ccc92`, also: [`${AUTH}#other-codes`] }],

  ['a certificate warning', 'The target principal name is incorrect.',
    { codes: [], outcome: 'unknown', problem: 'certificate', actor: 'sender', best: `${CERTIFICATES}#wrong-server-name` }],
];
