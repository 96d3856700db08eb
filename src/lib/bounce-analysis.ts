/**
 * The bounce analyzer: reads a pasted delivery failure report, error popup or single line and says
 * what happened, whether it is temporary or permanent, who must act, what the enhanced status code
 * means per RFC 3463, and which article sections to read, most specific first.
 *
 * It runs in the browser on whatever people paste, so every step is linear and capped: codes are
 * found chunk by chunk and counting stops at MAX_CODES; all phrases are matched in one pass by an
 * Aho-Corasick automaton, whatever their number; the recipient and the server's message are looked
 * for in the first HEAD_CHARS only, where every report format puts them; text beyond MAX_INPUT is
 * ignored. No regular expression can backtrack catastrophically: none nests ambiguous quantifiers,
 * and the address pattern only runs on windows of a few hundred characters. 1 MB takes about
 * 10-20 ms (bench/analyze-1mb.ts).
 *
 * What it knows about the site comes from the articles' `errors` lists (KnownError, see
 * error-index.ts). The phrases below only recognize the *kind* of problem in a server's wording
 * ("User unknown in virtual mailbox table" is an unknown recipient); the articles whose own entries
 * have that kind are then recommended.
 */
import { findErrorCodes, type FoundCode } from './error-codes.ts';
import { parseEntryCodes, type EntryCodes, type KnownError } from './error-index.ts';
import { describeEnhancedCode, describeReplyCode, type EnhancedCodeInfo, type ReplyCodeInfo } from './smtp-codes.ts';

/** Characters analyzed; a longer paste is cut (and the result says so). */
export const MAX_INPUT = 2_000_000;
/** Code occurrences collected before the scan stops: the first ones are the ones that matter. */
const MAX_CODES = 200;
/** Where the recipient, the server's message and the DSN fields are looked for. */
const HEAD_CHARS = 256_000;
const CHUNK = 32_768;

/** The kinds of problem the analyzer recognizes. */
export type Problem =
  | 'unknown-recipient' | 'account-disabled' | 'mailbox-full' | 'domain-not-found'
  | 'spf' | 'dkim' | 'dmarc' | 'reputation' | 'block-list' | 'spam-content'
  | 'relaying' | 'auth-failed' | 'encryption' | 'port-25' | 'timeout' | 'certificate'
  | 'temporary-failure' | 'delayed' | 'greylisting' | 'size' | 'rate' | 'malware' | 'unicode-header';

/** Who has to do something about it. */
export type Actor = 'sender' | 'recipient' | 'recipient-provider' | 'domain-admin' | 'nobody';

export type Outcome = 'temporary' | 'permanent' | 'success' | 'unknown';

/** Plain words for each actor, as the result shows them. */
export const ACTOR_LABELS: Record<Actor, string> = {
  sender: 'You, the sender: change something before you send again.',
  recipient: 'The recipient: let them know by another way (phone, another address).',
  'recipient-provider': 'The recipient’s email provider: their server has the problem.',
  'domain-admin': 'The administrator of your domain: its DNS records or sending setup need fixing.',
  nobody: 'Nobody for now: the sending server keeps trying by itself.',
};

/** Plain words for each outcome. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  temporary: 'Temporary: the server refused for now and tries again for a while. Nothing is lost yet.',
  permanent: 'Permanent: the message was not delivered and will not be retried. Something must change first.',
  success: 'Success: this code reports an accepted message or command, not a failure.',
  unknown: 'The text does not say.',
};

interface ProblemSpec {
  summary: string;
  actor: Actor;
  /** Phrases in the servers' wording. A final `*` matches the start of a word ("greylist*"). */
  phrases: string[];
}

