/**
 * The bounce analyzer: reads a pasted delivery failure report, error popup or single line and says
 * what happened, whether it is temporary or permanent, who must act, what the enhanced status code
 * means per RFC 3463, and which article sections to read, most specific first.
 *
 * It runs in the browser on whatever people paste, so every step is linear and capped: codes are
 * found chunk by chunk and counting stops at MAX_CODES; all phrases are matched in one pass by an
 * Aho-Corasick automaton, whatever their number; the recipient and the server's message are looked
 * for in the first HEAD_CHARS only, where every report format puts them; text beyond MAX_INPUT is
 * ignored. No regular expression can backtrack catastrophically: none nests ambiguous quantifiers,
 * and the address pattern only runs on windows of a few hundred characters. 1 MB takes about
 * 10-20 ms (bench/analyze-1mb.ts).
 *
 * What it knows about the site comes from the articles' `errors` lists (KnownError, see
 * error-index.ts). The phrases of bounce-tables.ts only recognize the *kind* of problem in a
 * server's wording ("User unknown in virtual mailbox table" is an unknown recipient); the articles
 * whose own entries have that kind are then recommended.
 *
 * This module combines the parts: bounce-report.ts reads the report (codes, recipient, server's
 * message, DSN fields), bounce-phrases.ts finds the known phrases, bounce-knowledge.ts prepares the
 * articles' entries, bounce-problems.ts weighs the kinds of problem against each other (a cause before
 * its consequence, no login reading of a failed SPF check) and bounce-ranking.ts scores the entries.
 * What it knows about mail in general is data,
 * BounceTables (bounce-tables.ts), passed in by the caller: the page reads it from its JSON, so the
 * script carries only logic. So are the words it writes (AnalyzerStrings, from
 * src/i18n/errors/<lang>.ts): the summary, the codes' meanings and the sentences it makes are in the
 * language of the strings it is given, and the page embeds its own language's.
 */
import { prepare, problemsOfCodes, type Knowledge } from './bounce-knowledge.ts';
import { scanPhrases, toWords } from './bounce-phrases.ts';
import { noteProblem, settleProblems, strongest, type ProblemEvidence } from './bounce-problems.ts';
import { recommend, W_ENHANCED_PROBLEM, W_PHRASE, W_REPLY_PROBLEM, type Recommendation } from './bounce-ranking.ts';
import { canonical, dsnFields, findCodesCapped, findOtherCodes, findRecipient, findRemoteMessage, HEAD_CHARS, lowerHead } from './bounce-report.ts';
import type { Actor, BounceTables, Marker, Problem } from './bounce-tables.ts';
import type { FoundCode } from './error-codes.ts';
import { parseEntryCodes, type KnownError } from './error-index.ts';
import { describeEnhancedCode, describeReplyCode, type EnhancedCodeInfo, type ReplyCodeInfo } from './smtp-codes.ts';
import { format } from '../../i18n/format.ts';
import type { AnalyzerStrings } from '../../i18n/errors/en.ts';

export { toWords } from './bounce-phrases.ts';
export type { Recommendation } from './bounce-ranking.ts';
export type { Actor, BounceTables, Problem } from './bounce-tables.ts';
export type { AnalyzerStrings } from '../../i18n/errors/en.ts';

/** What the /errors/ page embeds as JSON for its script: the articles' errors, the tables, and the words in the page's language. */
export interface BounceData {
  known: KnownError[];
  tables: BounceTables;
  strings: AnalyzerStrings;
}

/** Characters analyzed; a longer paste is cut (and the result says so). */
export const MAX_INPUT = 2_000_000;

/** What happens to the message. */
export type Outcome = 'temporary' | 'permanent' | 'success' | 'unknown';

export interface CodeFinding {
  kind: 'smtp' | 'enhanced' | 'outlook';
  code: string;
  /** What the standard (or, for Outlook, the knowledge base) says it means, in the strings' language. */
  meaning?: string | undefined;
}

