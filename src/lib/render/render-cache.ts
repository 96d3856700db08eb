/**
 * Where rendered articles live between builds: one HTML file per article and one index of what each
 * was rendered from, in `node_modules/.astro/<content folder key>/articles-<base key>/`. The content
 * loader writes it, the article pages read their HTML from it, and the ledger check reads the anchors
 * and links from it: three readers in three module graphs (Astro loads the content config, the pages
 * and the integrations separately), so they share a folder rather than a variable.
 *
 * HTML stays out of Astro's data store on purpose: the store is loaded whole, as one module, by every
 * page-generating process, and at 10,000 articles their HTML would be most of it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordedLink } from '../links/link-registry.ts';
import { writeFileAtomic } from '../build/atomic-write.ts';

/** What the cache knows of one rendered article (everything but its HTML). */
export interface CachedArticle {
  /** Digest of the file's text and of the renderer's code and options: the render is reused only while it is the same. */
  digest: string;
  /** Absolute path of the article. */
  file: string;
  headings: Array<{ depth: number; slug: string; text: string }>;
  scripts: string[];
  /** Images next to the article: the page takes its HTML from Astro's store then, which resolves them. */
  images: string[];
  anchors: string[];
  links: RecordedLink[];
  /** Linked article ids, with what their links were rendered from (see `targetState`). */
  targets: Record<number, string>;
  /** The article's id (its frontmatter's), when it has one. */
  articleId?: number | undefined;
  /** Fingerprints of the sections of a source article, for its translations' revisions (`lib/translations/revisions.ts`). */
  sections?: Record<string, string> | undefined;
}

export type RenderIndex = Map<string, CachedArticle>;

const INDEX_VERSION = 3;

/** Astro's cache folder for a content folder: corpora built by the same checkout (KB_CONTENT_DIR) never mix. */
export function contentCacheDir(contentDir: string, root = process.cwd()): string {
  const key = createHash('sha256').update(path.resolve(root, contentDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.astro', key);
}

/**
 * The render cache of a collection (`articles`, the source; `translations`) of a content folder served
 * under `base` (the HTML depends on the base). One folder per collection: their loaders run side by side.
 */
export function renderCacheDir(contentDir: string, base: string, root = process.cwd(), collection: RenderedKind = 'articles'): string {
  const key = createHash('sha256').update(base).digest('hex').slice(0, 8);
  return path.join(contentCacheDir(contentDir, root), `${collection}-${key}`);
}

/** The collections whose entries are rendered articles: the source articles and their translations. */
export type ArticleCollection = 'articles' | 'translations';

/**
 * What the render cache holds: the entries of each collection, and the fallback pages (a source article
 * rendered for a language that has no translation of it, entry ids `<lang>/<source entry id>`).
 */
export type RenderedKind = ArticleCollection | 'fallbacks';

/** The render cache's entry of the fallback page of `lang` for the source entry `articles/<topic>/<slug>`. */
export const fallbackEntryId = (lang: string, sourceEntryId: string): string => `${lang}/${sourceEntryId}`;

/** The site path a fallback entry is served at: `it/articles/spam/x` → `/it/spam/x/` (an article's folder is its topic). */
export function fallbackSitePath(entryId: string): string {
  const [lang, , ...place] = entryId.split('/');
  return `/${lang}/${place.join('/')}/`;
}

/** The index of a render cache; empty when there is none, or one written by another version of this code. */
export function readRenderIndex(dir: string): RenderIndex {
  try {
    const stored = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { version: number; articles: Record<string, CachedArticle> };
    return stored.version === INDEX_VERSION ? new Map(Object.entries(stored.articles)) : new Map();
  } catch {
    return new Map();
  }
}

/** Replaces the index, atomically: written after the HTML files it describes. */
export function writeRenderIndex(dir: string, index: RenderIndex): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(path.join(dir, 'index.json'), JSON.stringify({ version: INDEX_VERSION, articles: Object.fromEntries([...index].sort(([a], [b]) => a.localeCompare(b))) }));
}

const htmlFile = (dir: string, entryId: string) => path.join(dir, 'html', `${entryId}.html`);

export function writeArticleHtml(dir: string, entryId: string, html: string): void {
  const file = htmlFile(dir, entryId);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

export function readArticleHtml(dir: string, entryId: string): string {
  return readFileSync(htmlFile(dir, entryId), 'utf8');
}

export function removeArticleHtml(dir: string, entryId: string): void {
  rmSync(htmlFile(dir, entryId), { force: true });
}
