/**
 * The one place that reads the content collections. It builds the catalog once per build and
 * hands it to every route, which then pass plain data to layouts and components.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import { contentDir, site } from '../../site.config.ts';
import { readArticleHtml, readRenderIndex, renderCacheDir, type CachedArticle } from '../render/render-cache.ts';
import { buildCatalog, type Catalog, type CatalogInput } from './catalog.ts';
import { readFeatured } from './data-files.ts';
import { ContentError } from '../problems.ts';
import { readCommitDates } from './git-dates.ts';
import { readTextFile } from './text-file.ts';

let catalog: Promise<Catalog> | undefined;
let rendered: Promise<RenderedArticles> | undefined;

/** The articles as the content loader rendered them: what each page shows of its article. */
export interface RenderedArticles {
  article(entryId: string): CachedArticle;
  html(entryId: string): string;
}

/** The validated catalog of the content folder (memoized: routes share one instance). */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

/** The render cache the content loader filled for this build (memoized: read once per build). */
export function getRenderedArticles(): Promise<RenderedArticles> {
  rendered ??= Promise.resolve().then(() => {
    const dir = renderCacheDir(contentDir, site.base);
    const index = readRenderIndex(dir);
    return {
      article(entryId) {
        const found = index.get(entryId);
        if (!found) throw new Error(`${entryId} is not in the render cache ${dir}: the content sync did not render it`);
        return found;
      },
      html: (entryId) => readArticleHtml(dir, entryId),
    };
  });
  return rendered;
}

async function loadCatalog(): Promise<Catalog> {
  const [entries, topics] = await Promise.all([getCollection('articles'), getCollection('topics')]);
  if (entries.length === 0) {
    throw new Error(`No articles found in ${path.resolve(contentDir, 'articles')}: expected articles/<topic>/<slug>.mdx files (is KB_CONTENT_DIR right?)`);
  }
  const featured = readFeatured(contentDir);
  if (featured.problem) throw new Error(`${featured.file}: ${featured.problem}`);
  const dates = readCommitDates(contentDir);
  const input = (withSources: boolean): CatalogInput => ({
    articles: entries.map((e) => {
      const file = path.relative(process.cwd(), e.filePath ?? path.join(contentDir, `${e.id}.mdx`));
      return {
        entryId: e.id,
        file,
        source: withSources ? readTextFile(file) : undefined,
        data: e.data,
        committed: dates.get(path.resolve(file)),
        digest: e.digest === undefined ? undefined : String(e.digest),
      };
    }),
    topics: topics.map((t) => ({ slug: t.id, ...t.data })),
    featured: featured.ids,
    featuredFile: featured.file,
    includeDrafts: import.meta.env.DEV,
  });
  try {
    return buildCatalog(input(false));
  } catch (error) {
    // Sources only serve to point problems at their lines: read them (10,000 files at scale) only then.
    if (error instanceof ContentError) buildCatalog(input(true));
    throw error;
  }
}
