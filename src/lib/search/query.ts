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
import { NEGATIONS, STOP_WORDS as STOP_WORDS_OF } from '../../i18n/stop-words.ts';
import type { Lang } from '../../i18n/languages.ts';

/** Words that carry no meaning for the search, in English (each language's: src/i18n/stop-words.ts). */
export const STOP_WORDS = STOP_WORDS_OF.en;

/** What a query's language says of its words: those that carry no meaning, and how it says "does not work". */
export interface QueryLanguage {
  stopWords: ReadonlySet<string>;
  negation?: { words: ReadonlySet<string>; as: string } | undefined;
}

export function queryLanguage(lang: Lang): QueryLanguage {
  return { stopWords: STOP_WORDS_OF[lang], negation: NEGATIONS[lang] };
}

/** Words that typo correction must leave as they are: stop words and negations ("dont", "wont"). */
export function uncorrectedWords(language: QueryLanguage): ReadonlySet<string> {
  return new Set([...language.stopWords, ...(language.negation?.words ?? [])]);
}

export type Synonyms = ReadonlyMap<string, readonly string[]>;

/** Reads the synonyms file's mapping (phrase → alternatives) into a lookup with lowercase keys. */
export function toSynonyms(data: Record<string, string[]>): Synonyms {
  return new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase().trim(), v.map((s) => s.toLowerCase().trim())]));
}

/** Splits a query into lowercase terms; punctuation goes, but dots and dashes inside terms stay. */
export function tokenize(query: string): string[] {
  return query
    .toLowerCase()
    // A typographic apostrophe inside a word is an apostrophe (phones type "can’t", "l’adresse"); other
    // quotes separate words.
    .replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'")
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
  /**
   * The slots of a negation ("cannot receiving", then "receiving" alone; "cannot send", then its
   * synonyms): only their first alternative says what the customer said, so only it counts when a title
   * is matched (a title with "receive" is not about not receiving), and it counts fully only where its
   * words stand together (ranking.ts, negationsTogether).
   */
  negated: ReadonlySet<number>;
}

/**
 * Plans the search for what the customer typed; at most `maxSlots` words and 4 alternatives each, with the
 * stop words and negations of its language. A negation ("not", "cant") becomes the articles' word for it
 * ("cannot") searched together with the word it negates, then each alone as alternatives: "not
 * receiving emails" searches ["cannot receiving", "receiving", "cannot"] and ["emails"], so
 * troubleshooting pages ("cannot receive email") come before pages that only mention receiving, and no
 * page is lost.
 */
export function planQuery(raw: string, synonyms: Synonyms = new Map(), language: QueryLanguage = { stopWords: STOP_WORDS }, maxSlots = 8): QueryPlan {
  const { stopWords, negation } = language;
  const typed = tokenize(raw).slice(0, 16);
  const all = negation ? typed.map((t) => (negation.words.has(t) ? negation.as : t)) : typed;
  const slots: string[][] = [];
  const negated = new Set<number>();
  // The longest synonym phrase (up to 3 words) starting at `i`, as typed ("not arriving") or with its negation as the articles say it ("cannot send").
  const phraseAt = (i: number): number => {
    for (let len = Math.min(3, all.length - i); len > 0; len--) {
      if (synonyms.has(typed.slice(i, i + len).join(' ')) || synonyms.has(all.slice(i, i + len).join(' '))) return len;
    }
    return 0;
  };
  // A synonym phrase is matched before stop words go, so that "get back" and "keeps asking" count.
  for (let i = 0; i < all.length; ) {
    const len = phraseAt(i);
    if (len > 0) {
      // A phrase written in the synonyms as typed ("no such user", a bounce's words) is searched as typed.
      const words = synonyms.has(typed.slice(i, i + len).join(' ')) ? typed : all;
      const phrase = words.slice(i, i + len).join(' ');
      // The phrase itself is searched without its filler words ("mailbox is full" → "mailbox full"):
      // Pagefind would match "is" as a prefix of any word.
      const searched = words.slice(i, i + len).filter((w) => !stopWords.has(w)).join(' ') || phrase;
      // A negation of a filler word ("dont get" is "cannot" and "get") is said by its synonym ("cannot receive").
      const slot = [...new Set([...(negation && searched === negation.as ? [] : [searched]), ...synonyms.get(phrase)!])].slice(0, 4);
      if (negation && slot[0]!.startsWith(`${negation.as} `)) negated.add(slots.length);
      slots.push(slot);
      i += len;
      continue;
    }
    const term = all[i++]!;
    // One negation per query: "can't … no longer" says it twice.
    if (negation && term === negation.as && negated.size > 0) continue;
    if (negation && term === negation.as) {
      let next = i;
      while (next < all.length && stopWords.has(all[next]!)) next++;
      const word = all[next];
      if (word !== undefined && word !== negation.as) {
        negated.add(slots.length);
        slots.push([...new Set([`${term} ${word}`, word, term, ...(synonyms.get(word) ?? [])])].slice(0, 4));
        i = next + 1;
      } else slots.push([term]);
      continue;
    }
    if (stopWords.has(term)) continue;
    // A dotted name is looked up in its compact form too (see indexTerms).
    const compact = compactTerm(term);
    slots.push(compact ? [term, compact] : [term]);
  }
  if (slots.length === 0) slots.push(...all.map((t) => [t])); // only stop words: search them as typed
  return { slots: slots.slice(0, maxSlots), negated };
}

/**
 * The terms an article adds to the index besides its text (keywords, error codes): each as written, and
 * dotted names also in their compact form, which the query side produces for them too.
 */
export function indexTerms(terms: string[]): string[] {
  return [...new Set(terms.flatMap((t) => tokenize(t).map(compactTerm).filter((c): c is string => c !== undefined).concat(t)))];
}
