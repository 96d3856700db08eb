/**
 * The content lint: reads every article and topic like the build does, compiles every article with the
 * site's own renderer (`plugins/render-article.ts`, the function the build's content loader calls), and returns ALL problems at once (Astro stops at the first MDX error and
 * reports schema errors at `:0:0`). Used by `npm run check` and before every build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { buildCatalog, type ArticleInput, type Catalog } from './catalog.ts';
import { lintTranslations } from './lint-translations.ts';
import { readFeatured, readTopics } from './data-files.ts';
import { blankFrontmatter, locateField, readFrontmatterWithLines } from './frontmatter.ts';
import { loadPublishedState, LinkRegistry, lostAnchors, parseLedger, type Ledger } from '../links/index.ts';
import { readCommitDates } from './git-dates.ts';
import { existsSync } from 'node:fs';
import { outsideContentReason } from './inside-content.ts';
import { nestingProblem } from './nesting.ts';
import { ContentError, type Problem } from '../problems.ts';
import { readTextFile } from './text-file.ts';
import { renderArticle } from '../../plugins/render-article.ts';
import { markdownPipeline } from '../../plugins/index.ts';
import { site } from '../../site.config.ts';

export interface LintResult {
  problems: Problem[];
  articles: number;
  /** Translations checked (compiled runs only). */
  translations?: number;
}

export interface LintOptions {
  /** Project root that file names are relative to. */
  root?: string;
  /**
   * Compile every article with the MDX pipeline (syntax, components, links, anchors). Without it only the
   * frontmatter, topics and cross-article checks run: a fraction of the time, as a first check before a build.
   */
  compile?: boolean;
}

export async function lintContent(dir: string, { root = process.cwd(), compile: compileArticles = true }: LintOptions = {}): Promise<LintResult> {
  // Absolute, like the paths the MDX pipeline and the article index compare against.
  const contentDir = path.resolve(dir);
  const rel = (file: string) => path.relative(root, file);
  const problems: Problem[] = [];
  const topics = readTopics(contentDir, rel, problems);

  const articlesDir = path.join(contentDir, 'articles');
  let names: string[] = [];
  try {
    names = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    problems.push({ file: rel(articlesDir), message: 'the articles folder does not exist', hint: 'articles live in <content>/articles/<topic>/<slug>.mdx' });
  }

  const registry = new LinkRegistry();
  const pipeline = markdownPipeline({ contentDir, registry, base: site.base });
  const inputs: ArticleInput[] = [];
  for (const name of names) {
    const absolute = path.join(articlesDir, name);
    const file = rel(absolute);
    const outside = outsideContentReason(contentDir, absolute);
    if (outside) {
      problems.push({ file, message: `not read: ${outside}`, hint: 'content is plain files inside the content folder: copy the file here instead of linking it' });
      continue;
    }
    const text = readContentFile(absolute, file, problems);
    if (text === undefined) continue;
    const front = readFrontmatterWithLines(text, file);
    problems.push(...front.problems);
    if (front.data !== undefined) {
      const parsed = ArticleSchema.safeParse(front.data);
      if (parsed.success) {
        inputs.push({ entryId: `articles/${name.replace(/\.mdx$/, '').split(path.sep).join('/')}`, file, source: text, data: parsed.data as ArticleData });
      } else {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.') || 'frontmatter';
          problems.push({ file, line: front.lineOf(issue.path as Array<string | number>), column: 1, message: `${field}: ${issue.message}`, hint: schemaHint(issue.path[0]) });
        }
      }
    }
    if (!compileArticles) {
      // Even the quick check before a build: this deep, the native Markdown parser would crash the build.
      const nested = nestingProblem(text);
      if (nested) problems.push({ file, line: nested.line, column: nested.column, message: nested.reason });
      continue;
    }
    const compiled = await renderArticle(blankFrontmatter(text, front.lines), absolute, (front.data ?? {}) as Record<string, unknown>, pipeline, site.base);
    for (const p of compiled.problems) problems.push({ file, line: p.line, column: p.column, message: p.reason, hint: p.hint });
  }

  // Commit dates decide only which of two articles with one id is the newer: read git's log then alone.
  const ids = inputs.map((a) => a.data.id);
  if (new Set(ids).size < ids.length) {
    const dates = readCommitDates(contentDir);
    for (const a of inputs) a.committed = dates.get(path.resolve(root, a.file));
  }
  const ledger = readLedger(contentDir);
  const featured = readOr(() => readFeatured(contentDir), { file: path.join(contentDir, 'featured.yaml'), ids: [] }, problems);
  if (featured.problem) problems.push({ file: rel(featured.file), message: featured.problem });
  let catalog: Catalog | undefined;
  try {
    catalog = buildCatalog({ articles: inputs, topics, featured: featured.ids, featuredFile: rel(featured.file), published: new Map(Object.entries(ledger?.articles ?? {}).map(([id, a]) => [Number(id), a.urls])) });
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
  }
  problems.push(...registry.anchorProblems(root));
  let translations = 0;
  if (compileArticles) {
    // The translations, against their sources: links to sections are checked with the sources' anchors.
    const byFile = new Map(inputs.map((a) => [path.resolve(root, a.file), a.data.id]));
    const anchorsById = new Map([...registry.anchors].flatMap(([file, ids]) => (byFile.has(file) ? [[byFile.get(file)!, ids] as [number, ReadonlySet<string>]] : [])));
    const found = await lintTranslations(contentDir, catalog, (id) => anchorsById.get(id), rel);
    problems.push(...found.problems);
    translations = found.files;
  }
  if (compileArticles && ledger) {
    problems.push(...lostAnchorProblems(ledger, inputs, registry, root));
    // Published URLs that would break (an article deleted without a retirement…): the build's own check.
    problems.push(...readOr(() => loadPublishedState(contentDir).problems, [], problems).map((message) => ({ file: rel(path.join(contentDir, 'published.json')), message })));
  }
  return { problems: dedupe(problems), articles: names.length, translations };
}


