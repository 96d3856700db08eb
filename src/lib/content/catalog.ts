/**
 * The catalog: every article and topic, validated, ordered and cross-referenced once per build.
 * Pages receive slices of it as props, so that no page scans the whole collection again (per-page
 * work stays constant as the site grows).
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { Topic } from '../../schemas/topic.ts';
import { closest, ContentError, type Problem } from '../problems.ts';
import { locateField } from './frontmatter.ts';
import { RESERVED_PATHS } from '../links/site-routes.ts';
import { articlePath, parseEntryPath, shortPath, topicPath } from '../links/urls.ts';


export interface ArticleInput {
  /** The glob loader's id: `articles/<topic>/<slug>`. */
  entryId: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Raw file text, used only to point problems at a line. */
  source?: string | undefined;
  data: ArticleData;
  /** Date of the file's last commit, when the frontmatter gives none. */
  committed?: Date | undefined;
  /** The content layer's digest of the file: changes whenever the file does. */
  digest?: string | undefined;
}

export interface TopicInput extends Topic {
  slug: string;
}

/** What a link, a card or a list item needs to show an article. */
export interface ArticleSummary {
  id: number;
  title: string;
  description: string;
  topic: string;
  slug: string;
  url: string;
}

export interface CatalogArticle extends ArticleSummary {
  entryId: string;
  file: string;
  data: ArticleData;
  /** Frontmatter `updated`, else the last commit date, else undefined (a file never committed). */
  updated: Date | undefined;
  /** The content layer's digest of the file, when known. */
  digest?: string | undefined;
}

export interface TopicView extends TopicInput {
  url: string;
  articles: ArticleSummary[];
}

export interface Catalog {
  /** Topics in display order, each with its articles in display order. */
  topics: TopicView[];
  /** Published articles, grouped by topic in display order. */
  articles: CatalogArticle[];
  byId: ReadonlyMap<number, CatalogArticle>;
  /** Ids of drafts: not published, and not to be linked to. */
  draftIds: ReadonlySet<number>;
  /** Featured articles for the home page, in the order the featured list gives. */
  featured: ArticleSummary[];
}

export interface CatalogInput {
  articles: ArticleInput[];
  topics: TopicInput[];
  /** Ids of the articles to feature on the home page, most useful first. */
  featured?: number[];
  /** Where the featured list lives, for messages. */
  featuredFile?: string;
  /** Build drafts as pages too (development only). */
  includeDrafts?: boolean;
  /** The URLs each id has published (the ledger): of two articles with one id, the published one keeps it. */
  published?: ReadonlyMap<number, readonly string[]>;
}

/** Builds the catalog, or throws a ContentError listing every problem found. */
export function buildCatalog(input: CatalogInput): Catalog {
  const problems: Problem[] = [];
  const at = (a: ArticleInput, field: string, value?: string | number) =>
    a.source ? locateField(a.source, field, value) : undefined;
  const report = (a: ArticleInput, field: string, message: string, hint?: string, value?: string | number) =>
    problems.push({ file: a.file, ...at(a, field, value), message, hint });

  const topicSlugs = new Set(input.topics.map((t) => t.slug));
  const owners = idOwners(input);
  let nextFree = Math.max(0, ...input.articles.map((a) => a.data.id), ...(input.published?.keys() ?? [])) + 1;
  const seenIds = new Map<number, ArticleInput>();
  const seenUrls = new Map<string, ArticleInput>();
  const published: CatalogArticle[] = [];
  const draftIds = new Set<number>();

  for (const a of input.articles) {
    const { id, topic } = a.data;
    const owner = owners.get(id)!;
    if (owner !== a) {
      const published = input.published?.get(id)?.[0];
      report(a, 'id', `id ${id} is already used by ${owner.file}${published ? `, published at ${published}` : ''}`,
        `give this article the next free id: \`id: ${nextFree++}\`. Ids are permanent: ${owner.file} keeps ${id}`);
    }
    if (!seenIds.has(id)) seenIds.set(id, a);
    if (RESERVED_PATHS.includes(shortPath(id))) report(a, 'id', `id ${id} would give the short link ${shortPath(id)}, which is a page of the site`, 'give this article the next free id (npm run new picks one)');

    const place = parseEntryPath(a.entryId);
    if (!place) {
      problems.push({ file: a.file, message: 'articles live exactly one folder deep: content/articles/<topic>/<slug>.mdx' });
      continue;
    }
    if (!topicSlugs.has(topic)) {
      const guess = closest(topic, topicSlugs);
      report(a, 'topic', `unknown topic "${topic}"`, guess ? `did you mean "${guess}"? Topics are listed in topics.yaml` : `add it to topics.yaml or use one of: ${[...topicSlugs].join(', ')}`);
    } else if (place.folder !== topic) {
      report(a, 'topic', `topic "${topic}" does not match the folder "${place.folder}"`, `move the file to articles/${topic}/ or set topic: ${place.folder}`);
    }

    const url = articlePath(topic, place.slug);
    const clash = seenUrls.get(url);
    if (clash) problems.push({ file: a.file, message: `URL ${url} is already used by ${clash.file}`, hint: 'rename one of the files: the file name is the slug' });
    seenUrls.set(url, a);

    if (a.data.draft && !input.includeDrafts) {
      draftIds.add(id);
      continue;
    }
    published.push({
      id, topic, url, slug: place.slug, title: a.data.title, description: a.data.description,
      entryId: a.entryId, file: a.file, data: a.data, updated: a.data.updated ?? a.committed, digest: a.digest,
    });
  }

  for (const a of input.articles) {
    for (const rel of a.data.related) {
      if (rel === a.data.id) report(a, 'related', `an article cannot be related to itself (${rel})`, 'remove it from related', rel);
      else if (!seenIds.has(rel)) report(a, 'related', `related article ${rel} does not exist`, hintForId(rel, seenIds.keys()), rel);
      else if (draftIds.has(rel) && !a.data.draft) report(a, 'related', `related article ${rel} is a draft`, 'publish it first, or remove it from related', rel);
    }
  }

  // Aliases are short links: each must lead to one article, and none may hide a page of the site.
  const routes = new Map<string, string>([
    ...RESERVED_PATHS.map((r) => [r, 'a page of the site'] as [string, string]),
    ...input.topics.map((t) => [topicPath(t.slug).slice(0, -1), `the topic "${t.slug}"`] as [string, string]),
    ...[...seenUrls].map(([url, a]) => [url.slice(0, -1), a.file] as [string, string]),
  ]);
  const aliasOwners = new Map<string, ArticleInput>();
  for (const a of input.articles) {
    for (const alias of a.data.aliases) {
      const clash = routes.get(alias) ?? (aliasOwners.get(alias) && aliasOwners.get(alias) !== a ? `the alias of ${aliasOwners.get(alias)!.file}` : undefined);
      if (clash) report(a, 'aliases', `alias ${alias} is already ${clash}`, 'pick another short link: each one leads to a single place', alias);
      aliasOwners.set(alias, aliasOwners.get(alias) ?? a);
    }
  }

  const byId = new Map(published.map((a) => [a.id, a]));
  const featured: ArticleSummary[] = [];
  for (const id of input.featured ?? []) {
    const article = byId.get(id);
    if (article) featured.push(summarize(article));
    else problems.push({ file: input.featuredFile ?? 'featured.yaml', message: `featured article ${id} does not exist or is a draft`, hint: hintForId(id, byId.keys()) });
  }

  if (problems.length > 0) throw new ContentError(problems);

  const topics = [...input.topics]
    .sort((x, y) => x.order - y.order || x.title.localeCompare(y.title))
    .map((t) => ({
      ...t,
      url: topicPath(t.slug),
      articles: published.filter((a) => a.topic === t.slug).sort(byImportance).map(summarize),
    }));
  const ordered = topics.flatMap((t) => t.articles.map((s) => byId.get(s.id)!));
  return { topics, articles: ordered, byId, draftIds, featured };
}

