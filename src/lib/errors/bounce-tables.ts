/**
 * What the bounce analyzer knows about mail in general, as data: the kinds of problem with the
 * servers' phrases for each, the words that tell a report from an email program's error, and the
 * codes that name a kind of problem by themselves. The same in every language: servers word their
 * answers in English (and a few in French, see 'port-25'); what each kind of problem means for the
 * reader is in the language's strings (`problems` of src/i18n/errors/<lang>.ts).
 *
 * This is most of the analyzer's size, so the browser does not bundle it: the /errors/ page embeds
 * BOUNCE_TABLES in its JSON at build time and the script passes what it parses to analyzeReport. All
 * of it must therefore stay plain JSON (strings, numbers, arrays, plain objects). Tests and the bench
 * import BOUNCE_TABLES directly.
 */

/** The kinds of problem the analyzer recognizes. */
export type Problem =
  | 'unknown-recipient' | 'account-disabled' | 'mailbox-full' | 'domain-not-found'
  | 'spf' | 'dkim' | 'dmarc' | 'reputation' | 'block-list' | 'spam-content'
  | 'relaying' | 'auth-failed' | 'encryption' | 'port-25' | 'timeout' | 'certificate'
  | 'temporary-failure' | 'delayed' | 'greylisting' | 'size' | 'rate' | 'malware' | 'unicode-header';

/** Who has to do something about it. */
export type Actor = 'sender' | 'recipient' | 'recipient-provider' | 'domain-admin' | 'nobody';

/** A kind of problem: who acts, and how servers word it (what it means is in the language's strings). */
export interface ProblemSpec {
  actor: Actor;
  /** Phrases in the servers' wording. A final `*` matches the start of a word ("greylist*"). */
  phrases: string[];
}

/**
 * What a word of the report says about the text itself rather than about the problem. `dns-missing`:
 * the DNS answered that a name does not exist, which retrying does not change; it says "permanent"
 * only when nothing else in the text says otherwise (Postfix's "Host not found, try again" is a DNS
 * server that did not answer, hence temporary).
 */
export type Marker = 'report' | 'client' | 'permanent' | 'temporary' | 'dns-missing';

