/**
 * The articles collection: every `articles/<topic>/<slug>.mdx` of the content folder, rendered to HTML
 * once, in the content layer, and rendered again only when something that decides its HTML changed:
 * - its own file (text digest);
 * - the renderer's code: plugins, components, the helpers they use and their packages' versions
 *   (`code-digest.ts`), and its options (the base path);
 * - what it reads from other articles: the URL of every article it links to by id, and whether that
 *   article is a draft (`targets`, compared with the article index read on every sync). Cross-links are
 *   resolved into the stored HTML, so when one article moves, only the articles that link to it render again.
 * No article becomes a Vite module: the store holds each entry's data and digest, the HTML goes to the
 * render cache (`lib/render/render-cache.ts`), and the article page takes it from there. Modelled on Astro's
 * `glob()` loader (`astro/dist/content/loaders/glob.js`), with the render in place of its deferred MDX module.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexArticles, localizeIndex, readFrontmatter, scanContent, type IndexedArticle } from '../lib/content/article-index.ts';
import { TRANSLATED_LANGS, type Lang } from '../i18n/languages.ts';
import { forgetSiteLanguages, siteLanguages } from '../lib/content/site-languages.ts';
import { outsideContentReason } from '../lib/content/inside-content.ts';
import { readTextFile } from '../lib/content/text-file.ts';
import { hashOf } from '../lib/hash.ts';
import { rendererDigest } from '../lib/render/code-digest.ts';
import { readArticleHtml, readRenderIndex, removeArticleHtml, renderCacheDir, writeArticleHtml, writeRenderIndex, type ArticleCollection } from '../lib/render/render-cache.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { MARKDOWN_FEATURES } from '../plugins/index.ts';
import { renderMany } from './render-pool.ts';
import { syncFallbacks } from './fallbacks.ts';
import { needsRender, renderBody } from './stale-renders.ts';
import { FINGERPRINT_VERSION, sectionFingerprints } from '../lib/translations/revisions.ts';

export interface ArticleLoaderOptions {
  /** The content folder (absolute, or relative to the project root). */
  contentDir: string;
  /** The path the site is served under. */
  base: string;
  /**
   * `articles`, the source articles (`articles/<topic>/<slug>.mdx`, entry ids `articles/<topic>/<slug>`),
   * or `translations` (`translations/<lang>/<topic>/<slug>.mdx`, entry ids `<lang>/<topic>/<slug>`).
   */
  collection?: ArticleCollection;
}

