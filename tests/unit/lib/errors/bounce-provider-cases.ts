/**
 * Rejections in the real formats of the big mailbox providers and of the two common mail servers,
 * with the wording the providers document for senders. Each case names its provider and the public
 * page its text is quoted from; addresses and IPs are replaced by documentation ones (RFC 2606,
 * RFC 5737). The cases are data so that they can be scored on their own (how many lead to the right
 * article) as well as tested.
 *
 * Sources:
 * - Microsoft 365: "Email non-delivery reports and SMTP errors in Exchange Online"
 *   (learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online)
 *   and "Fix NDR error 550 5.7.515" (support.microsoft.com).
 * - Outlook.com: the postmaster troubleshooting page (sendersupport.olc.protection.outlook.com/pm)
 *   and the block list NDRs it links to.
 * - Gmail: "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730) and the sender
 *   guidelines FAQ (support.google.com/a/answer/14229414).
 * - Yahoo: "SMTP Error Codes" of the Yahoo Sender Hub (senders.yahooinc.com/smtp-error-codes).
 * - Postfix: bounce(8) and the postconf(5) reply codes (reject_rbl_client, reject_unknown_*_domain,
 *   the smtp client's DNS errors); pypolicyd-spf and OpenDMARC's default rejection texts.
 * - Exim: the "Mail delivery failed" and "Warning: message … delayed" templates of its spec, its
 *   "Unrouteable address" router error and the SPF example ACL of the spec (chapter 43).
 */
import { BOUNCES, SPF, AUTH, RELAY, SETTINGS, type Expected } from './bounce-expect.ts';

export type Provider = 'Microsoft 365' | 'Outlook.com' | 'Gmail' | 'Yahoo' | 'Postfix' | 'Exim';

export interface ProviderCase {
  provider: Provider;
  name: string;
  text: string;
  expected: Expected;
}

/** An SPF, DKIM or DMARC rejection must never send the reader to SMTP login settings. */
const NOT_LOGIN = [`${RELAY}#what-it-means`, `${AUTH}#what-it-means`, `${AUTH}#other-codes`, `${SETTINGS}#encryption`];

/** Microsoft 365's NDR: the friendly text, then the diagnostic information for administrators. */
const m365 = (friendly: string, answer: string) => `Delivery has failed to these recipients or groups:

anna@abc.xyz
${friendly}

Diagnostic information for administrators:

Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com

anna@abc.xyz
mx.abc.xyz
Remote Server returned '${answer}'

Original message headers:
Received: from AM0PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1]) by AM0PR01MB1234 with mapi id 15.20.7002.028`;

/** Postfix's bounce(8) report for one recipient, with its delivery status. */
const postfix = (answer: string, status: string, action = 'failed') => `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<anna@abc.xyz>: host mx.abc.xyz[192.0.2.10] said: ${answer} (in reply to RCPT TO command)

Final-Recipient: rfc822; anna@abc.xyz
Action: ${action}
Status: ${status}
Remote-MTA: dns; mx.abc.xyz`;

/** Exim's "Mail delivery failed" report for one recipient. */
const exim = (answer: string, after = 'RCPT TO:<anna@abc.xyz>') => `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna@abc.xyz
    host mx.abc.xyz [192.0.2.10]
    SMTP error from remote mail server after ${after}:
    ${answer}`;

