/**
 * The small data files of a content folder, read one way by the build, the content lint and the
 * command-line tools, so that they can never disagree about what a file says.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SlugSchema, TopicSchema } from '../../schemas/topic.ts';
import { ContentError, type Problem } from '../problems.ts';
import type { TopicInput } from './catalog.ts';
import { readTextFile } from './text-file.ts';
import { parseYamlWithPositions, readYamlData, type Position } from './yaml-positions.ts';

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
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors[0]) return { file, ids: [], problem: `invalid YAML: ${yaml.errors[0].message}` };
  const ids = yaml.data;
  if (ids === null || ids === undefined) return { file, ids: [] };
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
    return { file, ids: [], problem: 'expected a YAML list of article ids, e.g. "- 1007"' };
  }
  return { file, ids: ids as number[] };
}

/**
 * `topics.yaml` as written: each slug's entry and where it is. The one reader of the file besides Astro's
 * `file()` loader (content.config.ts), which needs the path only; problems go to `problems`.
 */
function readTopicsFile(contentDir: string, shownAs: (file: string) => string, problems: Problem[]): Array<{ slug: string; value: unknown; at: (path: ReadonlyArray<string | number>) => Position | undefined }> {
  const file = path.join(contentDir, 'topics.yaml');
  if (!existsSync(file)) {
    problems.push({ file: shownAs(file), message: 'the topics file does not exist', hint: 'list the topics in topics.yaml, keyed by slug: title, description, order' });
    return [];
  }
  let text: string;
  try {
    text = readTextFile(file, shownAs(file));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems); // not UTF-8: reported at the bad byte
    return [];
  }
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0) {
    problems.push(...yaml.errors.slice(0, 1).map((e) => ({ file: shownAs(file), line: e.line, column: e.column, message: `invalid topics file: ${e.message}` })));
    return [];
  }
  const data: unknown = yaml.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: shownAs(file), message: 'topics.yaml must map each topic slug to its title, description and order' });
    return [];
  }
  return Object.entries(data).map(([slug, value]) => ({ slug, value, at: (p) => yaml.positionOf([slug, ...p]) }));
}

/** The topics of `topics.yaml`, each checked against the schema; every problem at its line. */
export function readTopics(contentDir: string, shownAs: (file: string) => string, problems: Problem[]): TopicInput[] {
  const file = shownAs(path.join(contentDir, 'topics.yaml'));
  return readTopicsFile(contentDir, shownAs, problems).flatMap(({ slug, value, at }) => {
    const line = at([])?.line;
    const slugOk = SlugSchema.safeParse(slug);
    const parsed = TopicSchema.safeParse(value);
    if (!slugOk.success) problems.push({ file, line, message: `topic slug "${slug}": ${slugOk.error.issues[0]!.message}` });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, line: at(issue.path as Array<string | number>)?.line ?? line, message: `topic "${slug}" → ${issue.path.join('.') || 'entry'}: ${issue.message}` });
      return [];
    }
    return [{ slug, ...parsed.data }];
  });
}

/** Topic slugs and titles, for tools that need no more (the content check validates the rest). */
export function readTopicTitles(contentDir: string): Map<string, string> {
  const entries = readTopicsFile(contentDir, (f) => f, []);
  return new Map(entries.map(({ slug, value }) => {
    const title = (value as { title?: unknown } | null)?.title;
    return [slug, typeof title === 'string' ? title : slug];
  }));
}

/** `synonyms.yaml` as `{ phrase: [alternatives] }` (the file is optional); a malformed file is a ContentError. */
export function readSynonyms(contentDir: string): Record<string, string[]> {
  const file = path.join(contentDir, 'synonyms.yaml');
  if (!existsSync(file)) return {};
  const data: unknown = readYamlData(readTextFile(file), file) ?? {};
  const valid = typeof data === 'object' && !Array.isArray(data) && Object.values(data as object).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!valid) throw new ContentError([{ file, message: 'write each line as "words people type: [words the articles use]"' }]);
  return data as Record<string, string[]>;
}

/**
 * A language's titles and descriptions of the topics, `translations/<lang>/topics.yaml` (optional: a
 * topic it does not name keeps the source's words). Each entry is checked; a slug that is not a topic of
 * `topics.yaml` is a problem at its line.
 */
export function readTopicTexts(contentDir: string, lang: string, topics: ReadonlySet<string>, shownAs: (file: string) => string, problems: Problem[]): Map<string, { title: string; description: string }> {
  const folder = path.join(contentDir, 'translations', lang);
  if (!existsSync(path.join(folder, 'topics.yaml'))) return new Map();
  const file = shownAs(path.join(folder, 'topics.yaml'));
  return new Map(readTopicsFile(folder, shownAs, problems).flatMap(({ slug, value, at }) => {
    const line = at([])?.line;
    if (!topics.has(slug)) {
      problems.push({ file, line, message: `"${slug}" is not a topic of topics.yaml`, hint: `translate the topics listed there: ${[...topics].join(', ')}` });
      return [];
    }
    const parsed = TopicSchema.pick({ title: true, description: true }).strict().safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, line: at(issue.path as Array<string | number>)?.line ?? line, message: `topic "${slug}" → ${issue.path.join('.') || 'entry'}: ${issue.message}` });
      return [];
    }
    return [[slug, parsed.data] as [string, { title: string; description: string }]];
  }));
}
