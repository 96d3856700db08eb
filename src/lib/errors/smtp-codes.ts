/**
 * What the standard mail codes mean, in plain words: SMTP reply codes (RFC 5321 §4.2, with the
 * authentication, STARTTLS and "no mail" replies of RFC 4954, RFC 3207 and RFC 7504) and enhanced
 * status codes `class.subject.detail` (RFC 3463, with the later entries of the IANA "SMTP Enhanced
 * Status Codes" registry). General knowledge only: what a code means for a customer comes from the
 * articles' `errors` lists. Shared by the error index and the bounce analyzer. The long tables (REPLY_TEXTS, STATUS_DETAILS) are
 * passed in as SmtpCodeTables by the browser, which reads them from the page's JSON: the functions
 * that take them are all the page script bundles, and the convenient one-argument forms stay for the
 * build and the tests.
 */

/** Whether a code reports success, a temporary failure (worth retrying) or a permanent one. */
export type CodeOutcome = 'success' | 'intermediate' | 'temporary' | 'permanent';

export interface ReplyCodeInfo {
  code: string;
  outcome: CodeOutcome;
  /** RFC 5321 §4.2.1 name of the first digit: "Permanent Negative Completion". */
  classTitle: string;
  /** RFC 5321 §4.2.1 category of the second digit: "Mail system". */
  category: string;
  /** The standard text of this exact code, when a standard defines it. */
  text?: string | undefined;
  /** False for codes outside RFC 5321's grammar (second digit above 5), such as "573". */
  standard: boolean;
}

export interface EnhancedCodeInfo {
  code: string;
  outcome: Exclude<CodeOutcome, 'intermediate'>;
  /** RFC 3463 class: "Permanent Failure". */
  classTitle: string;
  subject: number;
  /** RFC 3463 subject: "Addressing Status". */
  subjectTitle: string;
  detail: number;
  /** The registry's title of this class.subject.detail, when registered: "Bad destination mailbox address". */
  detailTitle?: string | undefined;
  /** One line in plain words, when registered. */
  plain?: string | undefined;
}

// RFC 5321 §4.2.1: the first digit says whether the reply is good, bad or incomplete.
const REPLY_CLASSES: Record<string, { outcome: CodeOutcome; title: string }> = {
  '2': { outcome: 'success', title: 'Positive Completion' },
  '3': { outcome: 'intermediate', title: 'Positive Intermediate' },
  '4': { outcome: 'temporary', title: 'Transient Negative Completion' },
  '5': { outcome: 'permanent', title: 'Permanent Negative Completion' },
};

// RFC 5321 §4.2.1: the second digit is the category (3 and 4 are unspecified).
const REPLY_CATEGORIES = ['Syntax', 'Information', 'Connections', 'Unspecified', 'Unspecified', 'Mail system'];

const REPLY_TEXTS: Record<string, string> = {
  // RFC 5321 §4.2.2-4.2.3
  '211': 'System status, or system help reply',
  '214': 'Help message',
  '220': 'Service ready',
  '221': 'Service closing transmission channel',
  '250': 'Requested mail action okay, completed',
  '251': 'User not local; will forward',
  '252': 'Cannot verify the user, but will accept the message and attempt delivery',
  '354': 'Start mail input',
  '421': 'Service not available, closing transmission channel',
  '450': 'Requested mail action not taken: mailbox unavailable (busy, or temporarily blocked for policy reasons)',
  '451': 'Requested action aborted: local error in processing',
  '452': 'Requested action not taken: insufficient system storage',
  '455': 'Server unable to accommodate parameters',
  '500': 'Syntax error, command unrecognized',
  '501': 'Syntax error in parameters or arguments',
  '502': 'Command not implemented',
  '503': 'Bad sequence of commands',
  '504': 'Command parameter not implemented',
  '550': 'Requested action not taken: mailbox unavailable (not found, no access, or refused for policy reasons)',
  '551': 'User not local; please try another path',
  '552': 'Requested mail action aborted: exceeded storage allocation',
  '553': 'Requested action not taken: mailbox name not allowed',
  '554': 'Transaction failed',
  '555': 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
  // RFC 4954 (SMTP AUTH) and RFC 3207 (STARTTLS)
  '235': 'Authentication succeeded',
  '334': 'Authentication challenge',
  '432': 'A password transition is needed',
  '454': 'Temporary authentication failure, or TLS not available for a temporary reason',
  '530': 'Authentication required, or STARTTLS required first',
  '534': 'Authentication mechanism is too weak',
  '535': 'Authentication credentials invalid',
  '538': 'Encryption required for requested authentication mechanism',
  // RFC 7504
  '521': 'Host does not accept mail',
  '556': 'Domain does not accept mail',
};

