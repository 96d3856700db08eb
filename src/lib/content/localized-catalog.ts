/**
 * The catalog in each language of the site. Every article exists in every language: as its translation
 * when there is one, else as a *fallback* (the language's interface around the source text, marked as
 * such, kept out of search engines and of that language's search index). Structure (topics, order,
 * URLs, related articles) is the source's; a language only supplies words.
 */
import type { ArticleError, TranslationData } from '../../schemas/article.ts';
import { localizedPath, SOURCE_LANG, type Lang } from '../../i18n/languages.ts';
import { closest, type Problem } from '../problems.ts';
import { articlePath, parseEntryPath } from '../links/urls.ts';
import type { ArticleSummary, Catalog, CatalogArticle, TopicView } from './catalog.ts';
import { locateField } from './frontmatter.ts';
import { outdatedSections, type OutdatedSection, type RevisionLedger } from '../translations/revisions.ts';

export interface TranslationInput {
  /** The loader's id: `<lang>/<topic>/<slug>`. */
  entryId: string;
  lang: Lang;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Raw file text, to point problems at a line (read only when there are problems). */
  source?: string | undefined;
  data: TranslationData;
}

/** An article as a page in one language shows it. */
export interface LocalizedArticle extends ArticleSummary {
  /** The language of the page. */
  lang: Lang;
  /** The language its text is in: the page's, or the source's on a fallback page. */
  contentLang: Lang;
  /** Whether the page is a fallback (no translation in the page's language). */
  fallback: boolean;
  /** Where its rendered HTML is: the collection and the entry. */
  collection: 'articles' | 'translations';
  entryId: string;
  keywords: string[];
  errors: ArticleError[];
  updated: Date | undefined;
  /** The source revision a translation was made from. */
  sourceRevision?: number | undefined;
  /** The sections of a translation whose original changed after its revision, and when. */
  outdated: OutdatedSection[];
  /** The article in the source language. */
  source: CatalogArticle;
  /** The languages it is really written in (the source's first): hreflang partners and the switcher. */
  languages: Lang[];
}

export interface LanguageCatalog {
  lang: Lang;
  topics: TopicView[];
  /** Every published article, grouped by topic in display order (as the source catalog). */
  articles: LocalizedArticle[];
  byId: ReadonlyMap<number, LocalizedArticle>;
  featured: ArticleSummary[];
}

export type TopicTexts = ReadonlyMap<string, { title: string; description: string }>;

/** Which languages each article is translated into, from all languages' translations. */
export function languagesById(translations: readonly TranslationInput[]): Map<number, Lang[]> {
  const byId = new Map<number, Lang[]>();
  for (const t of translations) if (!t.data.draft) byId.set(t.data.id, [...(byId.get(t.data.id) ?? []), t.lang]);
  return byId;
}

/**
 * The catalog as `lang`'s pages show it. `translations` are that language's (checked already by
 * `translationProblems`); `translatedInto` gives every article's languages (for the switcher).
 */
export function localizeCatalog(catalog: Catalog, lang: Lang, translations: readonly TranslationInput[], topicTexts: TopicTexts, translatedInto: ReadonlyMap<number, readonly Lang[]>, revisions: RevisionLedger = { articles: {} }): LanguageCatalog {
  const own = new Map(translations.filter((t) => t.lang === lang && !t.data.draft).map((t) => [t.data.id, t]));
  const localize = (a: CatalogArticle): LocalizedArticle => {
    const t = lang === SOURCE_LANG ? undefined : own.get(a.id);
    const languages = [SOURCE_LANG, ...(translatedInto.get(a.id) ?? [])];
    const common = { id: a.id, topic: a.topic, slug: a.slug, url: localizedPath(lang, a.url), lang, source: a, languages };
    if (!t) {
      return {
        ...common, title: a.title, description: a.description, contentLang: SOURCE_LANG, fallback: lang !== SOURCE_LANG,
        collection: 'articles', entryId: a.entryId, keywords: a.data.keywords, errors: a.data.errors, updated: a.updated, outdated: [],
      };
    }
    return {
      ...common, title: t.data.title, description: t.data.description, contentLang: lang, fallback: false,
      collection: 'translations', entryId: t.entryId, keywords: t.data.keywords, errors: t.data.errors,
      updated: t.data.updated ?? a.updated, sourceRevision: t.data.sourceRevision,
      outdated: outdatedSections(revisions.articles[String(a.id)] ?? [], t.data.sourceRevision) ?? [],
    };
  };
  const articles = catalog.articles.map(localize);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const summary = (id: number): ArticleSummary => {
    const { title, description, topic, slug, url } = byId.get(id)!;
    return { id, title, description, topic, slug, url };
  };
  const topics = catalog.topics.map((t) => ({
    ...t,
    ...(lang === SOURCE_LANG ? {} : topicTexts.get(t.slug)),
    url: localizedPath(lang, t.url),
    articles: t.articles.map((a) => summary(a.id)),
  }));
  return { lang, topics, articles, byId, featured: catalog.featured.map((f) => summary(f.id)) };
}

