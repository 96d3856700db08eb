/**
 * Reading a pasted report: the codes it contains, the failed recipient, what the remote server
 * answered, and the RFC 3464 fields of a DSN. Each reader is linear and capped (see bounce-analysis.ts):
 * codes are collected chunk by chunk up to MAX_CODES, and the rest is looked for in the text's head.
 */
import { findErrorCodes, type FoundCode } from './error-codes.ts';

/** Code occurrences collected before the scan stops: the first ones are the ones that matter. */
const MAX_CODES = 200;
/** Where the recipient, the server's message and the DSN fields are looked for. */
export const HEAD_CHARS = 256_000;
const CHUNK = 32_768;

// ---------------------------------------------------------------------------------------------
// Codes

/**
 * findErrorCodes, chunk by chunk, stopping after MAX_CODES. Each chunk is read with 16 characters of
 * context on both sides, so the look-arounds see exactly what they would see in the whole text.
 */
export function findCodesCapped(text: string): FoundCode[] {
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

/** The reply codes outside RFC 5321's grammar that the articles list (`pattern`, see bounce-knowledge.ts). */
export function findOtherCodes(text: string, pattern: RegExp | undefined): FoundCode[] {
  if (!pattern) return [];
  const out: FoundCode[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push({ kind: 'smtp', text: m[0], start: m.index, end: m.index + m[0].length });
    if (out.length >= MAX_CODES) break;
  }
  return out;
}

/** A code as the articles write it: Outlook codes as `0x` and upper case. */
export const canonical = (c: FoundCode) => (c.kind === 'outlook' ? `0x${c.text.slice(2).toUpperCase()}` : c.text);

// ---------------------------------------------------------------------------------------------
// The recipient and the server's message

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const EMAIL_ALL = new RegExp(EMAIL.source, 'g');
const RCPT = new RegExp(String.raw`^\s*<?(${EMAIL.source})`);

/**
 * The text of the first HEAD_CHARS, lower-cased without changing its length (so positions found in
 * it are positions in the original) and with typographic apostrophes made straight.
 */
export function lowerHead(head: string): string {
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

/** The address that failed, from the labels reports put around it. */
export function findRecipient(head: string, lower: string): string | undefined {
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
export function findRemoteMessage(head: string, lower: string, firstCode: FoundCode | undefined): string | undefined {
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
export function dsnFields(lower: string): { action?: string | undefined; status?: string | undefined } {
  const field = (name: string) => {
    const match = new RegExp(String.raw`(?:^|\n)[ \t]*${name}:[ \t]*([^\s;]{1,20})`).exec(lower);
    return match?.[1];
  };
  const status = field('status');
  return { action: field('action'), status: status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status) ? status : undefined };
}
