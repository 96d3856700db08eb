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
import { indexArticles, readFrontmatter } from '../lib/content/article-index.ts';
import { blankFrontmatter, FRONTMATTER_BLOCK } from '../lib/content/frontmatter.ts';
import { outsideContentReason } from '../lib/content/inside-content.ts';
import { readTextFile } from '../lib/content/text-file.ts';
import { hashOf } from '../lib/hash.ts';
import { rendererDigest } from '../lib/render/code-digest.ts';
import { readArticleHtml, readRenderIndex, removeArticleHtml, renderCacheDir, writeArticleHtml, writeRenderIndex } from '../lib/render/render-cache.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { MARKDOWN_FEATURES } from '../plugins/index.ts';
import { renderMany } from './render-pool.ts';
import { targetState } from '../plugins/remark-cross-links.ts';

export interface ArticleLoaderOptions {
  /** The content folder (absolute, or relative to the project root). */
  contentDir: string;
  /** The path the site is served under. */
  base: string;
}

export function articleLoader({ contentDir, base }: ArticleLoaderOptions): Loader {
  return {
    name: 'kb-articles',
    load: async (context) => {
      await syncArticles(context, contentDir, base);
      // Development: an edit re-runs the sync, which renders only what the edit changed. One sync at a
      // time: an editor's save can fire several events, and two syncs would write the same cache.
      let queue = Promise.resolve();
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.endsWith('.mdx') || !path.resolve(changed).startsWith(path.resolve(contentDir, 'articles') + path.sep)) return;
        queue = queue.then(() => syncArticles(context, contentDir, base)).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

/** One sync: every article file read, the changed ones rendered, the store and the render cache brought up to date. */
export async function syncArticles({ store, parseData, logger, config }: Pick<LoaderContext, 'store' | 'parseData' | 'logger' | 'config'>, contentDir: string, base: string): Promise<void> {
  const started = performance.now();
  const root = path.resolve(contentDir);
  const shown = (file: string) => path.relative(process.cwd(), file);
  const code = hashOf([rendererDigest(), base, MARKDOWN_FEATURES]);
  const files = articleFiles(root).map((relative) => {
    const file = path.join(root, relative);
    const text = readTextFile(file);
    return { id: relative.replace(/\.mdx$/, '').split(path.sep).join('/'), relative, file, text, frontmatter: readFrontmatter(text) ?? {}, digest: hashOf([code, text]) };
  });
  const articles = indexArticles(files);
  // As the pages and the integrations find it: from the project root, where every build runs.
  const cacheDir = renderCacheDir(contentDir, base);
  const cache = readRenderIndex(cacheDir);
  const problems: Problem[] = [];

  // Which articles must render: their file, the renderer or an article they link to changed.
  const stale = files.filter(({ id, digest }) => {
    const cached = cache.get(id);
    return cached?.digest !== digest || Object.entries(cached.targets).some(([target, state]) => {
      const now = articles.get(Number(target));
      return now === undefined || targetState(now) !== state;
    });
  });
  const jobs = stale.map(({ file, text, frontmatter }) => {
    const match = FRONTMATTER_BLOCK.exec(text);
    const lines = match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0;
    return { file, body: blankFrontmatter(text, lines), frontmatter };
  });
  const results = await renderMany(jobs, { contentDir: root, base, articles: [...articles.values()] });
  stale.forEach(({ id, file, digest }, i) => {
    const { article, problems: found } = results[i]!;
    if (!article) {
      problems.push(...found.map((p) => ({ file: shown(file), line: p.line, column: p.column, message: p.reason, hint: p.hint })));
      return;
    }
    const { html, ...meta } = article;
    writeArticleHtml(cacheDir, id, html);
    cache.set(id, { digest, file, ...meta });
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
  logger.info(`${files.length} articles, ${stale.length} rendered in ${Math.round(performance.now() - started)} ms (the others unchanged)`);
}

/**
 * Every `.mdx` file below `<content>/articles/`, relative to the content folder, in a stable order. A
 * symbolic link is refused (the content check names it): it could publish a file from elsewhere.
 */
function articleFiles(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, 'articles'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'));
  } catch {
    return [];
  }
  const outside = names.flatMap((n) => {
    const reason = outsideContentReason(root, path.join(root, 'articles', n));
    return reason ? [{ file: path.relative(process.cwd(), path.join(root, 'articles', n)), message: `not read: ${reason}` }] : [];
  });
  if (outside.length > 0) throw new ContentError(outside);
  return names.map((n) => path.join('articles', n)).sort();
}