const PROBLEMS: Record<Problem, ProblemSpec> = {
  'unknown-recipient': {
    actor: 'sender',
    phrases: ['user unknown', 'unknown user', 'user doesn t have a', 'no such user', 'no such recipient', 'unknown recipient', 'recipient unknown', 'invalid recipient', 'recipient not found', 'recipientnotfound', 'address does not exist', 'account does not exist', 'mailbox does not exist', 'user does not exist', 'recipient does not exist', 'mailbox not found', 'no mailbox here by that name', 'address couldn t be found', 'address you entered couldn t be found', 'wasn t found at', 'address could not be found'],
  },
  'account-disabled': {
    actor: 'recipient',
    phrases: ['administratively disabled', 'account disabled', 'account is disabled', 'account has been disabled', 'mailbox disabled', 'mailbox is disabled', 'mailbox has been disabled', 'account suspended', 'account has been suspended', 'account is suspended', 'mailbox is inactive', 'account is inactive', 'inactive mailbox', 'inactive account'],
  },
  'mailbox-full': {
    actor: 'recipient',
    phrases: ['mailbox full', 'mailbox is full', 'full mailbox', 'inbox is full', 'quota exceeded', 'over quota', 'overquota', 'disk quota', 'storage quota', 'exceeded storage allocation', 'out of storage space', 'mailbox size limit'],
  },
  'domain-not-found': {
    actor: 'sender',
    phrases: ['host or domain name not found', 'domain name not found', 'domain not found', 'domain does not exist', 'no such domain', 'name service error', 'host not found', 'nxdomain', 'servfail', 'dns error', 'dns domain', 'nonexistent domain', 'non existent domain', 'infodomainnonexistent', 'non existent hosts', 'unrouteable address', 'unroutable address', 'temporary failure in name resolution', 'no mx record*', 'unable to resolve'],
  },
  spf: {
    actor: 'domain-admin',
    phrases: ['spf fail*', 'spf softfail', 'spf permerror', 'spf temperror', 'spf record', 'spf validation', 'spf check*', 'spf error', 'failed spf', 'due to spf', 'did not pass spf', 'sender policy framework', 'spf authentication', 'openspf', 'open spf',
      // Exim's SPF example ACL: "192.0.2.5 is not allowed to send mail from example.com".
      'not allowed to send mail from'],
  },
  dkim: {
    actor: 'domain-admin',
    phrases: ['dkim signature', 'dkim fail*', 'dkim error', 'dkim validation', 'dkim check*', 'no passing dkim', 'no acceptable dkim', 'author matched dkim', 'body hash did not verify', 'dkim authentication'],
  },
  dmarc: {
    actor: 'domain-admin',
    phrases: ['dmarc policy', 'dmarc fail*', 'dmarc verification', 'dmarc check*', 'dmarc reject', 'fails dmarc', 'failed dmarc', 'pass dmarc', 'sender is unauthenticated', 'it is unauthenticated', 'unauthenticated email', 'multiple authentication checks failed', 'pass authentication checks', 'spf and dkim both', 'either spf or dkim', 'not aligned', 'isn t aligned', 'required authentication level',
      // Yahoo's 554 5.7.9, which its Sender Hub documents as a failed DMARC (or DKIM) check.
      'not accepted for policy reasons'],
  },
  reputation: {
    actor: 'domain-admin',
    phrases: ['reputation', 'complaints', 'spam abuse', 'detected as suspicious', 'traffic not accepted from this ip', 'permanently deferred'],
  },
  'block-list': {
    actor: 'sender',
    phrases: ['block list', 'blocklist*', 'blacklist*', 'black list', 'blocked using', 'banned sending ip', 'dynamic ip', 'spamhaus', 'spamcop', 'dnsbl', 'rbl'],
  },
  'spam-content': {
    actor: 'sender',
    phrases: ['rejected as spam', 'as spam', 'spam filter*', 'spam content', 'likely spam', 'looks like spam', 'spam detected', 'suspected spam', 'spam score', 'likely unsolicited', 'unsolicited mail', 'content rejected'],
  },
  relaying: {
    actor: 'sender',
    phrases: ['relaying denied', 'relay access denied', 'relay denied', 'unable to relay', 'relaying not allowed', 'relay not allowed', 'relay not permitted', 'relaying not permitted', 'not permitted to relay', 'we do not relay', 'proper authentication required', 'authentication required', 'authentication is required', 'must authenticate'],
  },
  'auth-failed': {
    actor: 'sender',
    phrases: ['authentication failed', 'authentication failure', 'authentication credentials invalid', 'invalid credentials', 'authenticationfailed', 'username and password not accepted', 'incorrect authentication data', 'login failed', 'logon failure', 'invalid login', 'incorrect password', 'wrong password', 'password is incorrect', 'rejected your login', 'bad username or password'],
  },
  encryption: {
    actor: 'sender',
    phrases: ['must issue a starttls command first', 'starttls required', 'encryption required', 'encryption type', 'encryption needed', 'does not support ssl', 'mechanism is too weak', 'tls required', 'requires tls'],
  },
  'port-25': {
    actor: 'sender',
    phrases: ['port 25', 'utiliser le port', 'connexion authentifiee pas possible', 'use port 587'],
  },
  timeout: {
    actor: 'sender',
    phrases: ['timed out', 'time out', 'timeout', 'delai imparti'],
  },
  certificate: {
    actor: 'sender',
    phrases: ['certificate', 'target principal name', 'security exception', 'server identity'],
  },
  'temporary-failure': {
    actor: 'recipient-provider',
    phrases: ['service not available', 'service unavailable', 'temporarily unavailable', 'temporarily rejected', 'temporarily deferred', 'temporary failure', 'temporary error', 'temporary problem', 'try again later', 'connection refused', 'no route to host', 'network is unreachable', 'lost connection'],
  },
  delayed: {
    actor: 'nobody',
    phrases: ['still undelivered', 'will keep trying', 'not yet been delivered', 'not been delivered yet', 'delivery delayed', 'delayed mail', 'delivery has been delayed', 'delivery is delayed', 'message delayed', 'still being retried', 'will be retried', 'warning only', 'deferred', 'notification delay'],
  },
  greylisting: {
    actor: 'sender',
    phrases: ['greylist*', 'graylist*', 'grey list*', 'gray list*'],
  },
  size: {
    actor: 'sender',
    phrases: ['message size exceeded', 'message size exceeds', 'size exceeds', 'exceeds size limit', 'size limit', 'message too large', 'message too big', 'message is too large', 'message is too big', 'file too large', 'file too big', 'message length exceeds', 'too large', 'too big'],
  },
  rate: {
    actor: 'sender',
    phrases: ['rate limit*', 'rate limited', 'ratelimit*', 'rate that prevents', 'receiving mail at a rate', 'unusual rate', 'too many messages', 'too many emails', 'sending limit', 'sending rate', 'throttl*', 'mail flood', 'too many connections', 'connection limit', 'unexpected volume'],
  },
  malware: {
    actor: 'sender',
    phrases: ['malware', 'virus*', 'infected', 'security issue', 'harmful', 'dangerous content'],
  },
  'unicode-header': {
    actor: 'sender',
    phrases: ['disallowed header', 'unicode character', 'non ascii', 'utf 8 header', 'smtputf8'],
  },
};