const PROBLEMS: Record<Problem, ProblemSpec> = {
  'unknown-recipient': {
    summary: 'The recipient’s address does not exist at their provider: it is misspelled, or the mailbox was removed.',
    actor: 'sender',
    phrases: ['user unknown', 'unknown user', 'no such user', 'no such recipient', 'unknown recipient', 'recipient unknown', 'invalid recipient', 'recipient not found', 'recipientnotfound', 'address does not exist', 'account does not exist', 'mailbox does not exist', 'user does not exist', 'recipient does not exist', 'mailbox not found', 'no mailbox here by that name', 'address couldn t be found', 'address you entered couldn t be found', 'wasn t found at', 'address could not be found'],
  },
  'account-disabled': {
    summary: 'The recipient’s mailbox exists but was disabled or suspended by their provider.',
    actor: 'recipient',
    phrases: ['administratively disabled', 'account disabled', 'account is disabled', 'account has been disabled', 'mailbox disabled', 'mailbox is disabled', 'mailbox has been disabled', 'account suspended', 'account has been suspended', 'account is suspended', 'mailbox is inactive', 'account is inactive', 'inactive mailbox', 'inactive account'],
  },
  'mailbox-full': {
    summary: 'The recipient’s mailbox is full, so it cannot accept new messages.',
    actor: 'recipient',
    phrases: ['mailbox full', 'mailbox is full', 'full mailbox', 'inbox is full', 'quota exceeded', 'over quota', 'overquota', 'disk quota', 'storage quota', 'exceeded storage allocation', 'out of storage space', 'mailbox size limit'],
  },
  'domain-not-found': {
    summary: 'The recipient’s domain (the part after the @) does not exist or has no mail server.',
    actor: 'sender',
    phrases: ['host or domain name not found', 'domain name not found', 'domain not found', 'domain does not exist', 'no such domain', 'name service error', 'host not found', 'nxdomain', 'no mx record*', 'unable to resolve'],
  },
  spf: {
    summary: 'The recipient’s server checked the SPF record of the sender’s domain and it failed: the record is missing, wrong, or does not list the server that sent the message.',
    actor: 'domain-admin',
    phrases: ['spf fail*', 'spf softfail', 'spf permerror', 'spf temperror', 'spf record', 'spf validation', 'spf check*', 'spf error', 'failed spf', 'due to spf', 'did not pass spf', 'sender policy framework'],
  },
  dkim: {
    summary: 'The message’s DKIM signature was missing or did not verify for the sender’s domain.',
    actor: 'domain-admin',
    phrases: ['dkim signature', 'dkim fail*', 'dkim error', 'dkim validation', 'dkim check*', 'no passing dkim', 'no acceptable dkim', 'author matched dkim', 'body hash did not verify'],
  },
  dmarc: {
    summary: 'The message failed the DMARC check of the sender’s domain: neither SPF nor DKIM confirmed that the domain sent it.',
    actor: 'domain-admin',
    phrases: ['dmarc policy', 'dmarc fail*', 'dmarc verification', 'dmarc check*', 'dmarc reject', 'fails dmarc', 'failed dmarc', 'pass dmarc', 'sender is unauthenticated', 'unauthenticated email', 'multiple authentication checks failed'],
  },
  reputation: {
    summary: 'The recipient’s provider distrusts the sending domain or server because of its reputation.',
    actor: 'domain-admin',
    phrases: ['reputation'],
  },
  'block-list': {
    summary: 'The address of the server that sent the message is on a block list the recipient’s server uses.',
    actor: 'sender',
    phrases: ['block list', 'blocklist*', 'blacklist*', 'black list', 'blocked using', 'spamhaus', 'spamcop', 'dnsbl', 'rbl'],
  },
  'spam-content': {
    summary: 'The recipient’s spam filter refused the message because of its content.',
    actor: 'sender',
    phrases: ['rejected as spam', 'as spam', 'spam filter*', 'spam content', 'likely spam', 'looks like spam', 'spam detected', 'suspected spam', 'spam score', 'likely unsolicited', 'unsolicited mail', 'content rejected'],
  },
  relaying: {
    summary: 'The server you sent through refused to pass the message on, because your program did not log in to it (SMTP authentication).',
    actor: 'sender',
    phrases: ['relaying denied', 'relay access denied', 'relay denied', 'unable to relay', 'relaying not allowed', 'relay not allowed', 'relay not permitted', 'relaying not permitted', 'not permitted to relay', 'we do not relay', 'proper authentication required', 'authentication required', 'authentication is required', 'must authenticate'],
  },
  'auth-failed': {
    summary: 'The mail server refused the username or the password.',
    actor: 'sender',
    phrases: ['authentication failed', 'authentication failure', 'authentication credentials invalid', 'invalid credentials', 'authenticationfailed', 'username and password not accepted', 'incorrect authentication data', 'login failed', 'logon failure', 'invalid login', 'incorrect password', 'wrong password', 'password is incorrect', 'rejected your login', 'bad username or password'],
  },
  encryption: {
    summary: 'The server wants an encrypted connection (SSL/TLS or STARTTLS) that matches the port, or another login method.',
    actor: 'sender',
    phrases: ['must issue a starttls command first', 'starttls required', 'encryption required', 'encryption type', 'encryption needed', 'does not support ssl', 'mechanism is too weak', 'tls required', 'requires tls'],
  },
  'port-25': {
    summary: 'Your email program sends through port 25, which is blocked; the server asks for the recommended sending port (587).',
    actor: 'sender',
    phrases: ['port 25', 'utiliser le port', 'connexion authentifiee pas possible', 'use port 587'],
  },
  timeout: {
    summary: 'Your email program could not reach the mail server in time, most often because of a blocked port or security software.',
    actor: 'sender',
    phrases: ['timed out', 'time out', 'timeout', 'delai imparti'],
  },
  certificate: {
    summary: 'Your email program could not verify the server’s security certificate, usually because the server name in your settings is wrong.',
    actor: 'sender',
    phrases: ['certificate', 'target principal name', 'security exception', 'server identity'],
  },
  'temporary-failure': {
    summary: 'The recipient’s mail server is unavailable or refused the message for now; delivery is tried again later.',
    actor: 'recipient-provider',
    phrases: ['service not available', 'service unavailable', 'temporarily unavailable', 'temporarily rejected', 'temporarily deferred', 'temporary failure', 'temporary error', 'temporary problem', 'try again later', 'connection refused', 'no route to host', 'network is unreachable', 'lost connection'],
  },
  delayed: {
    summary: 'The message is not delivered yet: the sending server keeps trying, and writes again only if it finally gives up.',
    actor: 'nobody',
    phrases: ['still undelivered', 'will keep trying', 'not yet been delivered', 'not been delivered yet', 'delivery delayed', 'delayed mail', 'delivery has been delayed', 'delivery is delayed', 'message delayed', 'still being retried', 'will be retried', 'warning only', 'deferred', 'notification delay'],
  },
  greylisting: {
    summary: 'The recipient’s server delays the first message from an unknown sender (greylisting); sending again a little later works.',
    actor: 'sender',
    phrases: ['greylist*', 'graylist*', 'grey list*', 'gray list*'],
  },
  size: {
    summary: 'The message or its attachments are larger than the recipient’s server accepts.',
    actor: 'sender',
    phrases: ['message size exceeded', 'message size exceeds', 'size exceeds', 'exceeds size limit', 'size limit', 'message too large', 'message too big', 'message is too large', 'message is too big', 'file too large', 'file too big', 'message length exceeds', 'too large', 'too big'],
  },
  rate: {
    summary: 'Too many messages were sent in a short time: the receiving server limits how fast it accepts mail from you.',
    actor: 'sender',
    phrases: ['rate limit*', 'rate limited', 'ratelimit*', 'rate that prevents', 'receiving mail at a rate', 'unusual rate', 'too many messages', 'too many emails', 'sending limit', 'sending rate', 'throttl*', 'mail flood', 'too many connections'],
  },
  malware: {
    summary: 'The recipient’s server treated the message as dangerous: an attachment, a link or active content.',
    actor: 'sender',
    phrases: ['malware', 'virus*', 'infected', 'security issue', 'harmful', 'dangerous content'],
  },
  'unicode-header': {
    summary: 'A special character, such as an emoji, in the sender name, the subject or another header was not accepted.',
    actor: 'sender',
    phrases: ['disallowed header', 'unicode character', 'non ascii', 'utf 8 header', 'smtputf8'],
  },
};