export interface Analysis {
  /** `empty`: nothing pasted; `unrecognized`: no code and no known wording found. */
  status: 'empty' | 'unrecognized' | 'diagnosed';
  /** The paste was longer than MAX_INPUT and only its beginning was read. */
  truncated: boolean;
  /** Where the text comes from, as far as it tells. */
  context: 'report' | 'client' | 'unknown';
  /** Codes found, each once, in order of appearance (at most 12). */
  codes: CodeFinding[];
  /** Known wordings found: the articles' messages and the server phrases recognized (at most 12). */
  phrases: string[];
  /** The address that failed, when the report names it. */
  recipient?: string | undefined;
  /** What the remote server answered, when the report quotes it (at most 400 characters). */
  remoteMessage?: string | undefined;
  outcome: Outcome;
  problem?: Problem | undefined;
  actor?: Actor | undefined;
  /** What happened, in one or two plain sentences, in the strings' language (or the article's). */
  summary?: string | undefined;
  /** RFC 3463 meaning of the report's main enhanced status code. */
  standard?: EnhancedCodeInfo | undefined;
  /** RFC 5321 meaning of the report's main reply code. */
  reply?: ReplyCodeInfo | undefined;
  /** Sections to read, best first. */
  recommendations: Recommendation[];
}

/**
 * Builds the phrase automaton for a list of known errors ahead of the first analysis (the page calls
 * it when idle), so that the first paste is as quick as the next ones.
 */
export function prepareAnalyzer(known: ReadonlyArray<KnownError>, tables: BounceTables): void {
  prepare(known, tables);
}

// ---------------------------------------------------------------------------------------------
// The analysis

/**
 * Analyzes pasted text against the errors the articles explain, with what `tables` says about mail in
 * general (BOUNCE_TABLES, or the same parsed from the page's JSON), and says it with `strings` (a
 * language's AnalyzerStrings; `known` is in the same language). Pure and synchronous: the same text,
 * list, tables and strings always give the same result, and nothing leaves the function.
 */
