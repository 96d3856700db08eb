/**
 * The bounce analyzer's knowledge of the site: each article's error entry with its codes and the kinds
 * of problem it is about, and the phrase matcher that also finds the entries' own messages. Built once
 * per list of known errors, since the automaton is the costly part.
 */
import { buildMatcher, builtInPhrases, scanPhrases, toWords, type Matcher } from './bounce-phrases.ts';
import type { BounceTables, Problem } from './bounce-tables.ts';
import { parseEntryCodes, type EntryCodes, type KnownError } from './error-index.ts';

/** An article's entry, prepared once: its codes, its message's length, the kinds of problem it covers. */
export interface PreparedEntry {
  entry: KnownError;
  codes: EntryCodes;
  codeCount: number;
  messageWords: number;
  /** Problem → how surely the entry is about it (1 from its message or code, 0.5 from its meaning). */
  problems: Map<Problem, number>;
}

/** What the analyzer derives once from the tables and the articles' errors. */
export interface Knowledge {
  matcher: Matcher;
  entries: PreparedEntry[];
  /** Matches the reply codes of the entries that RFC 5321's grammar (and findErrorCodes) leaves out. */
  otherCodes?: RegExp | undefined;
}

// By tables, then by list: the page has one of each, the tests a few lists with the same tables.
const prepared = new WeakMap<BounceTables, WeakMap<ReadonlyArray<KnownError>, Knowledge>>();

/** The automaton and the entries' kinds of problem, built once per list of known errors. */
export function prepare(known: ReadonlyArray<KnownError>, tables: BounceTables): Knowledge {
  let byList = prepared.get(tables);
  if (!byList) prepared.set(tables, (byList = new WeakMap()));
  const cached = byList.get(known);
  if (cached) return cached;
  const items = builtInPhrases(tables);
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
    if (problems.size === 0) for (const p of problemsOfCodes(codes.enhanced, codes.reply, tables)) problems.set(p, 1);
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
  byList.set(known, knowledge);
  return knowledge;
}

/** The kinds of problem the codes name by themselves; reply codes count only without enhanced ones. */
export function problemsOfCodes(enhanced: readonly string[], reply: readonly string[], tables: BounceTables): Problem[] {
  const out: Problem[] = [];
  for (const code of enhanced) {
    const p = tables.enhancedProblems[code.split('.').slice(1).join('.')];
    if (p) out.push(p);
  }
  if (enhanced.length > 0) return out;
  for (const code of reply) {
    const p = tables.replyProblems[code];
    if (p) out.push(p);
  }
  return out;
}
