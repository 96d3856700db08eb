/**
 * Finding error codes in free text: SMTP reply codes (RFC 5321), enhanced status codes (RFC 3463)
 * and Outlook's hexadecimal codes. Shared by the report blocks of articles and the bounce analyzer.
 */

export type ErrorCodeKind = 'smtp' | 'enhanced' | 'outlook';

export interface FoundCode {
  kind: ErrorCodeKind;
  /** The code as written in the text. */
  text: string;
  start: number;
  end: number;
}

// A reply code is 3 digits: first 2-5, second 0-5 (RFC 5321 §4.2). The look-arounds keep out parts of
// IP addresses, host names, dates and longer numbers ("123.456.789.00", "550.abc.xyz", "2023"); a full stop
// that ends a sentence is fine.
const SMTP = String.raw`(?<![\w.:+@/-])[2-5][0-5]\d(?![\w:]|\.\w)`;
// class.subject.detail with class 2, 4 or 5 (RFC 3463 §3.1).
const ENHANCED = String.raw`(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)`;
const OUTLOOK = String.raw`\b0x[0-9A-Fa-f]{8}\b`;
const ANY = new RegExp(`(${OUTLOOK})|(${ENHANCED})|(${SMTP})`, 'g');

/** Every error code in `text`, in order of appearance. */
export function findErrorCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (const m of text.matchAll(ANY)) {
    const kind: ErrorCodeKind = m[1] ? 'outlook' : m[2] ? 'enhanced' : 'smtp';
    found.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