/**
 * The meaning of a three-digit SMTP reply code, or undefined when `code` is not three digits starting
 * with 2 to 5. Codes whose second digit is above 5 ("573") are not valid RFC 5321 replies, but servers
 * send them: their first digit still tells temporary from permanent.
 */
export function describeReplyCode(code: string): ReplyCodeInfo | undefined {
  return describeReplyCodeWith(code, SMTP_CODE_TABLES);
}

/** describeReplyCode with the tables given, as the browser has them from the page's JSON. */
export function describeReplyCodeWith(code: string, tables: SmtpCodeTables): ReplyCodeInfo | undefined {
  if (!/^[2-5]\d\d$/.test(code)) return undefined;
  const cls = REPLY_CLASSES[code[0]!]!;
  const second = Number(code[1]);
  return {
    code,
    outcome: cls.outcome,
    classTitle: cls.title,
    category: REPLY_CATEGORIES[second] ?? 'Not defined by RFC 5321',
    text: tables.replyTexts[code],
    standard: second <= 5,
  };
}

// RFC 3463 §3.1
const STATUS_CLASSES: Record<string, { outcome: EnhancedCodeInfo['outcome']; title: string }> = {
  '2': { outcome: 'success', title: 'Success' },
  '4': { outcome: 'temporary', title: 'Persistent Transient Failure' },
  '5': { outcome: 'permanent', title: 'Permanent Failure' },
};

/** RFC 3463 §3.2: the subject sub-codes, indexed by their number. */
export const STATUS_SUBJECTS = [
  'Other or Undefined Status',
  'Addressing Status',
  'Mailbox Status',
  'Mail System Status',
  'Network and Routing Status',
  'Mail Delivery Protocol Status',
  'Message Content or Media Status',
  'Security or Policy Status',
] as const;

/**
 * `subject.detail` → [registry title, plain words]. RFC 3463 §3.3-3.10 defines X.0.0 to X.7.7; the rest
 * were registered later (RFC 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689).
 */