export const PROVIDER_CASES: ProviderCase[] = [
  // --- Microsoft 365 (Exchange Online) ---------------------------------------------------------
  { provider: 'Microsoft 365', name: '5.7.23, SPF violation',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.23 The message was rejected because of Sender Policy Framework violation'),
    expected: { codes: ['550', '5.7.23'], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, never: NOT_LOGIN, recipient: 'anna@abc.xyz', remote: 'Sender Policy Framework violation' } },
  { provider: 'Microsoft 365', name: '5.7.509, DMARC policy of reject',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.509 Access denied, sending domain [abc.xyz] does not pass DMARC verification and has a DMARC policy of reject.'),
    expected: { codes: ['550', '5.7.509'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Microsoft 365', name: '5.7.606, banned sending IP',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.606 Access denied, banned sending IP [192.0.2.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions.'),
    expected: { codes: ['550', '5.7.606'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list`, remote: 'banned sending IP' } },
  { provider: 'Microsoft 365', name: '5.7.1, client host blocked using Spamhaus',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/'),
    expected: { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list` } },
  { provider: 'Microsoft 365', name: '5.7.708, traffic not accepted from this IP',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. The majority of traffic from this IP has been detected as suspicious.'),
    expected: { codes: ['550', '5.7.708'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Microsoft 365', name: '5.7.501, spam abuse detected',
    text: m365('Your message wasn\'t delivered because the recipient\'s email provider rejected it.', '550 5.7.501 Access denied, spam abuse detected. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653'),
    expected: { codes: ['550', '5.7.501'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Microsoft 365', name: '5.4.310, DNS domain does not exist',
    text: m365('The domain name in the email address is incorrect. Check that it\'s spelled correctly.', '550 5.4.310 DNS domain abc.xzy does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=abc.xzy]'),
    expected: { codes: ['550', '5.4.310'], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },
  { provider: 'Microsoft 365', name: '4.4.316, delayed: connection refused, still retrying',
    text: `Delivery is delayed to these recipients or groups:

anna@abc.xyz

This message hasn't been delivered yet. Delivery will continue to be attempted.

Diagnostic information for administrators:
Remote Server returned '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.abc.xyz]'`,
    expected: { codes: ['451', '4.4.316'], outcome: 'temporary', problem: 'delayed', actor: 'nobody', best: `${BOUNCES}#deferred-delayed`, also: [`${BOUNCES}#temporary-failure`] } },

  // --- Outlook.com (Hotmail, Live) ------------------------------------------------------------
  { provider: 'Outlook.com', name: '5.7.515, required authentication level',
    text: `Your message to anna@outlook.com couldn't be delivered.

Diagnostic information for administrators:
Generating server: BN8NAM12FT012.mail.protection.outlook.com
Remote Server returned '550 5.7.515 Access denied, sending domain [abc.xyz] doesn't meet the required authentication level.'`,
    expected: { codes: ['550', '5.7.515'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Outlook.com', name: 'SC-001, part of their network is on our block list',
    text: '550 SC-001 (BAY004-MC4F49) Unfortunately, messages from 192.0.2.5 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
    expected: { codes: ['550'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list` } },
  { provider: 'Outlook.com', name: '5.7.1 S3150 block list, quoted by Postfix',
    text: `<anna@hotmail.com>: host hotmail-com.olc.protection.outlook.com[192.0.2.20]
    said: 550 5.7.1 Unfortunately, messages from [192.0.2.5] weren't sent.
    Please contact your Internet service provider since part of their network
    is on our block list (S3150). You can also refer your provider to
    http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL
    FROM command)`,
    expected: { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list`, recipient: 'anna@hotmail.com' } },
  { provider: 'Outlook.com', name: 'SC-004, block after complaints',
    text: '550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.',
    expected: { codes: ['550'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Outlook.com', name: 'DY-001, dynamic IP',
    text: '550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP\'s as they are not typically used to deliver unauthenticated SMTP e-mail to an Internet mail server. http://www.spamhaus.org maintains lists of dynamic and residential IP addresses.',
    expected: { codes: ['550'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list`, never: NOT_LOGIN } },
  { provider: 'Outlook.com', name: 'OU-002, spam-like content or reputation',
    text: '550 OU-002 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.',
    expected: { codes: ['550'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Outlook.com', name: 'RP-001, rate limit for reputation',
    text: '421 RP-001 (BAY004-MC1F56) Unfortunately, some messages from 192.0.2.5 weren\'t sent. Please try again. We have limits for how many messages can be sent per hour and per day. The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation problems.',
    expected: { codes: ['421'], outcome: 'temporary', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation`, also: [`${BOUNCES}#rate-limit-exceeded`] } },
  { provider: 'Outlook.com', name: '4.7.650, temporarily rate limited due to IP reputation',
    text: 'SMTP error from remote mail server after pipelined MAIL FROM:<bob@example.com> SIZE=4169: 451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    expected: { codes: ['451', '4.7.650'], outcome: 'temporary', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation`, also: [`${BOUNCES}#rate-limit-exceeded`] } },

  // --- Gmail -----------------------------------------------------------------------------------
  { provider: 'Gmail', name: '5.7.26, DMARC policy',
    text: `550-5.7.26 Unauthenticated email from abc.xyz is not accepted due to domain's
550-5.7.26 DMARC policy. Please contact the administrator of abc.xyz domain if
550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to
550 5.7.26  https://support.google.com/mail/?p=DmarcRejection`,
    expected: { codes: ['550', '5.7.26'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '5.7.26, SPF hard fail policy',
    text: `550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard
550-5.7.26 fail policy (-all). To best protect our users from spam and phishing,
550 5.7.26 the message has been blocked.`,
    expected: { codes: ['550', '5.7.26'], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '5.7.26, neither SPF nor DKIM passes, quoted by Exim',
    text: exim(`550-5.7.26 This message does not pass authentication checks (SPF and DKIM both
    550-5.7.26 do not pass). SPF check for [abc.xyz] does not pass with
    550-5.7.26 ip: [192.0.2.5].To best protect our users from spam, the message
    550-5.7.26 has been blocked.`, 'end of data'),
    expected: { codes: ['550', '5.7.26'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, also: [`${SPF}#spf-errors`], never: NOT_LOGIN, recipient: 'anna@abc.xyz' } },
  { provider: 'Gmail', name: '4.7.26, rate limited because unauthenticated',
    text: `421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail
421-4.7.26 requires all senders to authenticate with either SPF or DKIM.
421-4.7.26  Authentication results: DKIM = did not pass SPF [abc.xyz] with
421-4.7.26 ip: [192.0.2.5] = did not pass`,
    expected: { codes: ['421', '4.7.26'], outcome: 'temporary', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '5.7.27, SPF did not pass',
    text: `550-5.7.27 Your email has been blocked because SPF authentication didn't pass
550-5.7.27 for this message. Gmail requires all bulk email senders to
550 5.7.27 authenticate with SPF.`,
    expected: { codes: ['550', '5.7.27'], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '4.7.30, DKIM did not pass',
    text: `421-4.7.30 Your email has been rate limited because DKIM authentication didn't
421-4.7.30 pass for this message. Gmail requires all email bulk senders to
421 4.7.30 authenticate with DKIM.`,
    expected: { codes: ['421', '4.7.30'], outcome: 'temporary', problem: 'dkim', actor: 'domain-admin', best: `${SPF}#dkim-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '4.7.32, From not aligned',
    text: `421-4.7.32 Your email has been rate limited because the From: header (RFC5322)
421-4.7.32 in this message isn't aligned with either the authenticated SPF or
421 4.7.32 DKIM organizational domain.`,
    expected: { codes: ['421', '4.7.32'], outcome: 'temporary', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: '4.7.28, unusual rate of unsolicited mail from the DKIM domain',
    text: `421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating
421-4.7.28 from your DKIM domain [abc.xyz]. To protect our users from spam, mail
421-4.7.28 sent from your DKIM domain has been temporarily rate limited.`,
    expected: { codes: ['421', '4.7.28'], outcome: 'temporary', problem: 'rate', actor: 'sender', best: `${BOUNCES}#rate-limit-exceeded`, never: [`${SPF}#dkim-errors`] } },
  { provider: 'Gmail', name: '5.7.1, likely unsolicited mail',
    text: `550-5.7.1 [192.0.2.5 12] Our system has detected that this message is
550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
550-5.7.1 this message has been blocked. Please visit
550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError`,
    expected: { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'spam-content', actor: 'sender', best: `${BOUNCES}#blocked-as-spam` } },
  { provider: 'Gmail', name: '5.7.1, IP blocked for an unusual rate of unsolicited mail',
    text: `550-5.7.1 [192.0.2.5      1] Our system has detected an unusual rate of
550-5.7.1 unsolicited mail originating from your IP address. To protect our
550-5.7.1 users from spam, mail sent from your IP address has been blocked.
550 5.7.1 Please visit https://support.google.com/mail/?p=UnsolicitedIPError`,
    expected: { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'rate', actor: 'sender', best: `${BOUNCES}#rate-limit-exceeded`, never: NOT_LOGIN } },
  { provider: 'Gmail', name: 'NXDOMAIN in Gmail’s own bounce',
    text: `Address not found

Your message wasn't delivered to anna@abc.xyz because the domain abc.xyz couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of abc.xyz responded with code NXDOMAIN Domain name not found: abc.xyz`,
    expected: { codes: [], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found`, recipient: 'anna@abc.xyz' } },
  { provider: 'Gmail', name: 'DNS SERVFAIL, still retrying',
    text: `Delivery incomplete

There was a temporary problem delivering your message to anna@abc.xyz. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.

The response was:

DNS Error: DNS type 'mx' lookup of abc.xyz responded with code SERVFAIL`,
    expected: { codes: [], outcome: 'temporary', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found`, recipient: 'anna@abc.xyz' } },

  // --- Yahoo -----------------------------------------------------------------------------------
  { provider: 'Yahoo', name: 'TSS04, deferred for volume or complaints, in a Postfix delay warning',
    text: `This is the mail system at host mail.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<anna@yahoo.com>: host mta7.am0.yahoodns.net[192.0.2.30] said: 421 4.7.0
    [TSS04] Messages from 192.0.2.5 temporarily deferred due to unexpected
    volume or user complaints - 4.16.55.1; see
    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)`,
    expected: { codes: ['421', '4.7.0'], outcome: 'temporary', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation`, also: [`${BOUNCES}#temporary-failure`], recipient: 'anna@yahoo.com' } },
  { provider: 'Yahoo', name: 'TS01, deferred due to user complaints',
    text: '421 4.7.0 [TS01] Messages from 192.0.2.5 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html',
    expected: { codes: ['421', '4.7.0'], outcome: 'temporary', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Yahoo', name: 'TSS09, permanently deferred',
    text: '553 5.7.2 [TSS09] All messages from 192.0.2.5 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    expected: { codes: ['553', '5.7.2'], outcome: 'permanent', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation` } },
  { provider: 'Yahoo', name: 'BL21, IP in Spamhaus’s list',
    text: '553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.5, because the ip is in Spamhaus\'s list; see https://postmaster.yahooinc.com/error-codes',
    expected: { codes: ['553', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list` } },
  { provider: 'Yahoo', name: '5.7.9, sender unauthenticated',
    text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    expected: { codes: ['550', '5.7.9'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Yahoo', name: '5.7.9, not accepted for policy reasons (DMARC)',
    text: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
    expected: { codes: ['554', '5.7.9'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Yahoo', name: 'no such account, in its own sample failure notice',
    text: `Hi. This is the qmail-send program at yahoo.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

192.0.2.30 failed after I sent the message.
Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com
account (anna@yahoo.com) [-5] - mta123.mail.mud.yahoo.com`,
    expected: { codes: ['554'], outcome: 'permanent', problem: 'unknown-recipient', actor: 'sender', best: `${BOUNCES}#user-unknown` } },

  // --- Postfix ---------------------------------------------------------------------------------
  { provider: 'Postfix', name: 'pypolicyd-spf rejection (5.7.23)',
    text: postfix('550 5.7.23 <anna@abc.xyz>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=bob@example.com;ip=192.0.2.5;r=<UNKNOWN>', '5.7.23'),
    expected: { codes: ['550', '5.7.23'], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, never: NOT_LOGIN, recipient: 'anna@abc.xyz' } },
  { provider: 'Postfix', name: 'OpenDMARC rejection',
    text: postfix('550 5.7.1 rejected by DMARC policy for example.com', '5.7.1'),
    expected: { codes: ['550', '5.7.1'], outcome: 'permanent', problem: 'dmarc', actor: 'domain-admin', best: `${SPF}#dmarc-errors`, never: NOT_LOGIN } },
  { provider: 'Postfix', name: 'DKIM signature that does not verify (5.7.20)',
    text: postfix('550 5.7.20 No passing DKIM signature found', '5.7.20'),
    expected: { codes: ['550', '5.7.20'], outcome: 'permanent', problem: 'dkim', actor: 'domain-admin', best: `${SPF}#dkim-errors`, never: NOT_LOGIN } },
  { provider: 'Postfix', name: 'reject_rbl_client',
    text: postfix('554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.5', '5.7.1'),
    expected: { codes: ['554', '5.7.1'], outcome: 'permanent', problem: 'block-list', actor: 'sender', best: `${BOUNCES}#block-list` } },
  { provider: 'Postfix', name: 'reject_unknown_recipient_domain (450 4.1.2)',
    text: '<anna@abc.xzy>: host mail.example.com[192.0.2.2] said: 450 4.1.2 <anna@abc.xzy>: Recipient address rejected: Domain not found (in reply to RCPT TO command)',
    expected: { codes: ['450', '4.1.2'], outcome: 'temporary', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found`, recipient: 'anna@abc.xzy' } },
  { provider: 'Postfix', name: 'unknown domain rejected for good (550 5.1.2)',
    text: '<anna@abc.xzy>: host mail.example.com[192.0.2.2] said: 550 5.1.2 <anna@abc.xzy>: Recipient address rejected: Domain not found (in reply to RCPT TO command)',
    expected: { codes: ['550', '5.1.2'], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },
  { provider: 'Postfix', name: 'DNS lookup that failed for now (4.4.3)',
    text: `<anna@abc.xyz>: Host or domain name not found. Name service error for
    name=abc.xyz type=MX: Host not found, try again

Final-Recipient: rfc822; anna@abc.xyz
Action: delayed
Status: 4.4.3`,
    expected: { codes: ['4.4.3'], outcome: 'temporary', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },
  { provider: 'Postfix', name: 'a DNS error line alone: host not found, try again',
    text: 'Host or domain name not found. Name service error for name=abc.xyz type=MX: Host not found, try again',
    expected: { codes: [], outcome: 'temporary', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },
  { provider: 'Postfix', name: 'a DNS error line alone: host not found',
    text: 'Host or domain name not found. Name service error for name=abc.xzy type=A: Host not found',
    expected: { codes: [], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },

  // --- Exim ------------------------------------------------------------------------------------
  { provider: 'Exim', name: 'SPF rejection of its example ACL',
    text: exim('550 192.0.2.5 is not allowed to send mail from example.com. Please see http://www.open-spf.org/Why?scope=mfrom;identity=bob@example.com;ip=192.0.2.5', 'MAIL FROM:<bob@example.com> SIZE=1234'),
    expected: { codes: ['550'], outcome: 'permanent', problem: 'spf', actor: 'domain-admin', best: `${SPF}#spf-errors`, never: NOT_LOGIN, recipient: 'anna@abc.xyz' } },
  { provider: 'Exim', name: 'Gmail’s DKIM rejection (5.7.30)',
    text: exim(`550-5.7.30 Your email has been blocked because DKIM authentication didn't
    550-5.7.30 pass for this message. Gmail requires all email bulk senders to
    550 5.7.30 authenticate with DKIM.`, 'end of data'),
    expected: { codes: ['550', '5.7.30'], outcome: 'permanent', problem: 'dkim', actor: 'domain-admin', best: `${SPF}#dkim-errors`, never: NOT_LOGIN } },
  { provider: 'Exim', name: 'unrouteable address',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna@abc.xzy
    Unrouteable address`,
    expected: { codes: [], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found`, recipient: 'anna@abc.xzy' } },
  { provider: 'Exim', name: 'all MX records point to non-existent hosts',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna@abc.xyz
    all relevant MX records point to non-existent hosts`,
    expected: { codes: [], outcome: 'permanent', problem: 'domain-not-found', actor: 'sender', best: `${BOUNCES}#domain-not-found` } },
  { provider: 'Exim', name: 'Yahoo’s TSS04 in a delay warning',
    text: `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.com.

The message identifier is:     1abcDe-000123-Ab

The address to which the message has not yet been delivered is:

  anna@yahoo.com
    host mta5.am0.yahoodns.net [192.0.2.30]
    Delay reason: SMTP error from remote mail server after MAIL FROM:<bob@example.com>:
    421 4.7.0 [TSS04] Messages from 192.0.2.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.`,
    expected: { codes: ['421', '4.7.0'], outcome: 'temporary', problem: 'reputation', actor: 'domain-admin', best: `${BOUNCES}#bad-reputation`, also: [`${BOUNCES}#temporary-failure`] } },
];
