/**
 * The Markdown/MDX pipeline of the site: Sätteri plugins over the same mdast and hast trees as remark
 * and rehype. `render-article.ts` runs them for the content loader and the content check alike.
 * Order matters: rules first, then ids, then the plugins that use them, then the check that fails.
 */
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
// Modules, not the subsystems' index.ts: the content check (exported there) runs this pipeline.
import { scanContent, type IndexedArticle } from '../lib/content/article-index.ts';
import type { LinkRegistry } from '../lib/links/link-registry.ts';
import { failOnProblems } from './problems.ts';
import { rehypeAnchorAliases } from './rehype-anchor-aliases.ts';
import { rehypeBasePath } from './rehype-base-path.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeReportBlocks } from './rehype-report-blocks.ts';
import { rehypeSectionLinks } from './rehype-section-links.ts';
import { remarkAnchorAliases } from './remark-anchor-aliases.ts';
import { remarkAuthoringRules } from './remark-authoring-rules.ts';
import { remarkCrossLinks } from './remark-cross-links.ts';
import { remarkHeadingIds, remarkPinnedSections } from './remark-heading-ids.ts';
import { remarkRecordAnchors } from './remark-record-anchors.ts';
import { remarkSteps } from './remark-steps.ts';
import { rehypeLanguageLinks } from './rehype-language-links.ts';
import { rehypeLocalizeSiteLinks } from './rehype-localize-site-links.ts';
import { SOURCE_LANG, splitLangPath, type Lang } from '../i18n/languages.ts';
import { FIXED_PAGES } from '../lib/links/site-routes.ts';
import { ui } from '../i18n/ui.ts';

/** Markdown features, as Astro sets them for `.mdx` (GitHub-flavoured Markdown, smart punctuation). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface PipelineOptions {
  /** The content folder whose articles cross-links resolve against. */
  contentDir: string;
  /** Where links and anchors are recorded for the check after all articles are compiled (the content check). */
  registry?: LinkRegistry | undefined;
  /** The article index, when the caller already read it (the content loader re-reads it on every sync). */
  articles?: () => ReadonlyMap<number, IndexedArticle>;
  /** Anchors of an article, when known up front (the content lint's second pass): checked at once. */
  anchorsOf?: (id: number) => ReadonlySet<string> | undefined;
  /** The path the site is served under (`/help/`); root-relative URLs in articles get it. */
  base: string;
  /**
   * The language of the articles rendered (a translation's), when it is not the source's: `articles` is
   * then that language's view of the index (`localizeIndex`), and links to fallback pages say so.
   */
  lang?: Lang | undefined;
  /**
   * The language of the page's interface when it is not the text's: a fallback page (the source's text in
   * another language's pages) has its controls (the sections' share menus) in the page's language.
   */
  interfaceLang?: Lang | undefined;
}

export interface Pipeline {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
  /** The language the articles are rendered in: the words of the components follow it. */
  lang: Lang;
}

/**
 * The source language's pages an author may link to by path: the fixed pages, the topics and the
 * articles (from an index in any language: its URLs, without their language).
 */
function sourceSitePages(articles: ReadonlyMap<number, IndexedArticle>): Set<string> {
  const urls = [...articles.values()].map((a) => splitLangPath(a.url).path);
  return new Set([...FIXED_PAGES.map((p) => p.path), ...urls, ...urls.map((u) => `/${u.split('/')[1]}/`)]);
}

export function markdownPipeline({ contentDir, registry, articles: given, anchorsOf, base, lang, interfaceLang }: PipelineOptions): Pipeline {
  let index: ReadonlyMap<number, IndexedArticle> | undefined;
  const articles = given ?? (() => (index ??= scanContent(contentDir)));
  const pageLang = interfaceLang ?? lang ?? SOURCE_LANG;
  let sitePages = { of: new Map() as ReadonlyMap<number, IndexedArticle>, pages: new Set<string>() };
  const pagesNow = () => {
    const now = articles();
    if (now !== sitePages.of) sitePages = { of: now, pages: sourceSitePages(now) };
    return sitePages.pages;
  };
  return {
    mdastPlugins: [
      remarkAuthoringRules({ contentDir }),
      remarkHeadingIds(),
      remarkPinnedSections(),
      remarkSteps(),
      remarkAnchorAliases(),
      remarkCrossLinks({ articles, registry, anchorsOf }),
      remarkRecordAnchors({ registry }),
      failOnProblems,
    ],
    hastPlugins: [
      rehypeAnchorAliases(), rehypeReportBlocks(), rehypeSectionLinks(ui(pageLang).article, interfaceLang), rehypeExternalLinks(),
      ...(lang && lang !== SOURCE_LANG ? [rehypeLanguageLinks({ lang, articles })] : []),
      ...(pageLang !== SOURCE_LANG ? [rehypeLocalizeSiteLinks({ lang: pageLang, pages: pagesNow })] : []),
      rehypeBasePath({ base }),
    ],
    lang: lang ?? SOURCE_LANG,
  };
}
