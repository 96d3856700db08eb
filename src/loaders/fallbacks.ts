/**
 * The fallback pages' articles: a language that has no published translation of an article shows the
 * source's text in its own pages, and that text is rendered for it, once, here, beside the translations:
 * its cross-links lead to the language's pages and its sections' share menus speak the language (marked
 * with `lang`, inside the text's). Like the articles, a fallback renders again only when its source, the
 * renderer or a page it links to changed. They live in the render cache only (kind `fallbacks`, entry ids
 * `<lang>/<source entry id>`): they are no collection's entries, and the article page takes their HTML.
 */
import path from 'node:path';
import type { IndexedArticle } from '../lib/content/article-index.ts';
import { readTextFile } from '../lib/content/text-file.ts';
import { readFrontmatter } from '../lib/content/article-index.ts';
import { hashOf } from '../lib/hash.ts';
import { fallbackEntryId, readRenderIndex, removeArticleHtml, renderCacheDir, writeArticleHtml, writeRenderIndex } from '../lib/render/render-cache.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { SOURCE_LANG, type Lang } from '../i18n/languages.ts';
import { renderMany, type WorkerSetup } from './render-pool.ts';
import { needsRender, renderBody } from './stale-renders.ts';

export interface FallbackSync {
  /** The content folder, absolute. */
  root: string;
  contentDir: string;
  base: string;
  /** The digest of the renderer's code and options. */
  code: string;
  /** The source articles. */
  articles: ReadonlyMap<number, IndexedArticle>;
  /** The languages served besides the source's. */
  langs: readonly Lang[];
  /** The ids each language has a published translation of: the others are its fallback pages. */
  published: Partial<Record<Lang, ReadonlySet<number>>>;
  /** The index as each language's pages link to it (`localizeIndex`). */
  indexIn: (lang: Lang) => ReadonlyMap<number, IndexedArticle>;
  /** What the render workers are started with (the same as the translations'). */
  setup: WorkerSetup;
}

/** Renders the fallback pages' articles that changed, and forgets those no longer needed; returns how many rendered. */
export async function syncFallbacks({ root, contentDir, base, code, articles, langs, published, indexIn, setup }: FallbackSync): Promise<number> {
  const cacheDir = renderCacheDir(contentDir, base, undefined, 'fallbacks');
  const cache = readRenderIndex(cacheDir);
  const texts = new Map<number, string>();
  const textOf = (a: IndexedArticle) => texts.get(a.id) ?? texts.set(a.id, readTextFile(a.file)).get(a.id)!;
  const wanted = langs.filter((lang) => lang !== SOURCE_LANG).flatMap((lang) =>
    [...articles.values()].filter((a) => !a.draft && !published[lang]?.has(a.id)).map((a) => {
      const entry = `articles/${path.relative(path.join(root, 'articles'), a.file).replace(/\.mdx$/, '').split(path.sep).join('/')}`;
      return { id: fallbackEntryId(lang, entry), lang, article: a, digest: hashOf([code, 'fallback', lang, textOf(a)]) };
    }));
  const stale = wanted.filter(({ id, lang, digest }) => needsRender(cache.get(id), digest, indexIn(lang)));
  const jobs = stale.map(({ lang, article }) => ({ file: article.file, body: renderBody(textOf(article)), frontmatter: readFrontmatter(textOf(article)) ?? {}, pageLang: lang }));
  const results = await renderMany(jobs, setup);
  const problems: Problem[] = [];
  stale.forEach(({ id, digest, article }, i) => {
    const { article: rendered, problems: found } = results[i]!;
    if (!rendered) {
      // The source renders for its own page first: a problem here is one of its links in this language.
      problems.push(...found.map((p) => ({ file: path.relative(process.cwd(), article.file), line: p.line, column: p.column, message: p.reason, hint: p.hint })));
      return;
    }
    const { html, ...meta } = rendered;
    writeArticleHtml(cacheDir, id, html);
    cache.set(id, { digest, file: article.file, ...meta, articleId: article.id });
  });
  const present = new Set(wanted.map((w) => w.id));
  for (const id of cache.keys()) {
    if (present.has(id)) continue;
    cache.delete(id);
    removeArticleHtml(cacheDir, id);
  }
  writeRenderIndex(cacheDir, cache);
  if (problems.length > 0) throw new ContentError(problems);
  return stale.length;
}