/**
 * Which article keeps an id that several articles give: the one the ledger published under it (its URL
 * is among the id's), else the oldest (by last commit; a file never committed is the newest), else the
 * first in file order. The others are the new ones at fault: an id, once published, never changes hands.
 */
function idOwners(input: CatalogInput): Map<number, ArticleInput> {
  const byId = new Map<number, ArticleInput[]>();
  for (const a of input.articles) byId.set(a.data.id, [...(byId.get(a.data.id) ?? []), a]);
  const published = (a: ArticleInput) => {
    const place = parseEntryPath(a.entryId);
    return place !== undefined && (input.published?.get(a.data.id) ?? []).includes(articlePath(a.data.topic, place.slug));
  };
  const age = (a: ArticleInput) => a.committed?.getTime() ?? Infinity;
  return new Map([...byId].map(([id, claimants]) => [id, claimants.reduce((keeper, a) =>
    (published(a) && !published(keeper)) || (published(a) === published(keeper) && age(a) < age(keeper)) ? a : keeper)]));
}

/** Within a topic: explicit `order` first (ascending), then the rest by title. */
function byImportance(a: CatalogArticle, b: CatalogArticle): number {
  const oa = a.data.order ?? Infinity;
  const ob = b.data.order ?? Infinity;
  return oa === ob ? a.title.localeCompare(b.title) : oa - ob;
}

/** The fields a link or card needs, without the article body or frontmatter. */
export function summarize(a: CatalogArticle): ArticleSummary {
  return { id: a.id, title: a.title, description: a.description, topic: a.topic, slug: a.slug, url: a.url };
}

/** Previous and next article within the same topic, for the article footer. */
export function neighbours(catalog: { topics: ReadonlyArray<{ slug: string; articles: ArticleSummary[] }>; byId: ReadonlyMap<number, { topic: string }> }, id: number): { prev?: ArticleSummary; next?: ArticleSummary } {
  const article = catalog.byId.get(id);
  const list = catalog.topics.find((t) => t.slug === article?.topic)?.articles ?? [];
  const i = list.findIndex((a) => a.id === id);
  return {
    ...(i > 0 ? { prev: list[i - 1]! } : {}),
    ...(i >= 0 && i < list.length - 1 ? { next: list[i + 1]! } : {}),
  };
}

/** Related articles in the order the author listed them (published ones only). */
export function relatedTo(catalog: Catalog, id: number): ArticleSummary[] {
  const article = catalog.byId.get(id);
  return (article?.data.related ?? []).flatMap((r) => {
    const target = catalog.byId.get(r);
    return target ? [summarize(target)] : [];
  });
}

function hintForId(id: number, known: Iterable<number>): string {
  const guess = closest(String(id), [...known].map(String));
  return guess ? `did you mean ${guess}?` : 'check the id of the article you meant';
}