const STATUS_DETAILS: Record<string, readonly [string, string]> = {
  '0.0': ['Other undefined Status', 'No more specific reason is given; only the class (success, temporary or permanent failure) is known.'],
  '1.0': ['Other address status', 'Something about an address (the sender’s or a recipient’s) caused the problem.'],
  '1.1': ['Bad destination mailbox address', 'The mailbox does not exist: the part of the address before the @ is not valid at that domain.'],
  '1.2': ['Bad destination system address', 'The destination domain does not exist or cannot accept mail: the part after the @ is not valid for email.'],
  '1.3': ['Bad destination mailbox address syntax', 'The recipient’s address is not written correctly.'],
  '1.4': ['Destination mailbox address ambiguous', 'The address matches more than one mailbox at the destination.'],
  '1.5': ['Destination address valid', 'The recipient’s address is valid.'],
  '1.6': ['Destination mailbox has moved, No forwarding address', 'The mailbox existed but has moved, and no forwarding address is known.'],
  '1.7': ['Bad sender’s mailbox address syntax', 'The sender’s address is not written correctly.'],
  '1.8': ['Bad sender’s system address', 'The sender’s domain does not exist or cannot accept replies.'],
  '1.9': ['Message relayed to non-compliant mailer', 'The message was passed on to a system that cannot report on its delivery.'],
  '1.10': ['Recipient address has null MX', 'The recipient’s domain declares that it accepts no email (a “null MX” record).'],
  '2.0': ['Other or undefined mailbox status', 'The mailbox exists, but something about it prevented delivery.'],
  '2.1': ['Mailbox disabled, not accepting messages', 'The mailbox exists but does not accept messages, for example because it was disabled.'],
  '2.2': ['Mailbox full', 'The mailbox is full: it has reached its storage limit.'],
  '2.3': ['Message length exceeds administrative limit', 'The message is larger than this mailbox accepts.'],
  '2.4': ['Mailing list expansion problem', 'The address is a mailing list that could not be expanded into its members.'],
  '3.0': ['Other or undefined mail system status', 'The destination system normally accepts mail, but something about it prevented delivery.'],
  '3.1': ['Mail system full', 'The destination system has run out of storage space.'],
  '3.2': ['System not accepting network messages', 'The destination system does not accept mail at the moment, for example during maintenance.'],
  '3.3': ['System not capable of selected features', 'The destination system does not support a feature the message needs.'],
  '3.4': ['Message too big for system', 'The message is larger than the destination system accepts.'],
  '3.5': ['System incorrectly configured', 'The destination system is not configured correctly to accept this message.'],
  '3.6': ['Requested priority was changed', 'The message was accepted, with another priority than the one requested.'],
  '4.0': ['Other or undefined network or routing status', 'A network or routing problem prevented delivery.'],
  '4.1': ['No answer from host', 'The destination server did not answer when the sending server tried to connect.'],
  '4.2': ['Bad connection', 'The connection to the destination server was opened, but then failed.'],
  '4.3': ['Directory server failure', 'A directory service, such as DNS, could not be reached or failed.'],
  '4.4': ['Unable to route', 'The next server to deliver to could not be found in DNS, for example because the domain has no mail server records.'],
  '4.5': ['Mail system congestion', 'The mail system is overloaded.'],
  '4.6': ['Routing loop detected', 'The message went round in a loop between servers.'],
  '4.7': ['Delivery time expired', 'The message waited too long without being delivered, so the server gave up.'],
  '5.0': ['Other or undefined protocol status', 'Something went wrong in the conversation between the mail servers.'],
  '5.1': ['Invalid command', 'A server sent a command that was not expected or not supported.'],
  '5.2': ['Syntax error', 'A server sent a command that could not be understood.'],
  '5.3': ['Too many recipients', 'The message has more recipients than the server accepts at once.'],
  '5.4': ['Invalid command arguments', 'A command was sent with arguments that are not valid.'],
  '5.5': ['Wrong protocol version', 'The servers could not agree on a protocol version.'],
  '5.6': ['Authentication Exchange line is too long', 'A line of the login exchange was longer than the server allows.'],
  '6.0': ['Other or undefined media error', 'Something about the content of the message prevented delivery.'],
  '6.1': ['Media not supported', 'The message contains a kind of content the destination does not support.'],
  '6.2': ['Conversion required and prohibited', 'The content had to be converted, but the message does not allow it.'],
  '6.3': ['Conversion required but not supported', 'The content had to be converted, but that conversion is not possible.'],
  '6.4': ['Conversion with loss performed', 'The content was converted, and some of it was lost.'],
  '6.5': ['Conversion Failed', 'Converting the content failed.'],
  '6.6': ['Message content not available', 'Content the message refers to could not be fetched.'],
  '6.7': ['Non-ASCII addresses not permitted for that sender/recipient', 'An address with non-ASCII characters (accents, other scripts) is not accepted.'],
  '6.8': ['UTF-8 string reply is required, but not permitted by the SMTP client', 'The server had to answer in UTF-8, which the sending side does not allow.'],
  '6.9': ['UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected', 'The message has headers with non-ASCII (UTF-8) characters that cannot be passed on to a recipient.'],
  '7.0': ['Other or undefined security status', 'A security or policy rule prevented delivery.'],
  '7.1': ['Delivery not authorized, message refused', 'The sender is not allowed to deliver this message, by a policy or a filter: it was refused.'],
  '7.2': ['Mailing list expansion prohibited', 'The sender is not allowed to send to this mailing list.'],
  '7.3': ['Security conversion required but not possible', 'The message had to be converted for security, and that was not possible.'],
  '7.4': ['Security features not supported', 'The message asks for security features the system does not support.'],
  '7.5': ['Cryptographic failure', 'A signature could not be checked, or the message could not be decrypted.'],
  '7.6': ['Cryptographic algorithm not supported', 'The message uses a cryptographic algorithm the system does not support.'],
  '7.7': ['Message integrity failure', 'The message was changed or damaged on the way.'],
  '7.8': ['Authentication credentials invalid', 'The username or the password is wrong.'],
  '7.9': ['Authentication mechanism is too weak', 'The login method is weaker than the server allows.'],
  '7.10': ['Encryption Needed', 'An encrypted connection is needed to use this login method.'],
  '7.11': ['Encryption required for requested authentication mechanism', 'This login method is only allowed over an encrypted connection.'],
  '7.12': ['A password transition is needed', 'The user must log in once with the password to move to the requested login method.'],
  '7.13': ['User Account Disabled', 'The user’s account is disabled.'],
  '7.14': ['Trust relationship required', 'The server accepts this only from servers it has a trust relationship with.'],
  '7.15': ['Priority Level is too low', 'The priority of the message is too low for the server.'],
  '7.16': ['Message is too big for the specified priority', 'The message is too large for its priority.'],
  '7.17': ['Mailbox owner has changed', 'The mailbox has had another owner since the date the sender gave.'],
  '7.18': ['Domain owner has changed', 'The domain has had another owner since the date the sender gave.'],
  '7.19': ['RRVS test cannot be completed', 'The server could not check whether the mailbox changed owner.'],
  '7.20': ['No passing DKIM signature found', 'The message has no valid DKIM signature.'],
  '7.21': ['No acceptable DKIM signature found', 'The message has valid DKIM signatures, but none that the receiving server accepts.'],
  '7.22': ['No valid author-matched DKIM signature found', 'No valid DKIM signature matches the domain of the From address.'],
  '7.23': ['SPF validation failed', 'The SPF record of the sender’s domain does not authorize the server that sent the message.'],
  '7.24': ['SPF validation error', 'The SPF record of the sender’s domain could not be evaluated: the record or DNS has an error.'],
  '7.25': ['Reverse DNS validation failed', 'The sending server’s IP address failed the reverse DNS check.'],
  '7.26': ['Multiple authentication checks failed', 'Several authentication checks of the message (such as SPF and DKIM) failed.'],
  '7.27': ['Sender address has null MX', 'The sender’s domain declares that it accepts no email (a “null MX” record), so it cannot receive replies.'],
  '7.28': ['Mail flood detected', 'The message looks like part of a flood of similar messages.'],
  '7.29': ['ARC validation failure', 'The message failed the ARC (Authenticated Received Chain) check.'],
  '7.30': ['REQUIRETLS support required', 'The message requires encrypted transfer (REQUIRETLS), which the next server does not support.'],
};

