/**
 * The one place that reads the content collections. It builds the catalog once per build and
 * hands it to every route, which then pass plain data to layouts and components.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import { contentDir, site } from '../../site.config.ts';
import { readArticleHtml, readRenderIndex, renderCacheDir, type CachedArticle, type RenderedKind, type RenderIndex } from '../render/render-cache.ts';
import { revisionState } from '../translations/revision-state.ts';
import { buildCatalog, type Catalog, type CatalogArticle, type CatalogInput } from './catalog.ts';
import { readFeatured, readTopicTexts } from './data-files.ts';
import { ContentError, type Problem } from '../problems.ts';
import { TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';
import { siteLanguages } from './site-languages.ts';
import { languagesById, localizeCatalog, translationProblems, type LanguageCatalog, type TranslationInput } from './localized-catalog.ts';
import { readCommitDates } from './git-dates.ts';
import { readTextFile } from './text-file.ts';

let catalog: Promise<Catalog> | undefined;
const rendered = new Map<RenderedKind, Promise<RenderedArticles>>();
let languages: Promise<Map<Lang, LanguageCatalog>> | undefined;

/** The articles as the content loader rendered them: what each page shows of its article. */
export interface RenderedArticles {
  /** What the cache knows of every article it holds. */
  index: RenderIndex;
  article(entryId: string): CachedArticle;
  html(entryId: string): string;
}

/** The validated catalog of the content folder (memoized: routes share one instance). */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

/**
 * The render cache the content loader filled for this build, of the source articles, the translations
 * or the fallback pages (memoized: read once per build).
 */
export function getRenderedArticles(collection: RenderedKind = 'articles'): Promise<RenderedArticles> {
  if (!rendered.has(collection)) rendered.set(collection, Promise.resolve().then((): RenderedArticles => {
    const dir = renderCacheDir(contentDir, site.base, undefined, collection);
    const index = readRenderIndex(dir);
    return {
      index,
      article(entryId) {
        const found = index.get(entryId);
        if (!found) throw new Error(`${entryId} is not in the render cache ${dir}: the content sync did not render it`);
        return found;
      },
      html: (entryId) => readArticleHtml(dir, entryId),
    };
  }));
  return rendered.get(collection)!;
}

/** The catalog as the pages of `lang` show it (every language's is built and checked at once, memoized). */
export async function getLanguageCatalog(lang: Lang): Promise<LanguageCatalog> {
  languages ??= loadLanguages();
  return (await languages).get(lang)!;
}

async function loadLanguages(): Promise<Map<Lang, LanguageCatalog>> {
  // A corpus without translations has no translations collection to read (Astro warns about an empty one).
  const translated = siteLanguages(contentDir).length > 1;
  const [source, entries, renderedSource, renderedTranslations] = await Promise.all([
    getCatalog(), translated ? getCollection('translations') : Promise.resolve([]), getRenderedArticles('articles'), getRenderedArticles('translations'),
  ]);
  const input = (withSources: boolean): TranslationInput[] => entries
    .filter((e) => import.meta.env.DEV || !e.data.draft)
    .map((e) => {
      const file = path.relative(process.cwd(), e.filePath ?? path.join(contentDir, 'translations', `${e.id}.mdx`));
      return { entryId: e.id, lang: e.id.split('/')[0] as Lang, file, source: withSources ? readTextFile(file) : undefined, data: e.data };
    });
  const anchors = {
    source: (a: CatalogArticle) => renderedSource.article(a.entryId).anchors.filter((id) => !(id in a.data.anchorAliases)),
    translation: (t: TranslationInput) => renderedTranslations.article(t.entryId).anchors,
  };
  const translations = input(false);
  const problems: Problem[] = [];
  const revisions = revisionState(contentDir, renderedSource.index, renderedTranslations.index).now;
  if (translationProblems(source, translations, anchors, revisions).length > 0) problems.push(...translationProblems(source, input(true), anchors, revisions));
  const topicSlugs = new Set(source.topics.map((t) => t.slug));
  const texts = new Map(TRANSLATED_LANGS.map((lang) => [lang, readTopicTexts(contentDir, lang, topicSlugs, (f) => path.relative(process.cwd(), f), problems)]));
  if (problems.length > 0) throw new ContentError(problems);
  const translatedInto = languagesById(translations);
  return new Map(siteLanguages(contentDir).map((lang) => [lang, localizeCatalog(source, lang, translations, texts.get(lang as never) ?? new Map(), translatedInto, revisions)]));
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
