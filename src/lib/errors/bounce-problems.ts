/**
 * The kinds of problem a text shows, each with its strongest evidence, and how they are settled
 * against each other before the diagnosis picks one: a consequence ranks after its cause (a rate
 * limit after the bad reputation that explains it), and a reading the text contradicts is dropped
 * (an SMTP-login reading of a failed SPF, DKIM or DMARC check).
 */
import type { BounceTables, Problem } from './bounce-tables.ts';

/** Kind of problem → the weight of its strongest evidence and where the text first shows it. */
export type ProblemEvidence = Map<Problem, { weight: number; at: number }>;

/** Keeps the strongest evidence for `problem`; on a tie, the one earlier in the text. */
export function noteProblem(problems: ProblemEvidence, problem: Problem, weight: number, at: number): void {
  const old = problems.get(problem);
  if (!old || old.weight < weight || (old.weight === weight && at < old.at)) problems.set(problem, { weight, at });
}

/** The kind of problem with the strongest evidence; the first one in the text on a tie. */
export function strongest(problems: ProblemEvidence): Problem | undefined {
  return [...problems].sort(([, a], [, b]) => b.weight - a.weight || a.at - b.at)[0]?.[0];
}

/**
 * Drops the readings the text contradicts (and returns them), then weighs each consequence at half its strongest cause:
 * below it even when a code of the text names the consequence too (Yahoo's "421 … deferred due to
 * user complaints" is about reputation first). The consequence stays, so its section can still be
 * recommended after the cause's.
 */
export function settleProblems(problems: ProblemEvidence, tables: Pick<BounceTables, 'consequences' | 'misreadings'>): Set<Problem> {
  const weightOf = (causes: readonly Problem[]) => Math.max(0, ...causes.map((c) => problems.get(c)?.weight ?? 0));
  const ruledOut = new Set<Problem>();
  for (const [problem, causes] of Object.entries(tables.misreadings) as Array<[Problem, readonly Problem[]]>) {
    if (weightOf(causes) === 0) continue;
    problems.delete(problem);
    ruledOut.add(problem);
  }
  // In the tables' order, so that a consequence of a consequence (a deferral after a rate limit)
  // is weighed after the one it follows.
  for (const [problem, causes] of Object.entries(tables.consequences) as Array<[Problem, readonly Problem[]]>) {
    const own = problems.get(problem);
    const cause = weightOf(causes);
    if (own && cause > 0) problems.set(problem, { weight: Math.min(own.weight, cause / 2), at: own.at });
  }
  return ruledOut;
}