/** The ledger, if there is one (none before the first build; the build reports a damaged one). */
function readLedger(contentDir: string): Ledger | undefined {
  const file = path.join(contentDir, 'published.json');
  if (!existsSync(file)) return undefined;
  try {
    return parseLedger(readTextFile(file));
  } catch {
    return undefined;
  }
}

/**
 * Published anchors that no published article has any more, at the article's `id:` line: the build
 * would refuse them (a support link may point there), so the check says so first.
 */
function lostAnchorProblems(ledger: Ledger, inputs: ArticleInput[], registry: LinkRegistry, root: string): Problem[] {
  const byFile = new Map(inputs.filter((a) => !a.data.draft).map((a) => [path.resolve(root, a.file), a]));
  const anchorsNow = new Map<number, ReadonlySet<string>>();
  for (const [file, ids] of registry.anchors) {
    const article = byFile.get(file);
    if (article) anchorsNow.set(article.data.id, ids);
  }
  const byId = new Map([...byFile.values()].map((a) => [a.data.id, a]));
  return lostAnchors(ledger, anchorsNow, new Map([...byId].map(([id, a]) => [id, a.data.title]))).map(({ id, message }) => {
    const article = byId.get(id)!;
    return { file: article.file, ...(article.source ? locateField(article.source, 'id') : {}), message };
  });
}

/** A file's text as editors write it (BOM, CRLF); a file that is not UTF-8 is a problem at its first bad byte. */
function readContentFile(file: string, shownAs: string, problems: Problem[]): string | undefined {
  return readOr(() => readTextFile(file, shownAs), undefined, problems);
}

/** What `read` returns or, when it throws a ContentError (a file that is not UTF-8), `fallback` with its problems recorded. */
function readOr<T>(read: () => T, fallback: T, problems: Problem[]): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return fallback;
  }
}

function schemaHint(field: unknown): string | undefined {
  const hints: Record<string, string> = {
    id: 'a positive whole number, unique and permanent (npm run new picks the next free one)',
    title: 'a short title, as the customer would ask the question',
    description: 'one sentence of at most 200 characters: it is shown in search results',
    topic: 'a topic slug from topics.yaml, the same as the folder name',
    errors: 'each error needs a code or a message, the pinned id of the section that explains it, and a one-line meaning',
    aliases: 'short links such as /restore-emails',
    related: 'ids of other articles, e.g. [1003, 1007]',
  };
  return typeof field === 'string' ? (hints[field] ?? 'see docs/authoring.md for the frontmatter fields') : undefined;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