// Words that tell a delivery report from an error of the reader's own email program, and the
// report's own statement of temporary or permanent when it gives no code.
const MARKERS: ReadonlyArray<readonly [string, Marker]> = [
  ...['mailer daemon', 'mail delivery subsystem', 'mail delivery system', 'delivery status notification', 'diagnostic code', 'final recipient', 'reporting mta', 'undeliverable', 'undelivered', 'could not be delivered', 'couldn t be delivered', 'wasn t delivered', 'not delivered', 'delivery has failed', 'delivery failure', 'delivery to the following recipient', 'following address es failed', 'returned mail', 'returning message to sender', 'remote server returned', 'response from the remote server', 'the response was', 'technical details of', 'smtp error from remote mail server', 'said', 'in reply to', 'delivery delayed', 'delayed mail'].map((p) => [p, 'report'] as const),
  ...['outlook', 'thunderbird', 'apple mail', 'your server', 'your e mail server', 'your email server', 'your outgoing', 'your incoming', 'incoming pop3', 'outgoing smtp', 'send receive', 'sending reported error', 'receiving reported error', 'account properties', 'account settings'].map((p) => [p, 'client'] as const),
  ...['failed permanently', 'permanent failure', 'permanent error', 'permanent fatal', 'final delivery failure', 'notification failure', 'retrying will not succeed'].map((p) => [p, 'permanent'] as const),
  ...['temporary failure', 'temporary error', 'will keep trying', 'will be retried', 'will retry', 'warning only', 'temporary delivery failure', 'notification delay', 'host not found try again', 'servfail', 'temporary failure in name resolution'].map((p) => [p, 'temporary'] as const),
  ...['nxdomain', 'domain not found', 'no such domain', 'domain does not exist', 'nonexistent domain', 'non existent domain', 'infodomainnonexistent', 'host not found', 'unrouteable address', 'unroutable address', 'non existent hosts'].map((p) => [p, 'dns-missing'] as const),
];

