/**
 * A light index of every article, read straight from the files before anything is compiled: the
 * remark plugins need to know, while compiling one article, where every other article lives.
 * Reading only the frontmatter keeps this to a fraction of the build, whatever the site's size.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FRONTMATTER_BLOCK } from './frontmatter.ts';
import { parseYamlWithPositions } from './yaml-positions.ts';
import { readTextFile } from './text-file.ts';
// The module, not the links face: that face reads the ledger, which reads this index (no import circle).
import { articlePath, parseEntryPath } from '../links/urls.ts';
import { localizedPath, SOURCE_LANG, type Lang } from '../../i18n/languages.ts';

export interface IndexedArticle {
  id: number;
  url: string;
  title: string;
  /** Short links besides `/ID`, e.g. `/restore-emails`. */
  aliases: string[];
  draft: boolean;
  /** Absolute path of the source file. */
  file: string;
  /** Old section ids kept alive (`anchorAliases`): its translations answer to them too. */
  anchorAliases?: Record<string, string> | undefined;
  /**
   * The language the linked page is written in, when it is not the linking page's: a translated page
   * links to the fallback page of an article that has no translation, and says in which language it is.
   */
  lang?: string | undefined;
}

/** Frontmatter fields the index needs, from the text of an MDX file; undefined when there is none. */
export function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = FRONTMATTER_BLOCK.exec(text);
  if (!match) return undefined;
  // Broken YAML (an alias bomb included) gives no data here: the content check reports it at its line.
  const { data } = parseYamlWithPositions(match[1] ?? '', 2);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/**
 * Indexes articles from their paths (relative to the content folder, `articles/<topic>/<slug>.mdx`) and
 * texts (or their frontmatter, when the caller parsed it already). Files without a numeric id are
 * skipped: the schema reports them.
 */
export function indexArticles(files: Array<{ relative: string; file: string; text: string; frontmatter?: Record<string, unknown> | undefined }>): Map<number, IndexedArticle> {
  const index = new Map<number, IndexedArticle>();
  for (const { relative, file, text, frontmatter } of files) {
    const place = parseEntryPath(relative.replace(/\.mdx$/, '').split(path.sep).join('/'));
    const data = frontmatter ?? readFrontmatter(text);
    const id = data?.['id'];
    if (!place || typeof id !== 'number' || index.has(id)) continue;
    const topic = typeof data?.['topic'] === 'string' ? (data['topic'] as string) : place.folder;
    const title = typeof data?.['title'] === 'string' ? (data['title'] as string) : place.slug;
    const aliases = Array.isArray(data?.['aliases']) ? (data['aliases'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    const anchorAliases = data?.['anchorAliases'] && typeof data['anchorAliases'] === 'object' ? (data['anchorAliases'] as Record<string, string>) : undefined;
    index.set(id, { id, url: articlePath(topic, place.slug), title, aliases, draft: data?.['draft'] === true, file, ...(anchorAliases ? { anchorAliases } : {}) });
  }
  return index;
}

/**
 * The frontmatter of each file read, while the file is unchanged (same size and modification time): the
 * translations loader indexes every source article on each sync, which in `astro dev` is every edit of a
 * translation; an unchanged file then costs a stat, not a read and a YAML parse.
 */
const frontmatterMemo = new Map<string, { stamp: string; frontmatter: Record<string, unknown> | undefined }>();

function frontmatterOf(file: string): Record<string, unknown> | undefined {
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size} ${mtimeMs}`;
  const known = frontmatterMemo.get(file);
  if (known?.stamp === stamp) return known.frontmatter;
  const frontmatter = readFrontmatter(readTextFile(file));
  frontmatterMemo.set(file, { stamp, frontmatter });
  return frontmatter;
}

/** Reads and indexes every `articles/**\/*.mdx` file below `contentDir`. */
export function scanContent(contentDir: string): Map<number, IndexedArticle> {
  const root = path.resolve(contentDir);
  const articles = path.join(root, 'articles');
  let names: string[] = [];
  try {
    names = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'));
  } catch {
    return new Map();
  }
  return indexArticles(
    names.map((n) => {
      const file = path.join(articles, n);
      return { relative: path.join('articles', n), file, text: '', frontmatter: frontmatterOf(file) ?? {} };
    }),
  );
}

/**
 * The index as a page in `lang` links to it: every article at its URL in that language, and, when the
 * article has no translation in it (not in `translated`), marked with the language its page is in.
 */
export function localizeIndex(index: ReadonlyMap<number, IndexedArticle>, lang: Lang, translated: ReadonlySet<number>): Map<number, IndexedArticle> {
  if (lang === SOURCE_LANG) return new Map(index);
  return new Map([...index].map(([id, a]) => [id, { ...a, url: localizedPath(lang, a.url), ...(translated.has(id) ? {} : { lang: SOURCE_LANG }) }]));
}
