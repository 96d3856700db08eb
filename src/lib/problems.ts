import distance from 'damerau-levenshtein';

/**
 * Content problems that fail the build. Each names the file, the line where one exists, what is
 * wrong and how to fix it, in the `path:line:column: message` form that editors and CI logs link.
 */
export interface Problem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** One problem as `content/x.mdx:3:1: message (hint)`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

/** Thrown with every problem found, so that authors fix them all in one round. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
    super(`${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * The problems a failed build carried, if it failed on content: a ContentError, or an error Astro
 * wrapped around one (an integration's hook). Read by shape, not `instanceof`: Astro loads the
 * integrations through Vite, so their ContentError is another copy of the class.
 */
export function problemsOf(error: unknown): Problem[] | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const problems = (e as { problems?: unknown }).problems;
    if (Array.isArray(problems) && problems.length > 0) return problems as Problem[];
  }
  return undefined;
}

/**
 * The closest candidate to `input` by edit distance, for "did you mean" hints; undefined when
 * nothing is close enough to be a plausible typo.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** Edit distance, a swap of two letters counting as one edit (the dependency search's typo correction uses). */
export function editDistance(a: string, b: string): number {
  return distance(a, b).steps;
}