export function analyzeReport(input: string, known: ReadonlyArray<KnownError>, tables: BounceTables, strings: AnalyzerStrings): Analysis {
  const truncated = input.length > MAX_INPUT;
  const text = truncated ? input.slice(0, MAX_INPUT) : input;
  const base: Analysis = { status: 'empty', truncated, context: 'unknown', codes: [], phrases: [], outcome: 'unknown', recommendations: [] };
  if (text.trim() === '') return base;

  const knowledge = prepare(known, tables);
  const head = text.slice(0, HEAD_CHARS);
  const lower = lowerHead(head);

  // Codes, each once, in order of appearance.
  const found = [...findCodesCapped(text), ...findOtherCodes(text, knowledge.otherCodes)].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const unique = found.filter((c) => !seen.has(canonical(c)) && seen.add(canonical(c)));
  const replies = new Set(unique.filter((c) => c.kind === 'smtp').map(canonical));
  const enhanced = new Set(unique.filter((c) => c.kind === 'enhanced').map(canonical));
  const outlook = new Set(unique.filter((c) => c.kind === 'outlook').map(canonical));

  // Phrases. Multi-line server answers repeat the code at the start of each line ("550-5.1.1 "): those
  // prefixes are dropped so that a phrase broken over two lines still reads as one.
  const unprefixed = text.replace(/\n[ \t]*[2-5]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, '\n');
  const markers = new Set<Marker>();
  const phraseProblems = new Map<Problem, number>();
  const entryHits = new Set<number>();
  const phrases: Array<{ text: string; at: number }> = [];
  const seenPhrase = new Set<number>();
  scanPhrases(unprefixed, knowledge.matcher.automaton, (id, at) => {
    if (seenPhrase.has(id)) return;
    seenPhrase.add(id);
    const payload = knowledge.matcher.payloads[id]!;
    if (payload.kind === 'marker') markers.add(payload.marker);
    else if (payload.kind === 'entry') {
      entryHits.add(payload.index);
      phrases.push({ text: knowledge.entries[payload.index]!.entry.message!, at });
    } else {
      if (!phraseProblems.has(payload.problem)) phraseProblems.set(payload.problem, at);
      phrases.push({ text: payload.phrase, at });
    }
  });
  const context: Analysis['context'] = markers.has('report') ? 'report' : markers.has('client') || outlook.size > 0 ? 'client' : 'unknown';

  // The main codes: the DSN's Status field, else the first failure code of each kind.
  const dsn = dsnFields(lower);
  const failure = (c: FoundCode) => c.kind !== 'outlook' && /^[45]/.test(c.text);
  const firstFailure = found.find(failure);
  const mainEnhanced = dsn.status ?? unique.find((c) => c.kind === 'enhanced' && failure(c))?.text ?? unique.find((c) => c.kind === 'enhanced')?.text;
  const mainReply = unique.find((c) => c.kind === 'smtp' && failure(c))?.text ?? unique.find((c) => c.kind === 'smtp')?.text;

  // Kinds of problem, by the strongest evidence for each.
  const problems: ProblemEvidence = new Map();
  const note = (p: Problem, weight: number, at: number) => noteProblem(problems, p === 'timeout' && context === 'report' ? 'temporary-failure' : p, weight, at);
  for (const [p, at] of phraseProblems) note(p, W_PHRASE, at);
  const codeWeight = phraseProblems.size > 0 ? W_ENHANCED_PROBLEM / 2 : W_ENHANCED_PROBLEM;
  for (const p of problemsOfCodes([...enhanced], [], tables)) note(p, codeWeight, Number.MAX_SAFE_INTEGER);
  if (enhanced.size === 0) for (const p of problemsOfCodes([], [...replies], tables)) note(p, W_REPLY_PROBLEM, Number.MAX_SAFE_INTEGER);
  const ruledOut = settleProblems(problems, tables);

  const outcome = decideOutcome(dsn.action, mainEnhanced, mainReply, markers, problems);
  // "Service unavailable" in a 5xx answer is part of the wording, not a temporary failure.
  if (outcome === 'permanent') for (const p of ['temporary-failure', 'delayed'] as const) problems.delete(p);
  let top = strongest(problems);
  // A bare 4xx code still points to the section on temporary failures, without claiming to know more.
  if (problems.size === 0 && firstFailure?.text.startsWith('4')) note('temporary-failure', 10, Number.MAX_SAFE_INTEGER);
  const { recommendations, bestEntry, strong } = recommend(knowledge.entries, { replies, enhanced, outlook, entryHits, problems, ruledOut, top });
  // An article's own message or Outlook code found in the text says best what happened: the kind of
  // problem follows that entry when the text supports it.
  if (strong && bestEntry) {
    const supported = new Map([...problems].filter(([p]) => bestEntry.problems.get(p) === 1));
    top = strongest(supported) ?? top;
  }

  const codes: CodeFinding[] = unique.slice(0, 12).map((c) => ({ kind: c.kind, code: canonical(c), meaning: codeMeaning(c, known, strings) }));
  const standard = mainEnhanced ? describeEnhancedCode(mainEnhanced, strings.codes) : undefined;
  const reply = mainReply ? describeReplyCode(mainReply, strings.codes) : undefined;
  const recognized = unique.length > 0 || problems.size > 0 || entryHits.size > 0 || markers.has('permanent') || markers.has('temporary');
  if (!recognized) return { ...base, status: 'unrecognized', context };

  const best = recommendations[0];
  const summary = (strong ? best?.meaning : undefined)
    ?? (top ? strings.problems[top] : undefined)
    // A code alone (5.7.1) fits several articles: the standard meaning, not a guess between them.
    ?? standard?.plain
    ?? (reply?.text ? format(strings.diagnosis.serverAnswered, { code: reply.code, text: reply.text }) : undefined)
    ?? best?.meaning;
  const actor: Actor | undefined = top ? tables.problems[top].actor
    : (standard ? actorOfSubject(standard.subject) : undefined)
      ?? (context === 'client' ? 'sender' : outcome === 'temporary' ? 'nobody' : undefined);

  return {
    status: 'diagnosed',
    truncated,
    context,
    codes,
    phrases: listPhrases(phrases, entryHits, knowledge),
    recipient: findRecipient(head, lower),
    remoteMessage: findRemoteMessage(head, lower, context === 'report' ? firstFailure : undefined),
    outcome,
    problem: top,
    actor: outcome === 'success' ? undefined : actor,
    summary: outcome === 'success' && !top ? strings.outcomes.success : summary,
    standard,
    reply,
    recommendations,
  };
}