type Marker = 'report' | 'client' | 'permanent' | 'temporary';

// Words that tell a delivery report from an error of the reader's own email program, and the
// report's own statement of temporary or permanent when it gives no code.
const MARKERS: ReadonlyArray<readonly [string, Marker]> = [
  ...['mailer daemon', 'mail delivery subsystem', 'mail delivery system', 'delivery status notification', 'diagnostic code', 'final recipient', 'reporting mta', 'undeliverable', 'undelivered', 'could not be delivered', 'couldn t be delivered', 'wasn t delivered', 'not delivered', 'delivery has failed', 'delivery failure', 'delivery to the following recipient', 'following address es failed', 'returned mail', 'returning message to sender', 'remote server returned', 'response from the remote server', 'the response was', 'technical details of', 'smtp error from remote mail server', 'said', 'in reply to', 'delivery delayed', 'delayed mail'].map((p) => [p, 'report'] as const),
  ...['outlook', 'thunderbird', 'apple mail', 'your server', 'your e mail server', 'your email server', 'your outgoing', 'your incoming', 'incoming pop3', 'outgoing smtp', 'send receive', 'sending reported error', 'receiving reported error', 'account properties', 'account settings'].map((p) => [p, 'client'] as const),
  ...['failed permanently', 'permanent failure', 'permanent error', 'permanent fatal', 'final delivery failure', 'notification failure'].map((p) => [p, 'permanent'] as const),
  ...['temporary failure', 'temporary error', 'will keep trying', 'will be retried', 'warning only', 'temporary delivery failure', 'notification delay'].map((p) => [p, 'temporary'] as const),
];

// Enhanced codes (subject.detail) and reply codes that name a kind of problem by themselves.
// X.7.1 (delivery not authorized) and 550 are left out on purpose: servers use them for anything.
const ENHANCED_PROBLEMS: Record<string, Problem> = {
  '1.1': 'unknown-recipient', '1.3': 'unknown-recipient', '1.6': 'unknown-recipient',
  '1.2': 'domain-not-found', '1.10': 'domain-not-found', '4.4': 'domain-not-found',
  '2.1': 'account-disabled', '2.2': 'mailbox-full', '2.3': 'size', '3.4': 'size',
  '7.8': 'auth-failed', '7.9': 'encryption', '7.10': 'encryption', '7.11': 'encryption',
  '7.20': 'dkim', '7.21': 'dkim', '7.22': 'dkim', '7.23': 'spf', '7.24': 'spf', '7.26': 'dmarc',
  '7.28': 'rate', '6.7': 'unicode-header', '6.9': 'unicode-header',
};
const REPLY_PROBLEMS: Record<string, Problem> = {
  '421': 'temporary-failure', '450': 'temporary-failure', '451': 'temporary-failure',
  '535': 'auth-failed', '534': 'encryption', '538': 'encryption', '552': 'mailbox-full',
};

// How much each kind of evidence counts. A server's words beat its codes (Gmail answers 4.2.1,
// "mailbox disabled", for a rate limit; Exchange 5.1.10, "null MX", for an unknown recipient).
const W_MESSAGE = 100;
const W_PHRASE = 40;
const W_ENHANCED_PROBLEM = 30;
const W_REPLY_PROBLEM = 15;
const W_CODE = { reply: 10, enhanced: 30, outlook: 80, other: 40, all: 15 } as const;
/** A section is recommended from this score on, and when within this share of the best one. */
const MIN_SCORE = 15;
const MIN_SHARE = 0.35;
const MAX_RECOMMENDATIONS = 3;

export interface CodeFinding {
  kind: 'smtp' | 'enhanced' | 'outlook';
  code: string;
  /** What the standard (or, for Outlook, the knowledge base) says it means. */
  meaning?: string | undefined;
}

export interface Recommendation {
  url: string;
  article: string;
  section: string;
  /** The article's one-line meaning of the error that matched best. */
  meaning: string;
  score: number;
}

export interface Analysis {
  /** `empty`: nothing pasted; `unrecognized`: no code and no known wording found. */
  status: 'empty' | 'unrecognized' | 'diagnosed';
  /** The paste was longer than MAX_INPUT and only its beginning was read. */
  truncated: boolean;
  /** Where the text comes from, as far as it tells. */
  context: 'report' | 'client' | 'unknown';
  /** Codes found, each once, in order of appearance (at most 12). */
  codes: CodeFinding[];
  /** Known wordings found: the articles' messages and the server phrases recognized (at most 12). */
  phrases: string[];
  /** The address that failed, when the report names it. */
  recipient?: string | undefined;
  /** What the remote server answered, when the report quotes it (at most 400 characters). */
  remoteMessage?: string | undefined;
  outcome: Outcome;
  problem?: Problem | undefined;
  actor?: Actor | undefined;
  /** What happened, in one or two plain sentences. */
  summary?: string | undefined;
  /** RFC 3463 meaning of the report's main enhanced status code. */
  standard?: EnhancedCodeInfo | undefined;
  /** RFC 5321 meaning of the report's main reply code. */
  reply?: ReplyCodeInfo | undefined;
  /** Sections to read, best first. */
  recommendations: Recommendation[];
}

// ---------------------------------------------------------------------------------------------
// Words and phrases

/** Lowercase words, accents removed, punctuation dropped: the form phrases are compared in. */
export function toWords(text: string): string[] {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u);
  if (words[0] === '') words.shift();
  if (words.at(-1) === '') words.pop();
  return words;
}

/** Lower case, accents removed ("Délai" → "delai"). */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

// Phrases are matched on characters, not words, by one Aho-Corasick automaton: a single pass over the
// text whatever the number of phrases (a word-by-word scan cost 3 to 8 times more on 1 MB of prose).
// The alphabet: 0 separates words (spaces, punctuation, emoji), 1-26 are a-z, 27-36 are 0-9 and 37 is
// any other letter or digit, which no phrase contains but which still belongs to a word.
const SEPARATOR = 0;
const SYMBOLS = 38;
const wideSymbols = new Uint8Array(65_536); // 0 = not looked up yet, else symbol + 1

