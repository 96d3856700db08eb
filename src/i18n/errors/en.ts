/**
 * The error lookup (/errors/) in English: every word its components, its two scripts and the modules
 * of src/lib/errors/ show. Each language has a file like this one with the same keys, typed by
 * `ErrorStrings` (a missing key is a build error; tests/unit/i18n/errors.test.ts checks that every
 * `{slot}` is kept). `{name}` marks a slot; `{ one, other }` a plural (see ../format.ts).
 *
 * The analyzer's part (AnalyzerStrings below) travels to the browser as JSON inside the page, with
 * the analyzer's data: the page script bundles no language. Codes, RFC numbers and product names are
 * never translated.
 */
import type { Actor, Outcome, Problem } from '../../lib/errors/bounce-analysis.ts';
import type { ErrorGroupId } from '../../lib/errors/error-index.ts';

export const en = {
  /** The analyzer's box as the page shows it (BounceAnalyzer.astro). */
  analyzer: {
    title: 'Analyze a delivery failure report',
    intro: 'Paste the whole report you received from “Mailer Daemon” or “Mail Delivery System”, the message your email program shows, or just the code. You get what happened, who can fix it, and the section to read.',
    privacyLead: 'Your text stays in your browser.',
    privacy: 'It is analyzed on this page and never sent to us or to anyone else.',
    label: 'Report or error message',
    placeholder: 'For example: 550 5.1.1 <anna@example.com>: Recipient address rejected: User unknown',
    analyze: 'Analyze',
    clear: 'Clear',
    needsJavaScript: 'The analyzer needs JavaScript. Look your code or message up in the list below instead.',
  },

  /** The list of every error (ErrorIndex.astro, ErrorTable.astro, ErrorLinks.astro). */
  index: {
    title: 'All the errors we explain',
    intro: 'Each code and message links to the section that explains it. A code starting with 4 is temporary, one starting with 5 is permanent.',
    filterLabel: 'Filter by code or words',
    /** Examples of what to type: codes as they are, then a word the meanings of this language use. */
    filterPlaceholder: '5.7.1, 0x800CCC0E, quota…',
    filterButton: 'Filter',
    codeOrMessage: 'Code or message',
    meaning: 'What it means',
    outcome: 'Temporary or permanent',
    explainedIn: 'Explained in',
    temporary: 'Temporary',
    permanent: 'Permanent',
    notStated: 'Not stated',
    /** Under a meaning: the registry's title of the row's enhanced status code. */
    standard: 'RFC 3463: {title}',
    /** After a section's link: the article it is in. */
    inArticle: 'in {article}',
  },

  /** An error message or a server's wording quoted, in the language's quotation marks. */
  quoted: '“{text}”',

  /** The groups of the list (error-index.ts). */
  groups: {
    'smtp-4xx': {
      title: 'SMTP replies 4xx: temporary',
      description: 'The server refused for now. The sending server tries again by itself for a while.',
    },
    'smtp-5xx': {
      title: 'SMTP replies 5xx: permanent',
      description: 'The server refused for good. Something must change before the message is sent again.',
    },
    'smtp-other': {
      title: 'SMTP replies 2xx and 3xx',
      description: 'Not errors: the server accepted the command or the message.',
    },
    enhanced: {
      title: 'Enhanced status codes',
      description: 'Written class.subject.detail (RFC 3463): 4.x.x is temporary, 5.x.x permanent, and the middle number says what kind of problem it is.',
    },
    outlook: {
      title: 'Outlook 0x800… codes',
      description: 'Shown by Outlook and other Microsoft mail programs when they cannot send or receive.',
    },
    messages: {
      title: 'Messages without a code',
      description: 'Error texts that come without a code, or whose code varies.',
    },
  } satisfies Record<ErrorGroupId, { title: string; description: string }>,

  /** What the filter script writes under the filter box (error-filter.ts); `{count}` picks the plural. */
  filter: {
    count: { one: '{count} error', other: '{count} errors' },
    matches: { one: '{count} of {total} errors matches “{query}”.', other: '{count} of {total} errors match “{query}”.' },
    noMatch: 'No error matches “{query}”.',
  },

  /** What the analyzer's script writes, and the sentences the analysis makes (bounce-analysis.ts). */
  diagnosis: {
    empty: 'Paste a report or an error message above: the diagnosis appears here.',
    truncated: 'The text is very long: only its first {size} MB were read.',
    unrecognized: 'We found no error code and no known error message in this text.',
    /** The labels quoted are those of the reports, which mail servers write in English. */
    unrecognizedHint: 'Check that you pasted the part of the report that gives the reason: it often follows “Diagnostic-Code”, “said:” or “The response was:”. You can also look for your error in the list below.',
    heading: 'Diagnosis',
    noSummary: 'The text has error codes, but no more is known about them.',
    outcome: 'Temporary or permanent',
    actor: 'Who must act',
    actorUnknown: 'The text does not say.',
    recipient: 'Failed recipient',
    remoteMessage: 'The receiving server said',
    standard: 'Standard meaning (RFC 3463)',
    /** After the code: its class, its subject (in a sentence), then `registeredDetail` or `unregisteredDetail`. */
    standardMeaning: '{class}, {subject}: {detail}',
    registeredDetail: '{title}. {plain}',
    unregisteredDetail: 'detail {detail} is not in the RFC 3463 registry: its meaning is particular to the server that sent it.',
    codesFound: 'Codes found',
    phrases: 'Wording recognized',
    /** Between the quoted wordings. */
    listSeparator: ', ',
    whatToRead: 'What to read',
    noArticle: 'No article covers this exact error. The list below has every error we explain.',
    noArticleStandard: 'No article covers this exact error: the standard meaning above is what the code itself says. The list below has every error we explain.',
    /** A section to read, as a link. */
    recommendation: '{section} — {article}',
    /** The summary when all that is known is the standard text of the reply code (which has no final full stop). */
    serverAnswered: 'The server answered {code}: {text}.',
    /** Beside each code found. */
    enhancedMeaning: '{class}, {subject}: {title}',
    enhancedMeaningUnregistered: '{class}, {subject} (detail not in the RFC 3463 registry)',
    replyMeaning: '{class}: {text}',
    replyMeaningNonStandard: '{class} (not a standard RFC 5321 code)',
  },

  /** Temporary or permanent, in plain words. */
  outcomes: {
    temporary: 'Temporary: the server refused for now and tries again for a while. Nothing is lost yet.',
    permanent: 'Permanent: the message was not delivered and will not be retried. Something must change first.',
    success: 'Success: this code reports an accepted message or command, not a failure.',
    unknown: 'The text does not say.',
  } satisfies Record<Outcome, string>,

  /** Who must act, in plain words. */
  actors: {
    sender: 'You, the sender: change something before you send again.',
    recipient: 'The recipient: let them know by another way (phone, another address).',
    'recipient-provider': 'The recipient’s email provider: their server has the problem.',
    'domain-admin': 'The administrator of your domain: its DNS records or sending setup need fixing.',
    nobody: 'Nobody for now: the sending server keeps trying by itself.',
  } satisfies Record<Actor, string>,

  /** What happened, for each kind of problem the analyzer recognizes (bounce-tables.ts). */
  problems: {
    'unknown-recipient': 'The recipient’s address does not exist at their provider: it is misspelled, or the mailbox was removed.',
    'account-disabled': 'The recipient’s mailbox exists but was disabled or suspended by their provider.',
    'mailbox-full': 'The recipient’s mailbox is full, so it cannot accept new messages.',
    'domain-not-found': 'The recipient’s domain (the part after the @) could not be found in the DNS: it does not exist, has no mail server, or its DNS did not answer.',
    spf: 'The recipient’s server checked the SPF record of the sender’s domain and it failed: the record is missing, wrong, or does not list the server that sent the message.',
    dkim: 'The message’s DKIM signature was missing or did not verify for the sender’s domain.',
    dmarc: 'The message failed the DMARC check of the sender’s domain: neither SPF nor DKIM confirmed that the domain sent it.',
    reputation: 'The recipient’s provider distrusts the sending domain or server because of its reputation.',
    'block-list': 'The address of the server that sent the message is on a block list the recipient’s server uses.',
    'spam-content': 'The recipient’s spam filter refused the message because of its content.',
    relaying: 'The server you sent through refused to pass the message on, because your program did not log in to it (SMTP authentication).',
    'auth-failed': 'The mail server refused the username or the password.',
    encryption: 'The server wants an encrypted connection (SSL/TLS or STARTTLS) that matches the port, or another login method.',
    'port-25': 'Your email program sends through port 25, which is blocked; the server asks for the recommended sending port (587).',
    timeout: 'Your email program could not reach the mail server in time, most often because of a blocked port or security software.',
    certificate: 'Your email program could not verify the server’s security certificate, usually because the server name in your settings is wrong.',
    'temporary-failure': 'The recipient’s mail server is unavailable or refused the message for now; delivery is tried again later.',
    delayed: 'The message is not delivered yet: the sending server keeps trying, and writes again only if it finally gives up.',
    greylisting: 'The recipient’s server delays the first message from an unknown sender (greylisting); sending again a little later works.',
    size: 'The message or its attachments are larger than the recipient’s server accepts.',
    rate: 'Too many messages were sent in a short time: the receiving server limits how fast it accepts mail from you.',
    malware: 'The recipient’s server treated the message as dangerous: an attachment, a link or active content.',
    'unicode-header': 'A special character, such as an emoji, in the sender name, the subject or another header was not accepted.',
  } satisfies Record<Problem, string>,

  /**
   * What the standard codes mean: SMTP reply codes (RFC 5321 §4.2, with RFC 4954, 3207 and 7504) and
   * enhanced status codes (RFC 3463 and the IANA registry), used by smtp-codes.ts.
   */
  codes: {
    /** RFC 5321 §4.2.1: the first digit of a reply code. */
    replyClasses: {
      '2': 'Positive Completion',
      '3': 'Positive Intermediate',
      '4': 'Transient Negative Completion',
      '5': 'Permanent Negative Completion',
    },
    /** RFC 5321 §4.2.1: the second digit, 0 to 5. */
    replyCategories: ['Syntax', 'Information', 'Connections', 'Unspecified', 'Unspecified', 'Mail system'],
    replyCategoryUndefined: 'Not defined by RFC 5321',
    /** The standard text of each reply code a standard defines. */
    replyTexts: {
      '211': 'System status, or system help reply',
      '214': 'Help message',
      '220': 'Service ready',
      '221': 'Service closing transmission channel',
      '235': 'Authentication succeeded',
      '250': 'Requested mail action okay, completed',
      '251': 'User not local; will forward',
      '252': 'Cannot verify the user, but will accept the message and attempt delivery',
      '334': 'Authentication challenge',
      '354': 'Start mail input',
      '421': 'Service not available, closing transmission channel',
      '432': 'A password transition is needed',
      '450': 'Requested mail action not taken: mailbox unavailable (busy, or temporarily blocked for policy reasons)',
      '451': 'Requested action aborted: local error in processing',
      '452': 'Requested action not taken: insufficient system storage',
      '454': 'Temporary authentication failure, or TLS not available for a temporary reason',
      '455': 'Server unable to accommodate parameters',
      '500': 'Syntax error, command unrecognized',
      '501': 'Syntax error in parameters or arguments',
      '502': 'Command not implemented',
      '503': 'Bad sequence of commands',
      '504': 'Command parameter not implemented',
      '521': 'Host does not accept mail',
      '530': 'Authentication required, or STARTTLS required first',
      '534': 'Authentication mechanism is too weak',
      '535': 'Authentication credentials invalid',
      '538': 'Encryption required for requested authentication mechanism',
      '550': 'Requested action not taken: mailbox unavailable (not found, no access, or refused for policy reasons)',
      '551': 'User not local; please try another path',
      '552': 'Requested mail action aborted: exceeded storage allocation',
      '553': 'Requested action not taken: mailbox name not allowed',
      '554': 'Transaction failed',
      '555': 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
      '556': 'Domain does not accept mail',
    },
    /** RFC 3463 §3.1: the class, the first number of an enhanced status code. */
    statusClasses: {
      '2': 'Success',
      '4': 'Persistent Transient Failure',
      '5': 'Permanent Failure',
    },
    /** RFC 3463 §3.2: the subjects, by number; `inSentence` is the form used after a comma. */
    statusSubjects: [
      { title: 'Other or Undefined Status', inSentence: 'other or undefined status' },
      { title: 'Addressing Status', inSentence: 'addressing status' },
      { title: 'Mailbox Status', inSentence: 'mailbox status' },
      { title: 'Mail System Status', inSentence: 'mail system status' },
      { title: 'Network and Routing Status', inSentence: 'network and routing status' },
      { title: 'Mail Delivery Protocol Status', inSentence: 'mail delivery protocol status' },
      { title: 'Message Content or Media Status', inSentence: 'message content or media status' },
      { title: 'Security or Policy Status', inSentence: 'security or policy status' },
    ],
    statusSubjectUndefined: { title: 'Subject not defined by RFC 3463', inSentence: 'subject not defined by RFC 3463' },
    /**
     * `subject.detail` → the registry's title and one line in plain words. RFC 3463 §3.3-3.10 defines
     * X.0.0 to X.7.7; the rest were registered later (RFC 3886, 4468, 4954, 5248, 6531, 6710, 7293,
     * 7372, 7505, 8617, 8689).
     */
    statusDetails: {
      '0.0': { title: 'Other undefined Status', plain: 'No more specific reason is given; only the class (success, temporary or permanent failure) is known.' },
      '1.0': { title: 'Other address status', plain: 'Something about an address (the sender’s or a recipient’s) caused the problem.' },
      '1.1': { title: 'Bad destination mailbox address', plain: 'The mailbox does not exist: the part of the address before the @ is not valid at that domain.' },
      '1.2': { title: 'Bad destination system address', plain: 'The destination domain does not exist or cannot accept mail: the part after the @ is not valid for email.' },
      '1.3': { title: 'Bad destination mailbox address syntax', plain: 'The recipient’s address is not written correctly.' },
      '1.4': { title: 'Destination mailbox address ambiguous', plain: 'The address matches more than one mailbox at the destination.' },
      '1.5': { title: 'Destination address valid', plain: 'The recipient’s address is valid.' },
      '1.6': { title: 'Destination mailbox has moved, No forwarding address', plain: 'The mailbox existed but has moved, and no forwarding address is known.' },
      '1.7': { title: 'Bad sender’s mailbox address syntax', plain: 'The sender’s address is not written correctly.' },
      '1.8': { title: 'Bad sender’s system address', plain: 'The sender’s domain does not exist or cannot accept replies.' },
      '1.9': { title: 'Message relayed to non-compliant mailer', plain: 'The message was passed on to a system that cannot report on its delivery.' },
      '1.10': { title: 'Recipient address has null MX', plain: 'The recipient’s domain declares that it accepts no email (a “null MX” record).' },
      '2.0': { title: 'Other or undefined mailbox status', plain: 'The mailbox exists, but something about it prevented delivery.' },
      '2.1': { title: 'Mailbox disabled, not accepting messages', plain: 'The mailbox exists but does not accept messages, for example because it was disabled.' },
      '2.2': { title: 'Mailbox full', plain: 'The mailbox is full: it has reached its storage limit.' },
      '2.3': { title: 'Message length exceeds administrative limit', plain: 'The message is larger than this mailbox accepts.' },
      '2.4': { title: 'Mailing list expansion problem', plain: 'The address is a mailing list that could not be expanded into its members.' },
      '3.0': { title: 'Other or undefined mail system status', plain: 'The destination system normally accepts mail, but something about it prevented delivery.' },
      '3.1': { title: 'Mail system full', plain: 'The destination system has run out of storage space.' },
      '3.2': { title: 'System not accepting network messages', plain: 'The destination system does not accept mail at the moment, for example during maintenance.' },
      '3.3': { title: 'System not capable of selected features', plain: 'The destination system does not support a feature the message needs.' },
      '3.4': { title: 'Message too big for system', plain: 'The message is larger than the destination system accepts.' },
      '3.5': { title: 'System incorrectly configured', plain: 'The destination system is not configured correctly to accept this message.' },
      '3.6': { title: 'Requested priority was changed', plain: 'The message was accepted, with another priority than the one requested.' },
      '4.0': { title: 'Other or undefined network or routing status', plain: 'A network or routing problem prevented delivery.' },
      '4.1': { title: 'No answer from host', plain: 'The destination server did not answer when the sending server tried to connect.' },
      '4.2': { title: 'Bad connection', plain: 'The connection to the destination server was opened, but then failed.' },
      '4.3': { title: 'Directory server failure', plain: 'A directory service, such as DNS, could not be reached or failed.' },
      '4.4': { title: 'Unable to route', plain: 'The next server to deliver to could not be found in DNS, for example because the domain has no mail server records.' },
      '4.5': { title: 'Mail system congestion', plain: 'The mail system is overloaded.' },
      '4.6': { title: 'Routing loop detected', plain: 'The message went round in a loop between servers.' },
      '4.7': { title: 'Delivery time expired', plain: 'The message waited too long without being delivered, so the server gave up.' },
      '5.0': { title: 'Other or undefined protocol status', plain: 'Something went wrong in the conversation between the mail servers.' },
      '5.1': { title: 'Invalid command', plain: 'A server sent a command that was not expected or not supported.' },
      '5.2': { title: 'Syntax error', plain: 'A server sent a command that could not be understood.' },
      '5.3': { title: 'Too many recipients', plain: 'The message has more recipients than the server accepts at once.' },
      '5.4': { title: 'Invalid command arguments', plain: 'A command was sent with arguments that are not valid.' },
      '5.5': { title: 'Wrong protocol version', plain: 'The servers could not agree on a protocol version.' },
      '5.6': { title: 'Authentication Exchange line is too long', plain: 'A line of the login exchange was longer than the server allows.' },
      '6.0': { title: 'Other or undefined media error', plain: 'Something about the content of the message prevented delivery.' },
      '6.1': { title: 'Media not supported', plain: 'The message contains a kind of content the destination does not support.' },
      '6.2': { title: 'Conversion required and prohibited', plain: 'The content had to be converted, but the message does not allow it.' },
      '6.3': { title: 'Conversion required but not supported', plain: 'The content had to be converted, but that conversion is not possible.' },
      '6.4': { title: 'Conversion with loss performed', plain: 'The content was converted, and some of it was lost.' },
      '6.5': { title: 'Conversion Failed', plain: 'Converting the content failed.' },
      '6.6': { title: 'Message content not available', plain: 'Content the message refers to could not be fetched.' },
      '6.7': { title: 'Non-ASCII addresses not permitted for that sender/recipient', plain: 'An address with non-ASCII characters (accents, other scripts) is not accepted.' },
      '6.8': { title: 'UTF-8 string reply is required, but not permitted by the SMTP client', plain: 'The server had to answer in UTF-8, which the sending side does not allow.' },
      '6.9': { title: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected', plain: 'The message has headers with non-ASCII (UTF-8) characters that cannot be passed on to a recipient.' },
      '7.0': { title: 'Other or undefined security status', plain: 'A security or policy rule prevented delivery.' },
      '7.1': { title: 'Delivery not authorized, message refused', plain: 'The sender is not allowed to deliver this message, by a policy or a filter: it was refused.' },
      '7.2': { title: 'Mailing list expansion prohibited', plain: 'The sender is not allowed to send to this mailing list.' },
      '7.3': { title: 'Security conversion required but not possible', plain: 'The message had to be converted for security, and that was not possible.' },
      '7.4': { title: 'Security features not supported', plain: 'The message asks for security features the system does not support.' },
      '7.5': { title: 'Cryptographic failure', plain: 'A signature could not be checked, or the message could not be decrypted.' },
      '7.6': { title: 'Cryptographic algorithm not supported', plain: 'The message uses a cryptographic algorithm the system does not support.' },
      '7.7': { title: 'Message integrity failure', plain: 'The message was changed or damaged on the way.' },
      '7.8': { title: 'Authentication credentials invalid', plain: 'The username or the password is wrong.' },
      '7.9': { title: 'Authentication mechanism is too weak', plain: 'The login method is weaker than the server allows.' },
      '7.10': { title: 'Encryption Needed', plain: 'An encrypted connection is needed to use this login method.' },
      '7.11': { title: 'Encryption required for requested authentication mechanism', plain: 'This login method is only allowed over an encrypted connection.' },
      '7.12': { title: 'A password transition is needed', plain: 'The user must log in once with the password to move to the requested login method.' },
      '7.13': { title: 'User Account Disabled', plain: 'The user’s account is disabled.' },
      '7.14': { title: 'Trust relationship required', plain: 'The server accepts this only from servers it has a trust relationship with.' },
      '7.15': { title: 'Priority Level is too low', plain: 'The priority of the message is too low for the server.' },
      '7.16': { title: 'Message is too big for the specified priority', plain: 'The message is too large for its priority.' },
      '7.17': { title: 'Mailbox owner has changed', plain: 'The mailbox has had another owner since the date the sender gave.' },
      '7.18': { title: 'Domain owner has changed', plain: 'The domain has had another owner since the date the sender gave.' },
      '7.19': { title: 'RRVS test cannot be completed', plain: 'The server could not check whether the mailbox changed owner.' },
      '7.20': { title: 'No passing DKIM signature found', plain: 'The message has no valid DKIM signature.' },
      '7.21': { title: 'No acceptable DKIM signature found', plain: 'The message has valid DKIM signatures, but none that the receiving server accepts.' },
      '7.22': { title: 'No valid author-matched DKIM signature found', plain: 'No valid DKIM signature matches the domain of the From address.' },
      '7.23': { title: 'SPF validation failed', plain: 'The SPF record of the sender’s domain does not authorize the server that sent the message.' },
      '7.24': { title: 'SPF validation error', plain: 'The SPF record of the sender’s domain could not be evaluated: the record or DNS has an error.' },
      '7.25': { title: 'Reverse DNS validation failed', plain: 'The sending server’s IP address failed the reverse DNS check.' },
      '7.26': { title: 'Multiple authentication checks failed', plain: 'Several authentication checks of the message (such as SPF and DKIM) failed.' },
      '7.27': { title: 'Sender address has null MX', plain: 'The sender’s domain declares that it accepts no email (a “null MX” record), so it cannot receive replies.' },
      '7.28': { title: 'Mail flood detected', plain: 'The message looks like part of a flood of similar messages.' },
      '7.29': { title: 'ARC validation failure', plain: 'The message failed the ARC (Authenticated Received Chain) check.' },
      '7.30': { title: 'REQUIRETLS support required', plain: 'The message requires encrypted transfer (REQUIRETLS), which the next server does not support.' },
    },
  },
};

export type ErrorStrings = typeof en;
/** What the analyzer needs in the browser: the page embeds it as JSON with the analyzer's data. */
export type AnalyzerStrings = Pick<ErrorStrings, 'quoted' | 'diagnosis' | 'outcomes' | 'actors' | 'problems' | 'codes'>;
/** What the filter script needs in the browser. */
export type FilterStrings = ErrorStrings['filter'];
/** The standard codes' meanings (smtp-codes.ts). */
export type CodeStrings = ErrorStrings['codes'];
