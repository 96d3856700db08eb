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
import { NEGATIONS, STOP_WORDS as STOP_WORDS_OF, type NegationRule } from '../../i18n/stop-words.ts';
import type { Lang } from '../../i18n/languages.ts';
import { STEMMERS } from './stemmers.ts';

/** Words that carry no meaning for the search, in English (each language's: src/i18n/stop-words.ts). */
export const STOP_WORDS = STOP_WORDS_OF.en;

/** What a query's language says of its words: those that carry no meaning, and how it says "does not work". */
export interface QueryLanguage {
  stopWords: ReadonlySet<string>;
  negation?: NegationRule | undefined;
  /**
   * The stemmer by which a synonym's key also matches other forms of its words ("bouncing back" the key
   * "bounce back", "not going out" the key "cannot go out"). English only so far: the other languages'
   * synonyms files list the forms customers type, and matching them by their Snowball stems (stemmers.ts)
   * is untried. Without it, keys match as written.
   */
  stem?: ((word: string) => string) | undefined;
}

export function queryLanguage(lang: Lang): QueryLanguage {
  return { stopWords: STOP_WORDS_OF[lang], negation: NEGATIONS[lang], stem: lang === 'en' ? STEMMERS.en : undefined };
}

/** The synonyms' keys by the stems of their words (computed once per synonyms map). */
const stemmedCache = new WeakMap<Synonyms, Map<string, string>>();
function stemmedKeys(synonyms: Synonyms, stem: (word: string) => string): Map<string, string> {
  let keys = stemmedCache.get(synonyms);
  if (!keys) {
    keys = new Map();
    // The first key wins a stem two keys share ("mean" and "meaning" say the same anyway).
    for (const key of synonyms.keys()) {
      const stems = key.split(' ').map(stem).join(' ');
      if (!keys.has(stems)) keys.set(stems, key);
    }
    stemmedCache.set(synonyms, keys);
  }
  return keys;
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
 * stop words and negations of its language. A negation ("not", "cant") is searched together with the word
 * it negates (in English as the articles' word for it, "cannot"), then each alone as alternatives: "not
 * receiving emails" searches ["cannot receiving", "receiving", "cannot"] and ["emails"], so
 * troubleshooting pages ("cannot receive email") come before pages that only mention receiving, and no
 * page is lost. Which word it negates is the language's rule (`NegationRule.binds`): the next one in
 * English, Italian and Spanish, the clause's verb in German ("ich kann keine E-Mails senden" searches
 * ["keine senden", "senden", "keine"] and ["e-mails"]).
 */
export function planQuery(raw: string, synonyms: Synonyms = new Map(), language: QueryLanguage = { stopWords: STOP_WORDS }, maxSlots = 8): QueryPlan {
  const { stopWords, negation } = language;
  const typed = tokenize(raw).slice(0, 16);
  const isNegation = (t: string) => negation !== undefined && (negation.words.has(t) || t === negation.as);
  const all = negation?.as ? typed.map((t) => (negation.words.has(t) ? negation.as! : t)) : typed;
  const slots: string[][] = [];
  const negated = new Set<number>();
  // The synonyms' keys by the stems of their words, in a language with a stemmer: "bouncing back" is "bounce back".
  const stemmed = language.stem ? stemmedKeys(synonyms, language.stem) : undefined;
  const keyOf = (words: string[]) => (synonyms.has(words.join(' ')) ? words.join(' ') : stemmed?.get(words.map(language.stem!).join(' ')));
  // The longest synonym phrase (up to 3 words) starting at `i`, as typed ("not arriving") or with its negation as the articles
  // say it ("cannot send"), or another form of either ("cannot going out" is "cannot go out"): its length and key.
  const phraseOf = (i: number): { len: number; key: string; typed: boolean } | undefined => {
    for (let len = Math.min(3, all.length - i); len > 0; len--) {
      const asTyped = keyOf(typed.slice(i, i + len));
      const key = asTyped ?? keyOf(all.slice(i, i + len));
      if (key !== undefined) return { len, key, typed: asTyped !== undefined };
    }
    return undefined;
  };
  const phraseAt = (i: number): number => phraseOf(i)?.len ?? 0;
  // A word searched alone, by its place in the query: a German negation may negate a word before it.
  const alone = new Map<number, number>();
  // A word after a negation that the negation took (a German verb at the end of the clause).
  const taken = new Set<number>();
  // A synonym phrase is matched before stop words go, so that "get back" and "keeps asking" count.
  for (let i = 0; i < all.length; ) {
    if (taken.has(i)) {
      i++;
      continue;
    }
    const found = phraseOf(i);
    if (found) {
      const { len, key } = found;
      // A phrase written in the synonyms as typed ("no such user", a bounce's words) is searched as typed.
      const words = found.typed ? typed : all;
      const phrase = words.slice(i, i + len).join(' ');
      // The phrase itself is searched without its filler words ("mailbox is full" → "mailbox full"):
      // Pagefind would match "is" as a prefix of any word.
      const searched = words.slice(i, i + len).filter((w) => !stopWords.has(w)).join(' ') || phrase;
      // A negation of a filler word ("dont get" is "cannot" and "get") is said by its synonym ("cannot receive").
      const slot = [...new Set([...(isNegation(searched) ? [] : [searched]), ...synonyms.get(key)!])].slice(0, 4);
      if (saysNegation(slot[0]!, negation)) negated.add(slots.length);
      // A word with synonyms is still a word a German negation may negate ("Mails versenden").
      if (len === 1) alone.set(i, slots.length);
      slots.push(slot);
      i += len;
      continue;
    }
    const at = i++;
    const term = all[at]!;
    if (isNegation(term)) {
      // One negation per query: "can't … no longer" says it twice.
      if (negated.size > 0) continue;
      const previous = [...alone.keys()].filter((j) => j < at).at(-1);
      const afterVerb = negation!.afterVerb;
      const bound =
        afterVerb?.words.has(typed[at]!) && previous !== undefined && afterVerb.verbForm.test(all[previous]!) ? previous : negation!.binds === 'verb' ? verbOf(at) : nextWord(at);
      if (bound === undefined) {
        slots.push([term]);
        continue;
      }
      const word = all[bound]!;
      const slot = [...new Set([`${term} ${word}`, word, term, ...(synonyms.get(word) ?? [])])].slice(0, 4);
      const before = alone.get(bound);
      if (before !== undefined) {
        slots[before] = slot;
        negated.add(before);
      } else {
        negated.add(slots.length);
        slots.push(slot);
        // The words between are filler words (English) or searched on their own (a German object).
        if (negation!.binds === 'next') i = bound + 1;
        else taken.add(bound);
      }
      continue;
    }
    if (stopWords.has(term)) continue;
    // A dotted name is looked up in its compact form too (see indexTerms).
    const compact = compactTerm(term);
    if (!compact) alone.set(at, slots.length);
    slots.push(compact ? [term, compact] : [term]);
  }
  if (slots.length === 0) slots.push(...all.map((t) => [t])); // only stop words: search them as typed
  return { slots: slots.slice(0, maxSlots), negated };

  /** The next word after the negation at `at` that is not a filler word ("cant … send"). */
  function nextWord(at: number): number | undefined {
    let next = at + 1;
    while (next < all.length && stopWords.has(all[next]!)) next++;
    return next < all.length && !isNegation(all[next]!) ? next : undefined;
  }

  /** The verb of the negation at `at`'s clause, in a language that puts it last or before (NegationRule.binds). */
  function verbOf(at: number): number | undefined {
    const { auxiliaries, questions, verbForm } = negation!;
    // The words after it, up to a synonym phrase of several words or another negation: they are its clause.
    const after: number[] = [];
    for (let j = at + 1; j < all.length && phraseAt(j) < 2 && !isNegation(all[j]!); j++) if (!stopWords.has(all[j]!)) after.push(j);
    const before = [...alone.keys()].filter((j) => j < at);
    const last = after.at(-1);
    // "ich kann keine E-Mails senden", "Mails werden nicht zugestellt", "E-Mail nicht zugestellt".
    if (last !== undefined && (all.slice(0, at).some((t) => auxiliaries?.has(t)) || verbForm?.test(all[last]!))) return last;
    // "warum kommen meine Mails nicht an", "Outlook sendet nicht".
    if (before.length > 0) return questions?.has(all[0]!) ? before[0] : before.at(-1);
    return after[0];
  }
}

/**
 * Whether a synonym phrase's search says a negation as the articles do: "cannot send" (the articles'
 * word), "kann nicht senden" in a language whose negations are searched as typed. A phrase with the
 * customer's negation where the articles use another word ("not arriving", "no such user") is not one.
 */
function saysNegation(searched: string, negation: NegationRule | undefined): boolean {
  const [first, ...rest] = searched.split(' ');
  if (!negation || rest.length === 0) return false;
  return negation.as ? first === negation.as : negation.words.has(first!);
}

/**
 * The terms an article adds to the index besides its text (keywords, error codes): each as written, and
 * dotted names also in their compact form, which the query side produces for them too.
 */
export function indexTerms(terms: string[]): string[] {
  return [...new Set(terms.flatMap((t) => tokenize(t).map(compactTerm).filter((c): c is string => c !== undefined).concat(t)))];
}
