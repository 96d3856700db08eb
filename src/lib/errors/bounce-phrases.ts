/**
 * The known-phrase matcher of the bounce analyzer: the words of a text in the form phrases are
 * compared in, and one Aho-Corasick automaton that finds every phrase in a single pass, however many
 * there are (the analyzer's built-in phrases and every article's own error message).
 */
import type { BounceTables, Marker, Problem } from './bounce-tables.ts';

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

/** The phrase matcher's tables, built once per list of phrases. */
export interface Automaton {
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
export function scanPhrases(text: string, automaton: Automaton, found: (id: number, at: number) => void): void {
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

/** What finding a phrase means: a kind of problem, a marker, or an article's own message. */
export type Payload =
  | { kind: 'problem'; problem: Problem; phrase: string }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'entry'; index: number };

/** The automaton and, by phrase id, what each phrase means. */
export interface Matcher {
  automaton: Automaton;
  payloads: Payload[];
}

/** Builds the matcher for `[phrase, payload]` pairs; a phrase's id is its index in `items`. */
export function buildMatcher(items: ReadonlyArray<readonly [string, Payload]>): Matcher {
  return { automaton: buildAutomaton(items.map(([phrase]) => phrase)), payloads: items.map(([, payload]) => payload) };
}

/** The analyzer's own phrases: the servers' wordings of each kind of problem, then the markers. */
export function builtInPhrases(tables: BounceTables): Array<[string, Payload]> {
  const items: Array<[string, Payload]> = [];
  for (const [problem, spec] of Object.entries(tables.problems) as Array<[Problem, BounceTables['problems'][Problem]]>) {
    for (const phrase of spec.phrases) items.push([phrase, { kind: 'problem', problem, phrase: phrase.replace(/\*$/, '') }]);
  }
  for (const [phrase, marker] of tables.markers) items.push([phrase, { kind: 'marker', marker }]);
  return items;
}