/**
 * The wordings found, in order, each once: a server phrase already inside an article's message found
 * in the text ("quota exceeded" in "Mailbox disk quota exceeded") is not listed again.
 */
function listPhrases(phrases: Array<{ text: string; at: number }>, entryHits: Set<number>, knowledge: Knowledge): string[] {
  const messages = [...entryHits].map((i) => ` ${toWords(knowledge.entries[i]!.entry.message ?? '').join(' ')} `);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text } of phrases.sort((a, b) => a.at - b.at)) {
    const key = ` ${toWords(text).join(' ')} `;
    if (seen.has(key)) continue;
    seen.add(key);
    const isMessage = messages.includes(key);
    if (!isMessage && messages.some((m) => m.includes(key))) continue;
    out.push(text);
  }
  return out.slice(0, 12);
}

function decideOutcome(action: string | undefined, enhanced: string | undefined, reply: string | undefined, markers: Set<Marker>, problems: Map<Problem, unknown>): Outcome {
  if (action === 'failed') return 'permanent';
  if (action === 'delayed') return 'temporary';
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'success';
  const byCode = (code: string | undefined): Outcome | undefined => (code?.startsWith('4') ? 'temporary' : code?.startsWith('5') ? 'permanent' : code?.startsWith('2') ? 'success' : undefined);
  const fromCode = byCode(enhanced) ?? byCode(reply);
  if (fromCode) return fromCode;
  if (markers.has('permanent')) return 'permanent';
  if (markers.has('temporary') || problems.has('delayed') || problems.has('greylisting')) return 'temporary';
  // The DNS says the name does not exist: retrying does not change that.
  if (markers.has('dns-missing')) return 'permanent';
  return 'unknown';
}

/** RFC 3463 says who usually acts for each subject (§3.3-3.5: addressing → sender, mailbox → recipient…). */
function actorOfSubject(subject: number): Actor | undefined {
  return ({ 1: 'sender', 2: 'recipient', 3: 'recipient-provider', 4: 'recipient-provider', 6: 'sender' } as Record<number, Actor>)[subject];
}

function codeMeaning(c: FoundCode, known: ReadonlyArray<KnownError>, strings: AnalyzerStrings): string | undefined {
  const { diagnosis } = strings;
  if (c.kind === 'enhanced') {
    const info = describeEnhancedCode(c.text, strings.codes);
    if (!info) return undefined;
    const values = { class: info.classTitle, subject: info.subjectInSentence, title: info.detailTitle ?? '' };
    return format(info.detailTitle ? diagnosis.enhancedMeaning : diagnosis.enhancedMeaningUnregistered, values);
  }
  if (c.kind === 'smtp') {
    const info = describeReplyCode(c.text, strings.codes);
    if (!info) return undefined;
    const values = { class: info.classTitle, text: info.text ?? '' };
    return info.text ? format(diagnosis.replyMeaning, values) : info.standard ? info.classTitle : format(diagnosis.replyMeaningNonStandard, values);
  }
  const code = canonical(c);
  return known.find((k) => k.code !== undefined && parseEntryCodes(k.code).outlook.includes(code))?.meaning;
}
