import { splitLangPath } from '../i18n/languages.ts';

/**
 * The words a missing URL stands for, so the 404 page can search for them: a link is never a dead end.
 * `/email-delivery/bounce-errors` → "bounce errors"; `/restore_email.html` → "restore email".
 * Only the last segment counts (earlier ones are usually a topic the reader did not type); numbers alone
 * are an unknown article id, not words.
 */
export function queryFromPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: keep the raw text.
  }
  const last = path.split('/').filter((s) => s.trim() !== '').pop() ?? '';
  const words = last
    .replace(/\.(html?|php|aspx?)$/i, '')
    .split(/[\s\-_.+,;:]+/)
    .filter((w) => w !== '' && !/^\d+$/.test(w));
  return words.join(' ').toLowerCase().slice(0, 100);
}

/** The article id a missing short link asked for (`/1234`, `/de/1234` → 1234), if that is what it is. */
export function idFromPath(pathname: string): number | undefined {
  const match = /^\/(\d+)\/?$/.exec(splitLangPath(pathname).path);
  return match ? Number(match[1]) : undefined;
}

/** What a sentence leaves after a pasted link: `/1007.`, `/1007),`, `#pop3.`, a closing quote. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"»”’]+$/u;
const TRAILING_PUNCTUATION_AND_SLASH = /[.,;:!?)\]}>'"»”’]+\/?$/u;

/**
 * The path a reader meant when they pasted a link with what came after it in a sentence or typed it in
 * capitals: `/1007.`, `/1007)`, `/RESTORE-EMAILS` → `/1007`, `/restore-emails`. Undefined when the path
 * was already clean: the 404 page then has nothing to retry (and never loops).
 */
export function cleanedPastedPath(pathname: string): string | undefined {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const cleaned = path.replace(TRAILING_PUNCTUATION_AND_SLASH, '').toLowerCase();
  return cleaned !== path && cleaned !== '' && /^\/[a-z0-9/-]*$/.test(cleaned) ? cleaned : undefined;
}

/**
 * The section a pasted `#fragment` meant (`not-restored.` → `not-restored`, `POP3` → `pop3`), when it
 * differs from what was pasted: section ids are lowercase and never end in punctuation.
 */
export function cleanedFragment(fragment: string): string | undefined {
  const cleaned = fragment.replace(TRAILING_PUNCTUATION, '').toLowerCase();
  return cleaned !== fragment && cleaned !== '' ? cleaned : undefined;
}