function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  if (code < 128) return SEPARATOR;
  let cached = wideSymbols[code]!;
  if (cached === 0) {
    cached = (/[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 37 : SEPARATOR) + 1;
    wideSymbols[code] = cached;
  }
  return cached - 1;
}

interface Automaton {
  /** Next state for each state and symbol: `delta[state * SYMBOLS + symbol]`. */
  delta: Uint16Array | Uint32Array;
  /** Phrase ids that end at each state (its own and those of its suffixes). */
  out: Array<number[] | undefined>;
  /** 1 where `out` has ids: a typed array is read much faster in the scan loop. */
  ends: Uint8Array;
}

/**
 * Builds the automaton for phrases given as text. A phrase matches whole words ("spam" does not match
 * "antispam"); a final `*` lets its last word be the start of a longer one ("greylist*" matches
 * "greylisted").
 */
function buildAutomaton(phrases: readonly string[]): Automaton {
  // The trie, flat: `children[state * SYMBOLS + symbol]` is the next state, or -1.
  let children = new Int32Array(SYMBOLS * 4096).fill(-1);
  let states = 1;
  const own: Array<number[] | undefined> = [undefined];
  phrases.forEach((phrase, id) => {
    const words = toWords(phrase);
    if (words.length === 0) return;
    const pattern = ` ${words.join(' ')}${phrase.endsWith('*') ? '' : ' '}`;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const slot = state * SYMBOLS + symbolOf(pattern.charCodeAt(i));
      if (children[slot]! < 0) {
        if ((states + 1) * SYMBOLS > children.length) {
          const bigger = new Int32Array(children.length * 2).fill(-1);
          bigger.set(children);
          children = bigger;
        }
        children[slot] = states++;
        own.push(undefined);
      }
      state = children[slot]!;
    }
    (own[state] ??= []).push(id);
  });
  const delta = states < 65_536 ? new Uint16Array(states * SYMBOLS) : new Uint32Array(states * SYMBOLS);
  const fail = new Int32Array(states);
  const out: Array<number[] | undefined> = new Array(states);
  out[0] = own[0];
  const queue: number[] = [];
  for (let symbol = 0; symbol < SYMBOLS; symbol++) {
    const child = children[symbol]!;
    delta[symbol] = child < 0 ? 0 : child;
    if (child > 0) queue.push(child);
  }
  // Breadth first, so that a state's fallback (a shorter suffix) is complete before the state itself.
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const back = fail[state]!;
    const inherited = out[back];
    out[state] = own[state] ? [...own[state]!, ...(inherited ?? [])] : inherited;
    for (let symbol = 0; symbol < SYMBOLS; symbol++) {
      const child = children[state * SYMBOLS + symbol]!;
      if (child < 0) delta[state * SYMBOLS + symbol] = delta[back * SYMBOLS + symbol]!;
      else {
        fail[child] = delta[back * SYMBOLS + symbol]!;
        delta[state * SYMBOLS + symbol] = child;
        queue.push(child);
      }
    }
  }
  return { delta, out, ends: Uint8Array.from(out, (ids) => (ids ? 1 : 0)) };
}

const ASCII_SYMBOLS = Uint8Array.from({ length: 128 }, (_, code) => symbolOf(code));

/** Calls `found(id, offset)` for every occurrence of a phrase in `text`, in one pass. */
function scanPhrases(text: string, automaton: Automaton, found: (id: number, at: number) => void): void {
  const { delta, out, ends } = automaton;
  const folded = fold(text);
  let state = delta[SEPARATOR]!;
  let previous = SEPARATOR;
  for (let i = 0; i <= folded.length; i++) {
    // One separator after the last word closes it.
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    const symbol = code < 128 ? ASCII_SYMBOLS[code]! : symbolOf(code);
    // Runs of separators count as one, as spaces between words.
    if (symbol === SEPARATOR && previous === SEPARATOR) continue;
    previous = symbol;
    state = delta[state * SYMBOLS + symbol]!;
    if (ends[state] === 1) for (const id of out[state]!) found(id, i);
  }
}

type Payload =
  | { kind: 'problem'; problem: Problem; phrase: string }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'entry'; index: number };

interface Matcher {
  automaton: Automaton;
  payloads: Payload[];
}

function buildMatcher(items: ReadonlyArray<readonly [string, Payload]>): Matcher {
  return { automaton: buildAutomaton(items.map(([phrase]) => phrase)), payloads: items.map(([, payload]) => payload) };
}

function builtInPhrases(): Array<[string, Payload]> {
  const items: Array<[string, Payload]> = [];
  for (const [problem, spec] of Object.entries(PROBLEMS) as Array<[Problem, ProblemSpec]>) {
    for (const phrase of spec.phrases) items.push([phrase, { kind: 'problem', problem, phrase: phrase.replace(/\*$/, '') }]);
  }
  for (const [phrase, marker] of MARKERS) items.push([phrase, { kind: 'marker', marker }]);
  return items;
}

/** An article's entry, prepared once: its codes, its message's length, the kinds of problem it covers. */
interface PreparedEntry {
  entry: KnownError;
  codes: EntryCodes;
  codeCount: number;
  messageWords: number;
  /** Problem → how surely the entry is about it (1 from its message or code, 0.5 from its meaning). */
  problems: Map<Problem, number>;
}

interface Knowledge {
  matcher: Matcher;
  entries: PreparedEntry[];
  /** Matches the reply codes of the entries that RFC 5321's grammar (and findErrorCodes) leaves out. */
  otherCodes?: RegExp | undefined;
}

const prepared = new WeakMap<ReadonlyArray<KnownError>, Knowledge>();

