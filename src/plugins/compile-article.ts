/**
 * Compiles one article the way the Astro build does (Sätteri, the site's plugins, the same features),
 * without Astro: for the content lint and the tests, which must see exactly the problems the build sees.
 * Returns every problem the plugins recorded, or the parser's error, with its position.
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { nestingProblem } from '../lib/content/nesting.ts';
import { rewritePinnedAnchors } from '../lib/links/pinned-anchors.ts';
import { ArticleProblemsError, type ArticleProblem } from './problems.ts';
import { MARKDOWN_FEATURES, type Pipeline } from './index.ts';

export interface CompiledArticle {
  /** The compiled module (JavaScript), when the article compiled. */
  code?: string;
  problems: ArticleProblem[];
}

/**
 * @param body the MDX source with its frontmatter blanked out (line numbers kept), as Astro hands it over
 * @param file absolute path of the article
 */
export async function compileArticle(body: string, file: string, frontmatter: Record<string, unknown>, pipeline: Pipeline): Promise<CompiledArticle> {
  // Checked first: nesting this deep crashes the native parser, taking the process with it.
  const nested = nestingProblem(body);
  if (nested) return { problems: [{ ...nested, ruleId: 'nesting' }] };
  try {
    const result = await mdxToJs(rewritePinnedAnchors(body), {
      mdastPlugins: pipeline.mdastPlugins,
      hastPlugins: pipeline.hastPlugins,
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(file),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return { code: result.code, problems: [] };
  } catch (error) {
    if (error instanceof ArticleProblemsError) return { problems: [...error.problems] };
    return { problems: [parserProblem(error)] };
  }
}

/** The parser's error as a problem: Sätteri puts the position at the start of the message ("10:1: …"). */
export function parserProblem(error: unknown): ArticleProblem {
  const message = error instanceof Error ? error.message : String(error);
  const found = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const reason = (found ? message.slice(found[0].length) : message).split('\n')[0]!
    // The parser repeats the position and names its rule: "… (10:1) (mdx-jsx:unexpected-character)".
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '');
  if (found) return { reason, line: Number(found[1]), column: Number(found[2]), ruleId: 'mdx-syntax' };
  // No position: not a syntax error of the article but a failure of the compiler or of a plugin.
  return { reason, ruleId: 'compiler', hint: 'the Markdown compiler failed on this file: simplify the part you changed last, and report it if the file looks right' };
}
