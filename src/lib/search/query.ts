/**
 * Turns what a customer types into the queries the search runs. Pagefind returns only pages that
 * contain every word of a query, so a question like "I want to switch my blog over to your servers"
 * finds nothing as typed. Here:
 * - words that carry no meaning ("I", "want", "my", "your") are dropped;
 * - synonyms add alternatives in the articles' words ("junk" → "spam"), from content/synonyms.yaml;
 * - technical terms keep their dots ("5.7.1", "mail.infomaniak.com", "0x800CCC0E"); dotted names also get
 *   the compact form the index stores for them.
 * The search then runs each word with its alternatives and ranks pages by how many words they match (search.ts).
 */
import { STOP_WORDS as STOP_WORDS_OF } from '../../i18n/stop-words.ts';

/** Words that carry no meaning for the search, in English (each language's: src/i18n/stop-words.ts). */
export const STOP_WORDS = STOP_WORDS_OF.en;

export type Synonyms = ReadonlyMap<string, readonly string[]>;

/** Reads the synonyms file's mapping (phrase → alternatives) into a lookup with lowercase keys. */
export function toSynonyms(data: Record<string, string[]>): Synonyms {
  return new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase().trim(), v.map((s) => s.toLowerCase().trim())]));
}

/** Splits a query into lowercase terms; punctuation goes, but dots and dashes inside terms stay. */
export function tokenize(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"«»]/g, ' ')
    .split(/[\s,;:!?()[\]{}<>/\\|]+/)
    // French and Italian elisions: "l'adresse" and "dell'account" search "adresse" and "account"; French
    // inverted pronouns go too: "faut-il", "peut-on" search "faut", "peut" (stop words, then).
    .map((t) => t.replace(/^(?:[ldjnmstc]|qu|dell|nell|all|dall|sull)'(?=\p{L})/u, '').replace(/-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce)$/u, ''))
    .map((t) => t.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((t) => t !== '');
}

/**
 * The compact form of a dotted name, which Pagefind would otherwise split at the dots:
 * "mail.infomaniak.com" → "mailinfomaniakcom". Codes made of digits ("5.7.1") are left alone: Pagefind
 * already matches them as typed.
 */
export function compactTerm(term: string): string | undefined {
  return /[a-z]/i.test(term) && /^[\w-]+(\.[\w-]+)+$/.test(term) ? term.replace(/[.-]/g, '').toLowerCase() : undefined;
}

export interface QueryPlan {
  /**
   * The meaningful words (or phrases) of the query, each with its alternatives, first the word as
   * typed: `[["junk mail", "spam"], ["every"]]`. Stop words are gone unless nothing else is left.
   */
  slots: string[][];
}

/** Plans the search for what the customer typed; at most `maxSlots` words and 4 alternatives each; `stopWords` of its language. */
export function planQuery(raw: string, synonyms: Synonyms = new Map(), maxSlots = 8, stopWords: ReadonlySet<string> = STOP_WORDS): QueryPlan {
  const all = tokenize(raw).slice(0, 16);
  const slots: string[][] = [];
  // A synonym phrase is matched before stop words go, so that "get back" and "keeps asking" count.
  for (let i = 0; i < all.length; ) {
    let len = Math.min(3, all.length - i);
    while (len > 0 && !synonyms.has(all.slice(i, i + len).join(' '))) len--;
    if (len > 0) {
      const phrase = all.slice(i, i + len).join(' ');
      // The phrase itself is searched without its filler words ("mailbox is full" → "mailbox full"):
      // Pagefind would match "is" as a prefix of any word.
      const typed = phrase.split(' ').filter((w) => !stopWords.has(w)).join(' ') || phrase;
      slots.push([...new Set([typed, ...synonyms.get(phrase)!])].slice(0, 4));
      i += len;
      continue;
    }
    const term = all[i++]!;
    if (stopWords.has(term)) continue;
    // A dotted name is looked up in its compact form too (see indexTerms).
    const compact = compactTerm(term);
    slots.push(compact ? [term, compact] : [term]);
  }
  if (slots.length === 0) slots.push(...all.map((t) => [t])); // only stop words: search them as typed
  return { slots: slots.slice(0, maxSlots) };
}

/**
 * The terms an article adds to the index besides its text (keywords, error codes): each as written, and
 * dotted names also in their compact form, which the query side produces for them too.
 */
export function indexTerms(terms: string[]): string[] {
  return [...new Set(terms.flatMap((t) => tokenize(t).map(compactTerm).filter((c): c is string => c !== undefined).concat(t)))];
}
