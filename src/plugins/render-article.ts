/**
 * Renders one article to HTML: Sätteri parses the MDX, the site's plugins run over its mdast and hast
 * (`index.ts`), and the tree becomes one HTML string with the authoring components resolved
 * (`hast-to-article-html.ts`). The content loader (`src/loaders/articles.ts`) stores what this returns
 * and the content check (`lib/content/lint.ts`) reports its problems: both call this function, so they
 * cannot disagree.
 */
import { pathToFileURL } from 'node:url';
import type { Data } from 'satteri';
import { nestingProblem } from '../lib/content/nesting.ts';
import { rewritePinnedAnchors } from '../lib/links/pinned-anchors.ts';
import { rebaseAuthoredUrl } from '../lib/links/urls.ts';
import type { RecordedLink } from '../lib/links/link-registry.ts';
import { hastArticleHtml, type ArticleParts } from './hast-to-article-html.ts';
import { mdxToHtml } from './mdx-to-html.ts';
import { ui } from '../i18n/ui.ts';
import { ArticleProblemsError, type ArticleProblem } from './problems.ts';
import { MARKDOWN_FEATURES, type Pipeline } from './index.ts';

export interface RenderedArticle extends Omit<ArticleParts, 'problems'> {
  html: string;
  /** The ids the article's sections and steps answer to (aliases included). */
  anchors: string[];
  /** Its links to sections (of itself or of other articles), checked once every article is rendered. */
  links: RecordedLink[];
  /** The articles it links to by id, with what their links were rendered from (`url`, or `url draft`). */
  targets: Record<number, string>;
}

export interface RenderResult {
  /** The article, when it rendered without a problem. */
  article?: RenderedArticle;
  problems: ArticleProblem[];
}

/**
 * @param body the MDX source with its frontmatter blanked out (line numbers kept)
 * @param file absolute path of the article
 * @param base the path the site is served under, for the components' URLs
 */
export async function renderArticle(body: string, file: string, frontmatter: Record<string, unknown>, pipeline: Pipeline, base: string): Promise<RenderResult> {
  // Checked first: nesting this deep crashes the native parser, taking the process with it.
  const nested = nestingProblem(body);
  if (nested) return { problems: [{ ...nested, ruleId: 'nesting' }] };
  const parts: ArticleParts = { headings: [], scripts: [], images: [], problems: [] };
  const data: Data = { kbFrontmatter: frontmatter };
  let html: string;
  try {
    html = await mdxToHtml(rewritePinnedAnchors(body), {
      mdastPlugins: pipeline.mdastPlugins,
      hastPlugins: [...pipeline.hastPlugins, hastArticleHtml(parts, (url) => rebaseAuthoredUrl(url, base), ui(pipeline.lang).article)],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(file),
      data,
    });
  } catch (error) {
    if (error instanceof ArticleProblemsError) return { problems: [...error.problems] };
    return { problems: [parserProblem(error)] };
  }
  const { problems, ...found } = parts;
  if (problems.length > 0) return { problems };
  // Sätteri ends the last block with a line break; Astro's MDX output did not (same bytes as before).
  return { article: { html: html.replace(/\n$/, ''), ...found, anchors: data.kbAnchors ?? [], links: data.kbLinks ?? [], targets: data.kbTargets ?? {} }, problems: [] };
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