/**
 * The long tables, which the browser receives as data in the page's JSON rather than as code in the
 * script: they are most of the size, and the script needs only their lookups.
 */
export interface SmtpCodeTables {
  /** Reply code → its standard text (RFC 5321, 4954, 3207, 7504). */
  replyTexts: Readonly<Record<string, string>>;
  /** Enhanced code's `subject.detail` → [registry title, plain words]. */
  statusDetails: Readonly<Record<string, readonly [string, string]>>;
}

/** The tables of this module, for the build (which embeds them in the page) and the tests. */
export const SMTP_CODE_TABLES: SmtpCodeTables = { replyTexts: REPLY_TEXTS, statusDetails: STATUS_DETAILS };

/** Splits `5.1.1` into its numbers, or undefined when it is not an RFC 3463 status code. */
export function parseEnhancedCode(code: string): { cls: number; subject: number; detail: number } | undefined {
  const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!match) return undefined;
  return { cls: Number(match[1]), subject: Number(match[2]), detail: Number(match[3]) };
}

/**
 * The meaning of an enhanced status code per RFC 3463 and the IANA registry. Codes the registry does
 * not list (Microsoft's 5.7.509, say) still get their class and subject; `detailTitle` is then undefined.
 */
export function describeEnhancedCode(code: string): EnhancedCodeInfo | undefined {
  return describeEnhancedCodeWith(code, SMTP_CODE_TABLES);
}

/** describeEnhancedCode with the tables given, as the browser has them from the page's JSON. */
export function describeEnhancedCodeWith(code: string, tables: SmtpCodeTables): EnhancedCodeInfo | undefined {
  const parts = parseEnhancedCode(code);
  if (!parts) return undefined;
  const cls = STATUS_CLASSES[String(parts.cls)]!;
  const detail = tables.statusDetails[`${parts.subject}.${parts.detail}`];
  return {
    code: `${parts.cls}.${parts.subject}.${parts.detail}`,
    outcome: cls.outcome,
    classTitle: cls.title,
    subject: parts.subject,
    subjectTitle: STATUS_SUBJECTS[parts.subject] ?? 'Subject not defined by RFC 3463',
    detail: parts.detail,
    detailTitle: detail?.[0],
    plain: detail?.[1],
  };
}

/**
 * Temporary or permanent, from any SMTP reply or enhanced status code ("550", "4.2.2", "550-5.7.1");
 * undefined for other text (Outlook's hexadecimal codes say nothing about it).
 */
export function outcomeOfCode(code: string): CodeOutcome | undefined {
  const first = /^\s*([2-5])(?:\d\d\b|\.\d)/.exec(code);
  return first ? (first[1] === '2' ? 'success' : first[1] === '3' ? 'intermediate' : first[1] === '4' ? 'temporary' : 'permanent') : undefined;
}
