/**
 * The small data files of a content folder, read one way by the build, the content lint and the
 * command-line tools, so that they can never disagree about what a file says.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readTextFile } from './text-file.ts';

export interface FeaturedFile {
  file: string;
  /** Article ids, most useful first; empty when the file is absent or malformed. */
  ids: number[];
  /** What is wrong with the file, when something is. */
  problem?: string;
}

/** `featured.yaml`: the home page's "Popular articles", a YAML list of ids (the file is optional). */
export function readFeatured(contentDir: string): FeaturedFile {
  const file = path.join(contentDir, 'featured.yaml');
  if (!existsSync(file)) return { file, ids: [] };
  const text = readTextFile(file); // a file that is not UTF-8 throws its ContentError at the bad byte
  let ids: unknown;
  try {
    ids = parseYaml(text);
  } catch (error) {
    return { file, ids: [], problem: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (ids === null || ids === undefined) return { file, ids: [] };
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
    return { file, ids: [], problem: 'expected a YAML list of article ids, e.g. "- 1007"' };
  }
  return { file, ids: ids as number[] };
}

/** Topic slugs and titles from `topics.yaml`, for tools that need no more (the schema checks the rest). */
export function readTopicTitles(contentDir: string): Map<string, string> {
  const data = (parseYaml(readTextFile(path.join(contentDir, 'topics.yaml'))) ?? {}) as Record<string, { title?: unknown }>;
  return new Map(Object.entries(data).map(([slug, t]) => [slug, typeof t?.title === 'string' ? t.title : slug]));
}
