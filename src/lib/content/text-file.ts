/**
 * Every content file is read through here, the way editors write them: a byte order mark (Windows
 * editors add one) is dropped and CRLF line endings become LF, so that every reader (frontmatter, the
 * content index, YAML data files, the lint) sees the same text and line numbers. A file that is not
 * valid UTF-8 is refused at its first bad byte rather than shipped as garbled text (`�`).
 * The file on disk is never rewritten.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type Problem } from '../problems.ts';

const BOM = 0xfeff;

/** The text of a file's bytes; throws a ContentError at the first byte that is not UTF-8. */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ContentError([invalidUtf8Problem(bytes, file)]);
  }
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  return text.replaceAll('\r\n', '\n');
}

/** Reads a content file as text (see decodeText); problems name it `shownAs` (by default relative to the working folder). */
export function readTextFile(file: string, shownAs = path.relative(process.cwd(), file) || file): string {
  return decodeText(readFileSync(file), shownAs);
}

/**
 * Where the first invalid byte is, as a problem at its line and column. The lenient decoder marks it
 * with U+FFFD; a U+FFFD the author really wrote is the three bytes EF BF BD and is skipped.
 * (TextDecoder's fatal mode and Buffer's isUtf8 say only *that* a file is broken, not where.)
 */
export function invalidUtf8Problem(bytes: Uint8Array, file: string): Problem {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (cp === 0x0a) [line, column] = [line + 1, 1];
    else if (cp !== BOM || offset > 3) column += 1;
  }
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    file, line, column,
    message: `the file is not valid UTF-8 (byte 0x${byte}): it would show as garbled text`,
    hint: 'save it again with the UTF-8 encoding (in most editors: "Save with encoding" → UTF-8); a single accented letter saved as Windows-1252 or Latin-1 causes this',
  };
}