export function articleLoader({ contentDir, base, collection = 'articles' }: ArticleLoaderOptions): Loader {
  const folder = path.resolve(contentDir, collection);
  return {
    name: `kb-${collection}`,
    load: async (context) => {
      await syncArticles(context, contentDir, base, collection);
      // Development: an edit re-runs the sync, which renders only what the edit changed. One sync at a
      // time: an editor's save can fire several events, and two syncs would write the same cache.
      let queue = Promise.resolve();
      context.watcher?.on('all', (_event, changed) => {
        // A translation's links depend on the source articles too: both folders concern it.
        const concerned = collection === 'translations' ? [folder, path.resolve(contentDir, 'articles')] : [folder];
        if (!changed.endsWith('.mdx') || !concerned.some((f) => path.resolve(changed).startsWith(f + path.sep))) return;
        queue = queue.then(() => syncArticles(context, contentDir, base, collection)).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

/** One sync: every article file read, the changed ones rendered, the store and the render cache brought up to date. */
export async function syncArticles({ store, parseData, logger, config }: Pick<LoaderContext, 'store' | 'parseData' | 'logger' | 'config'>, contentDir: string, base: string, collection: ArticleCollection = 'articles'): Promise<void> {
  const started = performance.now();
  const root = path.resolve(contentDir);
  if (collection === 'translations') forgetSiteLanguages(root);
  const shown = (file: string) => path.relative(process.cwd(), file);
  // The fingerprints of sections are made here too: their code's version is part of what a render depends on.
  const code = hashOf([rendererDigest(), base, MARKDOWN_FEATURES, FINGERPRINT_VERSION]);
  const files = articleFiles(root, collection).map((relative) => {
    const file = path.join(root, relative);
    const text = readTextFile(file);
    const parts = relative.replace(/\.mdx$/, '').split(path.sep);
    // A translation's id drops the `translations/` folder: `fr/<topic>/<slug>`; its language is the next folder.
    const lang = collection === 'translations' ? (parts[1] as Lang) : undefined;
    const id = (collection === 'translations' ? parts.slice(1) : parts).join('/');
    return { id, relative, file, text, lang, frontmatter: readFrontmatter(text) ?? {}, digest: hashOf([code, text]) };
  });
  // Cross-links resolve against the source articles; a translation links to their pages in its language.
  const articles = collection === 'articles' ? indexArticles(files) : scanContent(root);
  const translated: Partial<Record<Lang, number[]>> = {};
  for (const f of files) if (f.lang && typeof f.frontmatter['id'] === 'number') (translated[f.lang] ??= []).push(f.frontmatter['id']);
  const views = new Map<Lang | undefined, Map<number, IndexedArticle>>();
  const indexIn = (lang: Lang | undefined): Map<number, IndexedArticle> => {
    if (!views.has(lang)) views.set(lang, lang ? localizeIndex(articles, lang, new Set(translated[lang])) : new Map(articles));
    return views.get(lang)!;
  };
  // As the pages and the integrations find it: from the project root, where every build runs.
  const cacheDir = renderCacheDir(contentDir, base, undefined, collection);
  const cache = readRenderIndex(cacheDir);
  const problems: Problem[] = [];

  // Which articles must render: their file, the renderer or an article they link to changed.
  // A translation answers to its source's old section ids too (anchorAliases): rendered with them, and
  // rendered again when they change.
  const sourceAliases = (f: (typeof files)[number]) => (f.lang ? articles.get(Number(f.frontmatter['id']))?.anchorAliases : undefined);
  for (const f of files) if (sourceAliases(f)) f.digest = hashOf([f.digest, sourceAliases(f)]);
  const stale = files.filter(({ id, digest, lang }) => needsRender(cache.get(id), digest, indexIn(lang)));
  const jobs = stale.map((f) => {
    const aliases = sourceAliases(f);
    return { file: f.file, body: renderBody(f.text), frontmatter: aliases ? { ...f.frontmatter, anchorAliases: aliases } : f.frontmatter, lang: f.lang };
  });
  const results = await renderMany(jobs, { contentDir: root, base, articles: [...articles.values()], translated });
  stale.forEach(({ id, file, digest, frontmatter }, i) => {
    const { article, problems: found } = results[i]!;
    // A source article's sections, fingerprinted for its translations (which sections they are behind on).
    const sections = collection === 'articles' ? sectionFingerprints(jobs[i]!.body) : undefined;
    if (!article) {
      problems.push(...found.map((p) => ({ file: shown(file), line: p.line, column: p.column, message: p.reason, hint: p.hint })));
      return;
    }
    const { html, ...meta } = article;
    writeArticleHtml(cacheDir, id, html);
    const articleId = typeof frontmatter['id'] === 'number' ? frontmatter['id'] : undefined;
    cache.set(id, { digest, file, ...meta, articleId, ...(sections ? { sections } : {}) });
  });
  if (problems.length > 0) {
    writeRenderIndex(cacheDir, cache);
    throw new ContentError(problems);
  }

  for (const { id, file, frontmatter } of files) {
    const cached = cache.get(id)!;
    const filePath = path.relative(fileURLToPath(config.root), file);
    // The store's digest also covers the linked articles' URLs: a page shows them, and Astro's
    // incremental build re-renders a page only when its entry's digest (in its cacheKey) changes.
    const entryDigest = hashOf([cached.digest, cached.targets]);
    // An entry with images is set again on every sync: that is how this build learns to import them
    // (glob() calls the store's internal addAssetImports instead, which the loader API does not offer).
    if (store.get(id)?.digest === entryDigest && cached.images.length === 0) continue;
    const data = await parseData({ id, data: frontmatter, filePath: file });
    // An article with images next to it keeps its HTML in the store too: Astro resolves the images
    // (optimized files, sizes) only in HTML it renders from there.
    const rendered = cached.images.length > 0 ? { html: readArticleHtml(cacheDir, id), metadata: { imagePaths: cached.images } } : undefined;
    store.set({ id, data, digest: entryDigest, filePath, ...(rendered ? { rendered, assetImports: cached.images } : {}) });
  }

  const present = new Set(files.map((f) => f.id));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  for (const id of cache.keys()) {
    if (present.has(id)) continue;
    cache.delete(id);
    removeArticleHtml(cacheDir, id);
  }
  writeRenderIndex(cacheDir, cache);
  // The fallback pages' articles follow the translations: which pages are fallbacks is theirs to say.
  let fallbacks = '';
  if (collection === 'translations') {
    const published: Partial<Record<Lang, Set<number>>> = {};
    for (const f of files) if (f.lang && typeof f.frontmatter['id'] === 'number' && f.frontmatter['draft'] !== true) (published[f.lang] ??= new Set()).add(f.frontmatter['id']);
    const setup = { contentDir: root, base, articles: [...articles.values()], translated };
    const rendered = await syncFallbacks({ root, contentDir, base, code, articles, langs: siteLanguages(root), published, indexIn, setup });
    fallbacks = `, ${rendered} fallback page${rendered === 1 ? '' : 's'}`;
  }
  logger.info(`${files.length} ${collection}, ${stale.length} rendered${fallbacks} in ${Math.round(performance.now() - started)} ms (the others unchanged)`);
}

/**
 * Every `.mdx` file below `<content>/articles/`, relative to the content folder, in a stable order. A
 * symbolic link is refused (the content check names it): it could publish a file from elsewhere.
 */
function articleFiles(root: string, collection: ArticleCollection): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, collection), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'));
  } catch {
    return [];
  }
  const problems = names.flatMap((n) => {
    const file = path.relative(process.cwd(), path.join(root, collection, n));
    const reason = outsideContentReason(root, path.join(root, collection, n));
    if (reason) return [{ file, message: `not read: ${reason}` }];
    const lang = n.split(path.sep)[0];
    if (collection === 'translations' && !(TRANSLATED_LANGS as readonly string[]).includes(lang ?? '')) {
      return [{ file, message: `"${lang}" is not a language the site translates into`, hint: `translations live in translations/<language>/<topic>/<slug>.mdx, with one of: ${TRANSLATED_LANGS.join(', ')} (src/i18n/languages.ts)` }];
    }
    return [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return names.map((n) => path.join(collection, n)).sort();
}