/**
 * What is wrong with the translations, each at its file and line: an id that no published article has,
 * a file not at its source's place, two translations of one article in a language, errors that are not
 * the source's, and pinned ids (sections, steps) that differ from the source's.
 */
export function translationProblems(
  catalog: Catalog,
  translations: readonly TranslationInput[],
  anchors: { source(a: CatalogArticle): readonly string[]; translation(t: TranslationInput): readonly string[] },
  revisions?: RevisionLedger,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, TranslationInput>();
  for (const t of translations) {
    const at = (field: string, value?: string | number) => (t.source ? locateField(t.source, field, value) : undefined);
    const source = catalog.byId.get(t.data.id);
    if (!source) {
      const guess = closest(String(t.data.id), [...catalog.byId.keys()].map(String));
      problems.push({ file: t.file, ...at('id'), message: `translates article ${t.data.id}, which does not exist or is a draft`, hint: guess ? `did you mean ${guess} (${catalog.byId.get(Number(guess))!.file})?` : 'use the id of the article it translates' });
      continue;
    }
    const place = parseEntryPath(`articles/${t.entryId.split('/').slice(1).join('/')}`);
    if (!place || articlePath(place.folder, place.slug) !== source.url) {
      problems.push({ file: t.file, message: `translates ${source.file}, so it belongs at translations/${t.lang}${source.url.replace(/\/$/, '')}.mdx`, hint: 'a translation mirrors the place of its source: move the file' });
    }
    const twin = seen.get(`${t.lang} ${t.data.id}`);
    if (twin) problems.push({ file: t.file, ...at('id'), message: `article ${t.data.id} already has a ${t.lang} translation: ${twin.file}`, hint: 'keep one translation per article and language' });
    seen.set(`${t.lang} ${t.data.id}`, t);

    const history = revisions?.articles[String(t.data.id)];
    if (history && !history.some((r) => r.revision === t.data.sourceRevision)) {
      problems.push({ file: t.file, ...at('sourceRevision'), message: `revision ${t.data.sourceRevision} of ${source.file} does not exist: its revisions are 1 to ${history.at(-1)!.revision} (content/revisions.json)`, hint: 'write the revision of the source you translated from; a new translation takes the last one' });
    }

    const expected = source.data.errors;
    const sameError = (a: ArticleError, b: ArticleError | undefined) => b !== undefined && a.code === b.code && a.message === b.message && a.section === b.section;
    if (t.data.errors.length !== expected.length || !expected.every((e, i) => sameError(e, t.data.errors[i]))) {
      problems.push({ file: t.file, ...at('errors'), message: `errors must be the source's (${expected.length}), in its order, with the same code, message and section; only "meaning" is translated`, hint: `copy the errors list of ${source.file} and translate each meaning` });
    }

    // The source's old ids (anchorAliases) answer in the translation too; only its own ids are compared.
    const mine = anchors.translation(t).filter((id) => !(id in source.data.anchorAliases));
    const theirs = anchors.source(source);
    const missing = theirs.filter((id) => !mine.includes(id));
    const extra = mine.filter((id) => !theirs.includes(id));
    for (const id of missing) {
      problems.push({ file: t.file, message: `the section or step \`#${id}\` of the source is missing`, hint: `pin the heading that translates it with {#${id}}: links to /${t.lang}/${t.data.id}#${id} must land on it (${source.file})` });
    }
    for (const id of extra) {
      const line = t.source?.split('\n').findIndex((l) => l.includes(`{#${id}}`));
      problems.push({ file: t.file, ...(line !== undefined && line >= 0 ? { line: line + 1 } : {}), message: `\`#${id}\` is not an id of the source`, hint: `use the source's pinned ids, unchanged (${source.file}); ${closest(id, theirs) ? `did you mean {#${closest(id, theirs)}}?` : 'a translation adds no sections'}` });
    }
  }
  return problems;
}

/** Related articles in the order the source lists them, as the language's pages show them. */
export function relatedIn(catalog: LanguageCatalog, id: number): ArticleSummary[] {
  return (catalog.byId.get(id)?.source.data.related ?? []).flatMap((r) => {
    const target = catalog.byId.get(r);
    return target ? [{ id: target.id, title: target.title, description: target.description, topic: target.topic, slug: target.slug, url: target.url }] : [];
  });
}
