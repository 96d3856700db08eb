/**
 * The content check of the translations (`translations/<lang>/<topic>/<slug>.mdx`), run by `npm run check`
 * after the source articles: each file read and compiled as the build's loader does (its language's
 * pipeline, links checked against the source articles' anchors), then held against its source
 * (`translationProblems`: id, place, errors, pinned ids) and each language's `topics.yaml` read.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { TranslationSchema } from '../../schemas/article.ts';
import { TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';
import { markdownPipeline } from '../../plugins/index.ts';
import { renderArticle } from '../../plugins/render-article.ts';
import { site } from '../../site.config.ts';
import type { Problem } from '../problems.ts';
import { localizeIndex, scanContent } from './article-index.ts';
import type { Catalog, CatalogArticle } from './catalog.ts';
import { readTopicTexts } from './data-files.ts';
import { blankFrontmatter, readFrontmatterWithLines } from './frontmatter.ts';
import { translationProblems, type TranslationInput } from './localized-catalog.ts';
import { readTextFile } from './text-file.ts';
import { outsideContentReason } from './inside-content.ts';

/**
 * Problems of the translations below `contentDir`. `catalog` is the source articles' (undefined when they
 * have problems of their own: the comparison waits for them); `anchorsOf` gives a source article's anchors.
 */
export async function lintTranslations(contentDir: string, catalog: Catalog | undefined, anchorsOf: (id: number) => ReadonlySet<string> | undefined, rel: (file: string) => string): Promise<{ problems: Problem[]; files: number }> {
  const problems: Problem[] = [];
  const folder = path.join(contentDir, 'translations');
  let names: string[] = [];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return { problems, files: 0 };
  }
  const files = names.flatMap((name) => {
    const absolute = path.join(folder, name);
    const file = rel(absolute);
    const lang = name.split(path.sep)[0]!;
    if (!(TRANSLATED_LANGS as readonly string[]).includes(lang)) {
      problems.push({ file, message: `"${lang}" is not a language the site translates into`, hint: `translations live in translations/<language>/<topic>/<slug>.mdx, with one of: ${TRANSLATED_LANGS.join(', ')} (src/i18n/languages.ts)` });
      return [];
    }
    const outside = outsideContentReason(contentDir, absolute);
    if (outside) {
      problems.push({ file, message: `not read: ${outside}` });
      return [];
    }
    return [{ name, absolute, file, lang: lang as Lang }];
  });

  const index = scanContent(contentDir);
  const inputs: TranslationInput[] = [];
  const parsed = files.flatMap((f) => {
    const text = readTextFile(f.absolute, f.file);
    const front = readFrontmatterWithLines(text, f.file);
    problems.push(...front.problems);
    const data = TranslationSchema.safeParse(front.data ?? {});
    if (!data.success) {
      for (const issue of data.error.issues) {
        problems.push({ file: f.file, line: front.lineOf(issue.path as Array<string | number>), column: 1, message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`, hint: 'a translation states id, sourceRevision, title, description, keywords and errors only (docs/authoring.md, "Translating an article")' });
      }
      return [];
    }
    const input: TranslationInput = { entryId: f.name.replace(/\.mdx$/, '').split(path.sep).join('/'), lang: f.lang, file: f.file, source: text, data: data.data };
    inputs.push(input);
    return [{ ...f, text, front, input }];
  });

  // Each language's pipeline links to its own pages, and to the fallback pages of what it does not translate.
  const translated = new Map<Lang, Set<number>>();
  for (const t of inputs) translated.set(t.lang, (translated.get(t.lang) ?? new Set()).add(t.data.id));
  const pipelines = new Map(TRANSLATED_LANGS.map((lang) => {
    const articles = localizeIndex(index, lang, translated.get(lang) ?? new Set());
    return [lang, markdownPipeline({ contentDir, articles: () => articles, anchorsOf, base: site.base, lang })];
  }));
  const anchors = new Map<TranslationInput, readonly string[]>();
  for (const { absolute, file, text, front, input, lang } of parsed) {
    // As the loader renders it: with its source's old section ids (anchorAliases).
    const aliases = index.get(input.data.id)?.anchorAliases;
    const compiled = await renderArticle(blankFrontmatter(text, front.lines), absolute, aliases ? { anchorAliases: aliases } : {}, pipelines.get(lang)!, site.base);
    for (const p of compiled.problems) problems.push({ file, line: p.line, column: p.column, message: p.reason, hint: p.hint });
    if (compiled.article) anchors.set(input, compiled.article.anchors);
  }

  if (catalog) {
    const compiled = inputs.filter((t) => anchors.has(t));
    problems.push(...translationProblems(catalog, compiled, {
      source: (a: CatalogArticle) => [...(anchorsOf(a.id) ?? [])].filter((id) => !(id in a.data.anchorAliases)),
      translation: (t) => anchors.get(t) ?? [],
    }));
    const topicSlugs = new Set(catalog.topics.map((t) => t.slug));
    for (const lang of TRANSLATED_LANGS) readTopicTexts(contentDir, lang, topicSlugs, rel, problems);
  }
  return { problems, files: files.length };
}
