/**
 * Ranking the articles' sections against what a text shows: every entry is scored by its message,
 * its codes and its kinds of problem, and each section is kept once, with its best entry.
 */
import type { PreparedEntry } from './bounce-knowledge.ts';
import type { Problem } from './bounce-tables.ts';

// How much each kind of evidence counts. A server's words beat its codes (Gmail answers 4.2.1,
// "mailbox disabled", for a rate limit; Exchange 5.1.10, "null MX", for an unknown recipient).
export const W_MESSAGE = 100;
export const W_PHRASE = 40;
export const W_ENHANCED_PROBLEM = 30;
export const W_REPLY_PROBLEM = 15;
const W_CODE = { reply: 10, enhanced: 30, outlook: 80, other: 40, all: 15 } as const;
/** A section is recommended from this score on, and when within this share of the best one. */
const MIN_SCORE = 15;
const MIN_SHARE = 0.35;
const MAX_RECOMMENDATIONS = 3;

/** A section to read, with the entry that matched best. */
export interface Recommendation {
  url: string;
  article: string;
  section: string;
  /** The article's one-line meaning of the error that matched best. */
  meaning: string;
  score: number;
}

/** What the text shows, as the scoring reads it. */
export interface Evidence {
  replies: Set<string>;
  enhanced: Set<string>;
  outlook: Set<string>;
  entryHits: Set<number>;
  problems: Map<Problem, { weight: number }>;
  /** Kinds of problem the text rules out ("Authentication required" in a DMARC rejection is no login problem). */
  ruledOut?: ReadonlySet<Problem> | undefined;
  /** The kind of problem the diagnosis is about: entries about it rank first. */
  top: Problem | undefined;
}

interface Ranked {
  recommendations: Recommendation[];
  /** The entry behind the first recommendation. */
  bestEntry?: PreparedEntry | undefined;
  /** The first recommendation rests on the entry's own message or Outlook code, found in the text. */
  strong: boolean;
}

/** Scores every entry against the evidence and keeps each section once, with its best entry. */
export function recommend(entries: readonly PreparedEntry[], evidence: Evidence): Ranked {
  const bySection = new Map<string, { best: Recommendation; entry: PreparedEntry; strong: boolean; count: number }>();
  entries.forEach((prepared, index) => {
    const { score, strong } = scoreEntry(prepared, index, evidence);
    if (score <= 0) return;
    const { entry } = prepared;
    const recommendation = { url: entry.url, article: entry.article, section: entry.section, meaning: entry.meaning, score: score + headingBonus(entry.section, evidence) };
    const current = bySection.get(entry.url);
    const counts = score >= MIN_SCORE ? 1 : 0;
    if (!current) bySection.set(entry.url, { best: recommendation, entry: prepared, strong, count: counts });
    else {
      current.count += counts;
      if (score > current.best.score) Object.assign(current, { best: recommendation, entry: prepared, strong });
    }
  });
  // A section that explains several of the errors found is a little more likely to be the one.
  const ranked = [...bySection.values()]
    .map((s) => ({ ...s, best: { ...s.best, score: s.best.score + Math.min(Math.max(s.count - 1, 0), 3) * 5 } }))
    .sort((a, b) => b.best.score - a.best.score);
  const topScore = ranked[0]?.best.score ?? 0;
  const kept = ranked.filter((r) => r.best.score >= MIN_SCORE && r.best.score >= topScore * MIN_SHARE).slice(0, MAX_RECOMMENDATIONS);
  return { recommendations: kept.map((r) => r.best), bestEntry: kept[0]?.entry, strong: kept[0]?.strong ?? false };
}

/** A section whose heading names a code of the text ("0x800CCC92: POP3 password rejected") is the most specific. */
function headingBonus(heading: string, evidence: Evidence): number {
  const words = heading.toLowerCase().split(/[^\w.]+/).map((w) => w.replace(/\.+$/, ''));
  const codes = new Set([...evidence.replies, ...evidence.enhanced, ...evidence.outlook].map((c) => c.toLowerCase()));
  return words.some((w) => codes.has(w)) ? 5 : 0;
}

/** How well one entry fits the evidence, and whether it rests on the entry's own message or rare code. */
function scoreEntry(prepared: PreparedEntry, index: number, evidence: Evidence): { score: number; strong: boolean } {
  const { codes } = prepared;
  // An entry only about what the text rules out is not recommended, even when its words are found.
  const sure = [...prepared.problems].filter(([, s]) => s === 1).map(([p]) => p);
  if (sure.length > 0 && sure.every((p) => evidence.ruledOut?.has(p))) return { score: 0, strong: false };
  const messageFound = evidence.entryHits.has(index);
  let score = messageFound ? W_MESSAGE + Math.min(20, prepared.messageWords * 2) : 0;

  let codeScore = 0;
  let matched = 0;
  const add = (list: string[], set: Set<string>, weight: number) => {
    for (const c of list) {
      if (set.has(c)) {
        codeScore += weight;
        matched += 1;
      }
    }
  };
  add(codes.reply, evidence.replies, W_CODE.reply);
  add(codes.other, evidence.replies, W_CODE.other);
  add(codes.enhanced, evidence.enhanced, W_CODE.enhanced);
  add(codes.outlook, evidence.outlook, W_CODE.outlook);
  const rareCode = codes.outlook.some((c) => evidence.outlook.has(c)) || codes.other.some((c) => evidence.replies.has(c));
  if (prepared.codeCount > 0 && matched === prepared.codeCount) codeScore += W_CODE.all;
  // The same code with another message is probably another case ("550 5.1.1" is both "user unknown"
  // and "account disabled"): the code alone counts half. Outlook codes are specific enough alone.
  if (prepared.entry.message !== undefined && !messageFound && !rareCode) codeScore /= 2;
  score += codeScore;

  let overlap = false;
  for (const [problem, sureness] of prepared.problems) {
    const seen = evidence.problems.get(problem);
    if (!seen) continue;
    score += (seen.weight + (problem === evidence.top ? 10 : 0)) * sureness;
    overlap = true;
  }
  // The entry is about another kind of problem than the one the text clearly states.
  const stated = [...evidence.problems.values()].some((p) => p.weight >= W_PHRASE);
  const entryKinds = [...prepared.problems.values()].some((s) => s === 1);
  if (!messageFound && !overlap && stated && entryKinds) score /= 2;
  return { score, strong: messageFound || rareCode };
}