// Enhanced codes (subject.detail) and reply codes that name a kind of problem by themselves.
// X.7.1 (delivery not authorized) and 550 are left out on purpose: servers use them for anything.
// Beyond RFC 3463 and its registry: the codes the big providers document for senders. Gmail answers
// 5.7.27 for a failed SPF check (the registry's "null MX" sense comes with its own words), 5.7.30 for
// DKIM and 5.7.32 for a From domain not aligned; Exchange Online 5.4.310 for a domain missing from
// the DNS, 5.7.501 for spam abuse, 5.7.509 and 5.7.515 for DMARC and authentication requirements,
// 5.7.606-5.7.649 for a banned sending IP and 5.7.708 for an IP whose traffic it refuses.
const ENHANCED_PROBLEMS: Record<string, Problem> = {
  '1.1': 'unknown-recipient', '1.3': 'unknown-recipient', '1.6': 'unknown-recipient',
  '1.2': 'domain-not-found', '1.10': 'domain-not-found', '4.3': 'domain-not-found', '4.4': 'domain-not-found', '4.310': 'domain-not-found',
  '2.1': 'account-disabled', '2.2': 'mailbox-full', '2.3': 'size', '3.4': 'size',
  '7.8': 'auth-failed', '7.9': 'encryption', '7.10': 'encryption', '7.11': 'encryption',
  '7.20': 'dkim', '7.21': 'dkim', '7.22': 'dkim', '7.23': 'spf', '7.24': 'spf', '7.26': 'dmarc', '7.27': 'spf',
  '7.28': 'rate', '7.30': 'dkim', '7.32': 'dmarc', '7.509': 'dmarc', '7.515': 'dmarc',
  '7.501': 'reputation', '7.708': 'reputation', '6.7': 'unicode-header', '6.9': 'unicode-header',
  ...Object.fromEntries(Array.from({ length: 44 }, (_, i) => [`7.${606 + i}`, 'block-list' as const])),
};
const REPLY_PROBLEMS: Record<string, Problem> = {
  '421': 'temporary-failure', '450': 'temporary-failure', '451': 'temporary-failure',
  '535': 'auth-failed', '534': 'encryption', '538': 'encryption', '552': 'mailbox-full',
};

// A kind of problem that is the consequence of others: "rate limited because DKIM authentication
// didn't pass", "deferred due to user complaints", "temporary problem … DNS Error". When the text
// names a cause too, the cause is what to fix and ranks first.
const AUTHENTICATION: Problem[] = ['spf', 'dkim', 'dmarc'];
const CONSEQUENCES: Partial<Record<Problem, Problem[]>> = {
  rate: [...AUTHENTICATION, 'reputation'],
  'temporary-failure': [...AUTHENTICATION, 'reputation', 'block-list', 'rate', 'domain-not-found'],
  delayed: [...AUTHENTICATION, 'reputation', 'block-list', 'rate', 'domain-not-found'],
};
// Readings that are wrong when the text names a failed check of the sending domain: Yahoo's 5.7.9
// (RFC 3463's weak login mechanism) and "requires all senders to authenticate" are about SPF,
// DKIM and DMARC, not about the reader's SMTP login.
const MISREADINGS: Partial<Record<Problem, Problem[]>> = {
  relaying: AUTHENTICATION, 'auth-failed': AUTHENTICATION, encryption: AUTHENTICATION,
};

/** Everything the analyzer reads as data; see the module comment for why it is not code. */
export interface BounceTables {
  problems: Readonly<Record<Problem, ProblemSpec>>;
  markers: ReadonlyArray<readonly [string, Marker]>;
  /** Enhanced code's `subject.detail` → the kind of problem it names. */
  enhancedProblems: Readonly<Record<string, Problem>>;
  /** Reply code → the kind of problem it names. */
  replyProblems: Readonly<Record<string, Problem>>;
  /** Kind of problem → the kinds that cause it, which rank first when the text names them too. */
  consequences: Readonly<Partial<Record<Problem, readonly Problem[]>>>;
  /** Kind of problem → the kinds whose wording, stated in the text, makes it a wrong reading. */
  misreadings: Readonly<Partial<Record<Problem, readonly Problem[]>>>;
}

/** The analyzer's tables, for the build (which embeds them in the page) and the tests. */
export const BOUNCE_TABLES: BounceTables = {
  problems: PROBLEMS,
  markers: MARKERS,
  enhancedProblems: ENHANCED_PROBLEMS,
  replyProblems: REPLY_PROBLEMS,
  consequences: CONSEQUENCES,
  misreadings: MISREADINGS,
};
