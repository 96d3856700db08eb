/**
 * How the Markdown plugins report content problems. A plugin records each problem with its position
 * and compiling goes on, so that one run finds every problem of the file; `failOnProblems`, last of the
 * mdast plugins, then stops the compile with the first one (and a count), as `file:line:column`.
 *
 * Sätteri collects `ctx.report` diagnostics but does not surface them to Astro, so problems travel in
 * the document's data bag (`ctx.data.kbProblems`) and the build is stopped by a thrown error: Astro's
 * MDX plugin turns an error's `line` and `column` into the `file:line:column` it prints.
 */
import type { MdastPluginDefinition } from 'satteri';

/** One problem of an article, at its position in the source when it has one. */
export interface ArticleProblem {
  reason: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Which rule found it (`cross-link`, `image-alt`, …): stable, for tests and tooling. */
  ruleId: string;
  /** How to fix it, when the reason alone does not say. */
  hint?: string | undefined;
}

interface Positioned {
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

interface ProblemContext {
  readonly data: { kbProblems?: ArticleProblem[] };
}

declare module 'satteri' {
  interface DataMap {
    /** Problems recorded by the site's plugins for the document being compiled. */
    kbProblems?: ArticleProblem[];
  }
}

/** Records a problem at `node` (or at the file when there is no node). */
export function reportProblem(ctx: ProblemContext, reason: string, node: Positioned | undefined, ruleId: string): void {
  const start = node?.position?.start;
  (ctx.data.kbProblems ??= []).push({ reason, line: start?.line, column: start?.column, ruleId });
}

/** The problems recorded for a compiled document. */
export function problemsOf(data: { kbProblems?: ArticleProblem[] }): readonly ArticleProblem[] {
  return data.kbProblems ?? [];
}

/** Stops a compile that recorded problems; carries every one of them for the content lint. */
export class ArticleProblemsError extends Error {
  readonly problems: readonly ArticleProblem[];
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly ruleId: string;

  constructor(problems: readonly ArticleProblem[]) {
    const [first] = problems as [ArticleProblem, ...ArticleProblem[]];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more in this file: npm run check lists them all)` : '';
    super(`${first.reason}${more}`);
    this.name = 'ArticleProblemsError';
    this.problems = problems;
    this.line = first.line;
    this.column = first.column;
    this.ruleId = first.ruleId;
  }
}

/** The last mdast plugin: fails the compile when an earlier plugin recorded a problem. */
export const failOnProblems: MdastPluginDefinition = {
  name: 'kb-fail-on-problems',
  before(_root, ctx) {
    const problems = problemsOf(ctx.data);
    if (problems.length > 0) throw new ArticleProblemsError(problems);
  },
};
