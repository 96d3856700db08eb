/**
 * Renders one article to HTML: Sätteri parses the MDX, the site's plugins run over its mdast and hast
 * (`index.ts`), and the tree becomes one HTML string with the authoring components resolved
 * (`hast-to-article-html.ts`). The content loader (`src/loaders/articles.ts`) stores what this returns
 * and the content check (`lib/content/lint.ts`) reports its problems: both call this function, so they
 * cannot disagree.
 */
import type { Root } from 'hast';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type Data, type HastPluginDefinition } from 'satteri';
import { nestingProblem } from '../lib/content/nesting.ts';
import { rewritePinnedAnchors } from '../lib/links/pinned-anchors.ts';
import { rebaseAuthoredUrl } from '../lib/links/urls.ts';
import type { RecordedLink } from '../lib/links/link-registry.ts';
import { hastToArticleHtml, type ArticleHtml } from './hast-to-article-html.ts';
import { ArticleProblemsError, type ArticleProblem } from './problems.ts';
import { MARKDOWN_FEATURES, type Pipeline } from './index.ts';

export interface RenderedArticle extends Omit<ArticleHtml, 'problems'> {
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

declare module 'satteri' {
  interface DataMap {
    kbHtml?: ArticleHtml;
  }
}

/**
 * Thrown by the last hast plugin once the HTML is made, to stop `mdxToJs` before it generates the
 * JavaScript module nobody reads (a tenth of the render time, measured on 1,000 articles). Sätteri has
 * no MDX-to-HTML function: `markdownToHtml` parses Markdown only.
 */
const RENDERED = Symbol('rendered');

/**
 * @param body the MDX source with its frontmatter blanked out (line numbers kept)
 * @param file absolute path of the article
 * @param base the path the site is served under, for the components' URLs
 */
export async function renderArticle(body: string, file: string, frontmatter: Record<string, unknown>, pipeline: Pipeline, base: string): Promise<RenderResult> {
  // Checked first: nesting this deep crashes the native parser, taking the process with it.
  const nested = nestingProblem(body);
  if (nested) return { problems: [{ ...nested, ruleId: 'nesting' }] };
  // The last hast plugin: the finished tree becomes HTML while Sätteri still holds it.
  const toArticleHtml: HastPluginDefinition = {
    name: 'kb-article-html',
    after(root, ctx) {
      ctx.data.kbHtml = hastToArticleHtml(root as Root, (url) => rebaseAuthoredUrl(url, base));
      throw RENDERED;
    },
  };
  const data: Data = { kbFrontmatter: frontmatter };
  try {
    await mdxToJs(rewritePinnedAnchors(body), {
      mdastPlugins: pipeline.mdastPlugins,
      hastPlugins: [...pipeline.hastPlugins, toArticleHtml],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(file),
      data,
    });
    throw new Error('the renderer\'s last plugin did not run');
  } catch (error) {
    if (error !== RENDERED) {
      if (error instanceof ArticleProblemsError) return { problems: [...error.problems] };
      return { problems: [parserProblem(error)] };
    }
  }
  const { problems, ...html } = data.kbHtml!;
  if (problems.length > 0) return { problems };
  return { article: { ...html, anchors: data.kbAnchors ?? [], links: data.kbLinks ?? [], targets: data.kbTargets ?? {} }, problems: [] };
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