/** The automaton and the entries' kinds of problem, built once per list of known errors. */
function prepare(known: ReadonlyArray<KnownError>): Knowledge {
  const cached = prepared.get(known);
  if (cached) return cached;
  const items = builtInPhrases();
  known.forEach((entry, index) => {
    if (entry.message && toWords(entry.message).length > 0) items.push([entry.message, { kind: 'entry', index }]);
  });
  const matcher = buildMatcher(items);
  const problemsIn = (text: string) => {
    const out = new Set<Problem>();
    scanPhrases(text, matcher.automaton, (id) => {
      const payload = matcher.payloads[id]!;
      if (payload.kind === 'problem') out.add(payload.problem);
    });
    return out;
  };
  const entries = known.map((entry): PreparedEntry => {
    const codes = parseEntryCodes(entry.code);
    const problems = new Map<Problem, number>();
    for (const p of problemsIn(entry.message ?? '')) problems.set(p, 1);
    if (problems.size === 0) for (const p of problemsOfCodes(codes.enhanced, codes.reply)) problems.set(p, 1);
    for (const p of problemsIn(entry.meaning)) if (!problems.has(p)) problems.set(p, 0.5);
    return {
      entry, codes, problems,
      codeCount: codes.reply.length + codes.enhanced.length + codes.outlook.length + codes.other.length,
      messageWords: entry.message ? toWords(entry.message).length : 0,
    };
  });
  const others = [...new Set(entries.flatMap((e) => e.codes.other))];
  // The same look-arounds as the reply codes of error-codes.ts.
  const otherCodes = others.length > 0 ? new RegExp(String.raw`(?<![\w.:+@/-])(?:${others.join('|')})(?![\w:]|\.\w)`, 'g') : undefined;
  const knowledge = { matcher, entries, otherCodes };
  prepared.set(known, knowledge);
  return knowledge;
}

/**
 * Builds the phrase automaton for a list of known errors ahead of the first analysis (the page calls
 * it when idle), so that the first paste is as quick as the next ones.
 */
export function prepareAnalyzer(known: ReadonlyArray<KnownError>): void {
  prepare(known);
}

