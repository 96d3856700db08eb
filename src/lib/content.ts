/**
 * The one place that reads the content collections. It builds the catalog once per build and
 * hands it to every route, which then pass plain data to layouts and components.
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../site.config.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { readCommitDates } from './git-dates.ts';

let catalog: Promise<Catalog> | undefined;

/** The validated catalog of the content folder (memoized: routes share one instance). */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

async function loadCatalog(): Promise<Catalog> {
  const [entries, topics] = await Promise.all([getCollection('articles'), getCollection('topics')]);
  if (entries.length === 0) {
    throw new Error(`No articles found in ${path.resolve(contentDir, 'articles')}: expected articles/<topic>/<slug>.mdx files (is KB_CONTENT_DIR right?)`);
  }
  const dates = readCommitDates(contentDir);
  const featuredFile = path.join(contentDir, 'featured.yaml');
  return buildCatalog({
    articles: entries.map((e) => {
      const file = path.relative(process.cwd(), e.filePath ?? path.join(contentDir, `${e.id}.mdx`));
      return {
        entryId: e.id,
        file,
        source: readFileSync(file, 'utf8'),
        data: e.data,
        committed: dates.get(path.resolve(file)),
      };
    }),
    topics: topics.map((t) => ({ slug: t.id, ...t.data })),
    featured: readFeatured(featuredFile),
    featuredFile,
    includeDrafts: import.meta.env.DEV,
  });
}

/** The home page's featured ids: a YAML list of article ids, most useful first (optional file). */
function readFeatured(file: string): number[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const ids: unknown = parseYaml(text);
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
    throw new Error(`${file}: expected a YAML list of article ids, e.g. "- 1007"`);
  }
  return ids as number[];
}
