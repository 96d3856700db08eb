/**
 * Typo tolerance. Pagefind matches only whole words and their prefixes (Pagefind issues #2 and #756),
 * so "thundrbird" finds nothing and "passwrod" finds pages with "pass". Here a query word the index
 * does not know is replaced by the nearest word of the site's vocabulary (search-vocabulary.ts):
 * - a word is known when the vocabulary has it, another form of it (the same Porter stem: "passwords",
 *   "arriving") or a word it begins (typing in progress: "thund"); known words are never corrected;
 * - the nearest word is within Damerau-Levenshtein distance 1 for words of up to 5 letters and 2 for
 *   longer ones, two only with the same first letter (a swap of two letters counts as one: "sapm" →
 *   "spam"); among equals, title words, then
 *   keyword and heading words, then the most frequent win;
 * - codes and numbers ("0x800CCC0E", "5.7.1"), short words and the words of the synonyms file are left
 *   as typed.
 * The distance comes from `damerau-levenshtein` (2 kB, 100M downloads a month) and the stems from
 * `stemmer` (wooorm's Porter stemmer, 4 kB); only the candidate search around them is written here.
 */
import distance from 'damerau-levenshtein';
import { stemmer } from 'stemmer';
import { tokenize } from './query.ts';
import { lowerBound } from './sorted.ts';
import type { VocabularyWord } from './vocabulary.ts';

export interface Correction {
  /** The word as typed (lowercase). */
  from: string;
  to: string;
}

export interface Corrector {
  /** Whether the index knows `word` or another form of it. */
  knows(word: string): boolean;
  /** Whether the index has `word` or another form of it: `knows` without the words kept as typed. */
  inIndex(word: string): boolean;
  /** Whether `word` is a word of the index as it is (not a prefix or another form of one). */
  has(word: string): boolean;
  /**
   * The word the reader is most likely typing when they have typed `prefix`: the vocabulary word that
   * begins with it and makes at least half of the occurrences of all those that do ("passw" →
   * "password"); undefined when none stands out, or for fewer than 3 letters.
   */
  complete(prefix: string): string | undefined;
  /** The vocabulary word meant by an unknown `word`, if one is near enough. */
  correct(word: string): string | undefined;
}

/** The largest edit distance a correction may have for a word of this length. */
export function maxDistance(length: number): number {
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

/** Only words of letters are corrected: codes, numbers and dotted names are typed on purpose. */
function correctable(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}

/**
 * @param keep words never corrected though the index lacks them (the synonyms' keys).
 * @param stem the language's stemmer (stemmers.ts): a word with the stem of a vocabulary word is another form of it.
 */
export function createCorrector(vocabulary: readonly VocabularyWord[], keep: Iterable<string> = [], stem: (word: string) => string = stemmer): Corrector {
  const indexed = new Set(vocabulary.map((v) => v.word));
  const exact = new Set(indexed);
  for (const k of keep) exact.add(k.toLowerCase());
  // The stems and the sorted list are built on the first word that is not in the vocabulary as typed:
  // a search of known words (a linked search, most queries) does without that work.
  let sorted: string[] | undefined;
  const knowing = (words: ReadonlySet<string>) => {
    let stems: Set<string> | undefined;
    let list: string[] | undefined;
    return (word: string) => {
      // One letter: the vocabulary leaves such words out (vocabularyWords), and none is ever corrected.
      if (!correctable(word) || word.length < 2 || words.has(word)) return true;
      stems ??= new Set([...words].map((w) => stem(w)));
      // A stem of 4 letters or more: shorter ones join slips to other words ("pase", a slip of "passe",
      // has the stem of "pas").
      const own = stem(word);
      if (own.length >= 4 && stems.has(own)) return true;
      // A prefix of a known word: Pagefind matches it (the customer is still typing).
      if (word.length < 3) return false;
      list ??= words === exact ? (sorted ??= [...exact].sort()) : [...words].sort();
      return list[lowerBound(list, word)]?.startsWith(word) ?? false;
    };
  };
  const knows = knowing(exact);
  // Without the words kept as typed (the synonyms' keys): a key the articles never use ("webmail") is
  // not in the index, and Pagefind would match a fragment of it ("web", the backups article's title).
  const inIndex = knowing(indexed);
  let counts: Map<string, number> | undefined;
  const complete = (prefix: string): string | undefined => {
    if (prefix.length < 3 || !correctable(prefix)) return undefined;
    sorted ??= [...exact].sort();
    counts ??= new Map(vocabulary.map((v) => [v.word, v.count]));
    const lo = lowerBound(sorted, prefix);
    let best: string | undefined;
    let bestCount = 0;
    let total = 0;
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      const count = counts.get(sorted[i]!) ?? 0;
      total += count;
      if (count > bestCount) [best, bestCount] = [sorted[i], count];
    }
    return best !== undefined && bestCount * 2 >= total ? best : undefined;
  };
  return {
    knows,
    inIndex,
    complete,
    has: (word) => indexed.has(word),
    correct(word) {
      if (knows(word)) return undefined;
      const limit = maxDistance(word.length);
      let best: { word: string; steps: number; rank: number } | undefined;
      // The vocabulary comes sorted by priority (marks, frequency): the first of the nearest wins.
      vocabulary.forEach((candidate, rank) => {
        if (Math.abs(candidate.word.length - word.length) > limit || candidate.word.length < 3) return;
        const { steps } = distance(word, candidate.word);
        // Two edits away only with the same first letter: slips rarely hit it, and otherwise real words
        // the site does not use would be "corrected" to unrelated ones ("source" → "bounce").
        if (steps === 2 && candidate.word[0] !== word[0]) return;
        if (steps <= limit && (!best || steps < best.steps)) best = { word: candidate.word, steps, rank };
      });
      return best?.word;
    },
  };
}

export interface CorrectedQuery {
  /** The query to run: as typed, with the corrected words replaced. */
  query: string;
  corrections: Correction[];
}

/**
 * Corrects the unknown words of a query, leaving the rest (punctuation, codes, case) as typed. A query
 * written in another language of the site is not misspelled: when most of its words are `foreign` (words
 * of the other languages that this one lacks), nothing is corrected ("mot de passe" on the English pages
 * stays French, never "not de passe").
 */
export function correctQuery(raw: string, corrector: Corrector, skip: ReadonlySet<string> = new Set(), foreign: ReadonlySet<string> = new Set()): CorrectedQuery {
  const corrections: Correction[] = [];
  const tokens = [...new Set(tokenize(raw))].filter((t) => !skip.has(t));
  if (tokens.filter((t) => foreign.has(t)).length * 2 > tokens.length) return { query: raw, corrections };
  for (const token of tokens) {
    // A word of another language of the site is a real word: never "corrected" into one of this language.
    if (foreign.has(token)) continue;
    const to = corrector.correct(token);
    if (to && to !== token) corrections.push({ from: token, to });
  }
  let query = raw;
  for (const { from, to } of corrections) query = query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'giu'), to);
  return { query, corrections };
}