function problemsOfCodes(enhanced: readonly string[], reply: readonly string[]): Problem[] {
  const out: Problem[] = [];
  for (const code of enhanced) {
    const p = ENHANCED_PROBLEMS[code.split('.').slice(1).join('.')];
    if (p) out.push(p);
  }
  if (enhanced.length === 0) for (const code of reply) if (REPLY_PROBLEMS[code]) out.push(REPLY_PROBLEMS[code]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Codes

/**
 * findErrorCodes, chunk by chunk, stopping after MAX_CODES. Each chunk is read with 16 characters of
 * context on both sides, so the look-arounds see exactly what they would see in the whole text.
 */
function findCodesCapped(text: string): FoundCode[] {
  const out: FoundCode[] = [];
  for (let start = 0; start < text.length && out.length < MAX_CODES; start += CHUNK) {
    const from = Math.max(0, start - 16);
    for (const found of findErrorCodes(text.slice(from, start + CHUNK + 16))) {
      const at = from + found.start;
      if (at >= start && at < start + CHUNK) out.push({ ...found, start: at, end: from + found.end });
    }
  }
  return out.slice(0, MAX_CODES);
}

function findOtherCodes(text: string, pattern: RegExp | undefined): FoundCode[] {
  if (!pattern) return [];
  const out: FoundCode[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push({ kind: 'smtp', text: m[0], start: m.index, end: m.index + m[0].length });
    if (out.length >= MAX_CODES) break;
  }
  return out;
}

const canonical = (c: FoundCode) => (c.kind === 'outlook' ? `0x${c.text.slice(2).toUpperCase()}` : c.text);

// ---------------------------------------------------------------------------------------------
// The recipient and the server's message

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const EMAIL_ALL = new RegExp(EMAIL.source, 'g');
const RCPT = new RegExp(String.raw`^\s*<?(${EMAIL.source})`);

/**
 * The text of the first HEAD_CHARS, lower-cased without changing its length (so positions found in
 * it are positions in the original) and with typographic apostrophes made straight.
 */
function lowerHead(head: string): string {
  let lower = head.toLowerCase();
  if (lower.length !== head.length) lower = head.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  return lower.replace(/[’‘`]/g, "'");
}

// Labels after which a report names the failed address, most reliable first.
const RECIPIENT_AFTER = [
  'final-recipient:', 'original-recipient:', 'delivery has failed to these recipients or groups:',
  'the following address(es) failed:', 'delivery to the following recipient', "wasn't delivered to",
  'your message to', "couldn't be delivered to", 'could not be delivered to', 'rcpt to:',
];
// Labels before which it names it: Postfix's "<anna@abc.xyz>: host … said:", Exchange's address line.
const RECIPIENT_BEFORE = [' said:', 'recipient address rejected', 'remote server returned'];

function findRecipient(head: string, lower: string): string | undefined {
  for (const label of RECIPIENT_AFTER) {
    const at = lower.indexOf(label);
    if (at < 0) continue;
    const window = head.slice(at + label.length, at + label.length + 300);
    // After "RCPT TO:" the address must come at once: "(in reply to RCPT TO command)" names none.
    const match = label === 'rcpt to:' ? RCPT.exec(window) : EMAIL.exec(window);
    if (match) return match[1] ?? match[0];
  }
  for (const label of RECIPIENT_BEFORE) {
    const at = lower.indexOf(label);
    if (at < 0) continue;
    const window = head.slice(Math.max(0, at - 300), at);
    const emails = window.match(EMAIL_ALL);
    if (emails) return emails.at(-1);
  }
  return undefined;
}

/** The lines from `from` up to the next blank line, at most `max` characters. */
function paragraph(text: string, from: number, max = 700): string {
  const window = text.slice(from, from + max);
  const blank = window.search(/\n[ \t]*\r?\n/);
  return blank >= 0 ? window.slice(0, blank) : window;
}

/** A quoted server answer on one line: continuation prefixes ("550-5.1.1 ") dropped, spaces collapsed. */
function cleanMessage(text: string): string {
  const lines = text.split(/\r?\n/);
  const joined = lines
    .map((line, i) => (i === 0 ? line : line.replace(/^\s*[2-5]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\s)?/, '')))
    .join(' ')
    .replace(/\(in reply to [^)]{0,40}\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .trim();
  return joined.length > 400 ? `${joined.slice(0, 399)}…` : joined;
}

/**
 * What the remote server answered. `firstCode` is the first failure code, whose line is the answer
 * when no label introduces one; it is left out for a bare error line, which is its own answer.
 */
function findRemoteMessage(head: string, lower: string, firstCode: FoundCode | undefined): string | undefined {
  const afterLine = (at: number) => {
    const end = lower.indexOf('\n', at);
    return end < 0 ? head.length : end + 1;
  };
  const skipBlank = (at: number) => {
    const rest = head.slice(at, at + 200);
    const lead = /^(?:[ \t]*\r?\n)*/.exec(rest)![0].length;
    return at + lead;
  };
  const tries: Array<() => string | undefined> = [
    () => {
      // DSN (RFC 3464): "Diagnostic-Code: smtp; 550 5.1.1 …", continued on indented lines.
      const at = lower.indexOf('diagnostic-code:');
      if (at < 0) return undefined;
      const [first = '', ...rest] = paragraph(head, at + 'diagnostic-code:'.length).split(/\r?\n/);
      const kept = [first];
      for (const line of rest) {
        if (!/^[ \t]/.test(line)) break;
        kept.push(line);
      }
      return kept.join('\n').replace(/^\s*[\w-]+;\s*/, '');
    },
    () => {
      // Exchange and Outlook.com: Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; …'
      const at = lower.indexOf('remote server returned');
      if (at < 0) return undefined;
      const end = afterLine(at);
      return head.slice(at + 'remote server returned'.length, end);
    },
    () => {
      // Gmail: "The response from the remote server was:" or "The response was:", then the answer.
      for (const label of ['the response from the remote server was:', 'the response was:', 'the error that the other server returned was:', 'technical details of']) {
        const at = lower.indexOf(label);
        if (at >= 0) return paragraph(head, skipBlank(afterLine(at)));
      }
      return undefined;
    },
    () => {
      // Exim: "SMTP error from remote mail server after RCPT TO:<…>:" then the indented answer.
      const at = lower.indexOf('smtp error from remote mail server');
      return at >= 0 ? paragraph(head, afterLine(at)) : undefined;
    },
    () => {
      // Postfix: "<anna@abc.xyz>: host mx.abc.xyz[192.0.2.1] said: 550 5.1.1 … (in reply to RCPT TO command)"
      const at = lower.indexOf(' said:');
      return at >= 0 ? paragraph(head, at + ' said:'.length) : undefined;
    },
    () => {
      // Anything else: the line of the first failure code.
      if (!firstCode || firstCode.start >= head.length) return undefined;
      const line = head.slice(firstCode.start, afterLine(firstCode.start));
      return line.trim().length > 12 ? line : paragraph(head, firstCode.start);
    },
  ];
  for (const attempt of tries) {
    const text = attempt();
    const cleaned = text === undefined ? '' : cleanMessage(text);
    if (cleaned.length > 0) return cleaned;
  }
  return undefined;
}

/** RFC 3464 fields of a DSN: "Action: failed" and "Status: 5.1.1". */
function dsnFields(lower: string): { action?: string | undefined; status?: string | undefined } {
  const field = (name: string) => {
    const match = new RegExp(String.raw`(?:^|\n)[ \t]*${name}:[ \t]*([^\s;]{1,20})`).exec(lower);
    return match?.[1];
  };
  const status = field('status');
  return { action: field('action'), status: status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status) ? status : undefined };
}

// ---------------------------------------------------------------------------------------------
// The analysis

/**
 * Analyzes pasted text against the errors the articles explain. Pure and synchronous: the same text
 * and list always give the same result, and nothing leaves the function.
 */
export function analyzeReport(input: string, known: ReadonlyArray<KnownError>): Analysis {
  const truncated = input.length > MAX_INPUT;
  const text = truncated ? input.slice(0, MAX_INPUT) : input;
  const base: Analysis = { status: 'empty', truncated, context: 'unknown', codes: [], phrases: [], outcome: 'unknown', recommendations: [] };
  if (text.trim() === '') return base;

  const knowledge = prepare(known);
  const head = text.slice(0, HEAD_CHARS);
  const lower = lowerHead(head);

  // Codes, each once, in order of appearance.
  const found = [...findCodesCapped(text), ...findOtherCodes(text, knowledge.otherCodes)].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const unique = found.filter((c) => !seen.has(canonical(c)) && seen.add(canonical(c)));
  const replies = new Set(unique.filter((c) => c.kind === 'smtp').map(canonical));
  const enhanced = new Set(unique.filter((c) => c.kind === 'enhanced').map(canonical));
  const outlook = new Set(unique.filter((c) => c.kind === 'outlook').map(canonical));

  // Phrases. Multi-line server answers repeat the code at the start of each line ("550-5.1.1 "): those
  // prefixes are dropped so that a phrase broken over two lines still reads as one.
  const unprefixed = text.replace(/\n[ \t]*[2-5]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, '\n');
  const markers = new Set<Marker>();
  const phraseProblems = new Map<Problem, number>();
  const entryHits = new Set<number>();
  const phrases: Array<{ text: string; at: number }> = [];
  const seenPhrase = new Set<number>();
  scanPhrases(unprefixed, knowledge.matcher.automaton, (id, at) => {
    if (seenPhrase.has(id)) return;
    seenPhrase.add(id);
    const payload = knowledge.matcher.payloads[id]!;
    if (payload.kind === 'marker') markers.add(payload.marker);
    else if (payload.kind === 'entry') {
      entryHits.add(payload.index);
      phrases.push({ text: knowledge.entries[payload.index]!.entry.message!, at });
    } else {
      if (!phraseProblems.has(payload.problem)) phraseProblems.set(payload.problem, at);
      phrases.push({ text: payload.phrase, at });
    }
  });
  const context: Analysis['context'] = markers.has('report') ? 'report' : markers.has('client') || outlook.size > 0 ? 'client' : 'unknown';

  // The main codes: the DSN's Status field, else the first failure code of each kind.
  const dsn = dsnFields(lower);
  const failure = (c: FoundCode) => c.kind !== 'outlook' && /^[45]/.test(c.text);
  const firstFailure = found.find(failure);
  const mainEnhanced = dsn.status ?? unique.find((c) => c.kind === 'enhanced' && failure(c))?.text ?? unique.find((c) => c.kind === 'enhanced')?.text;
  const mainReply = unique.find((c) => c.kind === 'smtp' && failure(c))?.text ?? unique.find((c) => c.kind === 'smtp')?.text;

  // Kinds of problem, by the strongest evidence for each.
  const problems = new Map<Problem, { weight: number; at: number }>();
  const note = (p: Problem, weight: number, at: number) => {
    const mapped: Problem = p === 'timeout' && context === 'report' ? 'temporary-failure' : p;
    const old = problems.get(mapped);
    if (!old || old.weight < weight || (old.weight === weight && at < old.at)) problems.set(mapped, { weight, at });
  };
  for (const [p, at] of phraseProblems) note(p, W_PHRASE, at);
  const codeWeight = phraseProblems.size > 0 ? W_ENHANCED_PROBLEM / 2 : W_ENHANCED_PROBLEM;
  for (const p of problemsOfCodes([...enhanced], [])) note(p, codeWeight, Number.MAX_SAFE_INTEGER);
  if (enhanced.size === 0) for (const p of problemsOfCodes([], [...replies])) note(p, W_REPLY_PROBLEM, Number.MAX_SAFE_INTEGER);

  const outcome = decideOutcome(dsn.action, mainEnhanced, mainReply, markers, problems);
  // "Service unavailable" in a 5xx answer is part of the wording, not a temporary failure.
  if (outcome === 'permanent') for (const p of ['temporary-failure', 'delayed'] as const) problems.delete(p);
  let top = strongest(problems);
  // A bare 4xx code still points to the section on temporary failures, without claiming to know more.
  if (problems.size === 0 && firstFailure?.text.startsWith('4')) note('temporary-failure', 10, Number.MAX_SAFE_INTEGER);
  const { recommendations, bestEntry, strong } = recommend(knowledge.entries, { replies, enhanced, outlook, entryHits, problems, top });
  // An article's own message or Outlook code found in the text says best what happened: the kind of
  // problem follows that entry when the text supports it.
  if (strong && bestEntry) {
    const supported = new Map([...problems].filter(([p]) => bestEntry.problems.get(p) === 1));
    top = strongest(supported) ?? top;
  }

  const codes: CodeFinding[] = unique.slice(0, 12).map((c) => ({ kind: c.kind, code: canonical(c), meaning: codeMeaning(c, known) }));
  const standard = mainEnhanced ? describeEnhancedCode(mainEnhanced) : undefined;
  const reply = mainReply ? describeReplyCode(mainReply) : undefined;
  const recognized = unique.length > 0 || problems.size > 0 || entryHits.size > 0 || markers.has('permanent') || markers.has('temporary');
  if (!recognized) return { ...base, status: 'unrecognized', context };

  const best = recommendations[0];
  const summary = (strong ? best?.meaning : undefined)
    ?? (top ? PROBLEMS[top].summary : undefined)
    // A code alone (5.7.1) fits several articles: the standard meaning, not a guess between them.
    ?? standard?.plain
    ?? (reply?.text ? `The server answered ${reply.code}: ${reply.text}.` : undefined)
    ?? best?.meaning;
  const actor: Actor | undefined = top ? PROBLEMS[top].actor
    : (standard ? actorOfSubject(standard.subject) : undefined)
      ?? (context === 'client' ? 'sender' : outcome === 'temporary' ? 'nobody' : undefined);

  return {
    status: 'diagnosed',
    truncated,
    context,
    codes,
    phrases: listPhrases(phrases, entryHits, knowledge),
    recipient: findRecipient(head, lower),
    remoteMessage: findRemoteMessage(head, lower, context === 'report' ? firstFailure : undefined),
    outcome,
    problem: top,
    actor: outcome === 'success' ? undefined : actor,
    summary: outcome === 'success' && !top ? OUTCOME_LABELS.success : summary,
    standard,
    reply,
    recommendations,
  };
}

/** The kind of problem with the strongest evidence; the first one in the text on a tie. */
function strongest(problems: Map<Problem, { weight: number; at: number }>): Problem | undefined {
  return [...problems].sort(([, a], [, b]) => b.weight - a.weight || a.at - b.at)[0]?.[0];
}

/**
 * The wordings found, in order, each once: a server phrase already inside an article's message found
 * in the text ("quota exceeded" in "Mailbox disk quota exceeded") is not listed again.
 */
function listPhrases(phrases: Array<{ text: string; at: number }>, entryHits: Set<number>, knowledge: Knowledge): string[] {
  const messages = [...entryHits].map((i) => ` ${toWords(knowledge.entries[i]!.entry.message ?? '').join(' ')} `);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text } of phrases.sort((a, b) => a.at - b.at)) {
    const key = ` ${toWords(text).join(' ')} `;
    if (seen.has(key)) continue;
    seen.add(key);
    const isMessage = messages.includes(key);
    if (!isMessage && messages.some((m) => m.includes(key))) continue;
    out.push(text);
  }
  return out.slice(0, 12);
}

function decideOutcome(action: string | undefined, enhanced: string | undefined, reply: string | undefined, markers: Set<Marker>, problems: Map<Problem, unknown>): Outcome {
  if (action === 'failed') return 'permanent';
  if (action === 'delayed') return 'temporary';
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'success';
  const byCode = (code: string | undefined): Outcome | undefined => (code?.startsWith('4') ? 'temporary' : code?.startsWith('5') ? 'permanent' : code?.startsWith('2') ? 'success' : undefined);
  const fromCode = byCode(enhanced) ?? byCode(reply);
  if (fromCode) return fromCode;
  if (markers.has('permanent')) return 'permanent';
  if (markers.has('temporary') || problems.has('delayed') || problems.has('greylisting')) return 'temporary';
  return 'unknown';
}

/** RFC 3463 says who usually acts for each subject (§3.3-3.5: addressing → sender, mailbox → recipient…). */
function actorOfSubject(subject: number): Actor | undefined {
  return ({ 1: 'sender', 2: 'recipient', 3: 'recipient-provider', 4: 'recipient-provider', 6: 'sender' } as Record<number, Actor>)[subject];
}

function codeMeaning(c: FoundCode, known: ReadonlyArray<KnownError>): string | undefined {
  if (c.kind === 'enhanced') {
    const info = describeEnhancedCode(c.text);
    return info && `${info.classTitle}, ${info.subjectTitle.toLowerCase()}${info.detailTitle ? `: ${info.detailTitle}` : ' (detail not in the RFC 3463 registry)'}`;
  }
  if (c.kind === 'smtp') {
    const info = describeReplyCode(c.text);
    return info && `${info.classTitle}${info.text ? `: ${info.text}` : info.standard ? '' : ' (not a standard RFC 5321 code)'}`;
  }
  const code = canonical(c);
  return known.find((k) => k.code !== undefined && parseEntryCodes(k.code).outlook.includes(code))?.meaning;
}

interface Evidence {
  replies: Set<string>;
  enhanced: Set<string>;
  outlook: Set<string>;
  entryHits: Set<number>;
  problems: Map<Problem, { weight: number }>;
  /** The kind of problem the diagnosis is about: entries about it rank first. */
  top: Problem | undefined;
}

interface Ranked {
  recommendations: Recommendation[];
  /** The entry behind the first recommendation. */
  bestEntry?: PreparedEntry | undefined;
  /** The first recommendation rests on the entry's own message or Outlook code, found in the text. */
  strong: boolean;
}

/** Scores every entry against the evidence and keeps each section once, with its best entry. */
function recommend(entries: readonly PreparedEntry[], evidence: Evidence): Ranked {
  const bySection = new Map<string, { best: Recommendation; entry: PreparedEntry; strong: boolean; count: number }>();
  entries.forEach((prepared, index) => {
    const { score, strong } = scoreEntry(prepared, index, evidence);
    if (score <= 0) return;
    const { entry } = prepared;
    const recommendation = { url: entry.url, article: entry.article, section: entry.section, meaning: entry.meaning, score: score + headingBonus(entry.section, evidence) };
    const current = bySection.get(entry.url);
    const counts = score >= MIN_SCORE ? 1 : 0;
    if (!current) bySection.set(entry.url, { best: recommendation, entry: prepared, strong, count: counts });
    else {
      current.count += counts;
      if (score > current.best.score) Object.assign(current, { best: recommendation, entry: prepared, strong });
    }
  });
  // A section that explains several of the errors found is a little more likely to be the one.
  const ranked = [...bySection.values()]
    .map((s) => ({ ...s, best: { ...s.best, score: s.best.score + Math.min(Math.max(s.count - 1, 0), 3) * 5 } }))
    .sort((a, b) => b.best.score - a.best.score);
  const topScore = ranked[0]?.best.score ?? 0;
  const kept = ranked.filter((r) => r.best.score >= MIN_SCORE && r.best.score >= topScore * MIN_SHARE).slice(0, MAX_RECOMMENDATIONS);
  return { recommendations: kept.map((r) => r.best), bestEntry: kept[0]?.entry, strong: kept[0]?.strong ?? false };
}

/** A section whose heading names a code of the text ("0x800CCC92: POP3 password rejected") is the most specific. */
function headingBonus(heading: string, evidence: Evidence): number {
  const words = heading.toLowerCase().split(/[^\w.]+/).map((w) => w.replace(/\.+$/, ''));
  const codes = new Set([...evidence.replies, ...evidence.enhanced, ...evidence.outlook].map((c) => c.toLowerCase()));
  return words.some((w) => codes.has(w)) ? 5 : 0;
}

function scoreEntry(prepared: PreparedEntry, index: number, evidence: Evidence): { score: number; strong: boolean } {
  const { codes } = prepared;
  const messageFound = evidence.entryHits.has(index);
  let score = messageFound ? W_MESSAGE + Math.min(20, prepared.messageWords * 2) : 0;

  let codeScore = 0;
  let matched = 0;
  const add = (list: string[], set: Set<string>, weight: number) => {
    for (const c of list) {
      if (set.has(c)) {
        codeScore += weight;
        matched += 1;
      }
    }
  };
  add(codes.reply, evidence.replies, W_CODE.reply);
  add(codes.other, evidence.replies, W_CODE.other);
  add(codes.enhanced, evidence.enhanced, W_CODE.enhanced);
  add(codes.outlook, evidence.outlook, W_CODE.outlook);
  const rareCode = codes.outlook.some((c) => evidence.outlook.has(c)) || codes.other.some((c) => evidence.replies.has(c));
  if (prepared.codeCount > 0 && matched === prepared.codeCount) codeScore += W_CODE.all;
  // The same code with another message is probably another case ("550 5.1.1" is both "user unknown"
  // and "account disabled"): the code alone counts half. Outlook codes are specific enough alone.
  if (prepared.entry.message !== undefined && !messageFound && !rareCode) codeScore /= 2;
  score += codeScore;

  let overlap = false;
  for (const [problem, sureness] of prepared.problems) {
    const seen = evidence.problems.get(problem);
    if (!seen) continue;
    score += (seen.weight + (problem === evidence.top ? 10 : 0)) * sureness;
    overlap = true;
  }
  // The entry is about another kind of problem than the one the text clearly states.
  const stated = [...evidence.problems.values()].some((p) => p.weight >= W_PHRASE);
  const entryKinds = [...prepared.problems.values()].some((s) => s === 1);
  if (!messageFound && !overlap && stated && entryKinds) score /= 2;
  return { score, strong: messageFound || rareCode };
}
