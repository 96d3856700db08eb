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
}

export interface Pipeline {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
}

export function markdownPipeline({ contentDir, registry, articles: given, anchorsOf, base }: PipelineOptions): Pipeline {
  let index: ReadonlyMap<number, IndexedArticle> | undefined;
  const articles = given ?? (() => (index ??= scanContent(contentDir)));
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
    hastPlugins: [rehypeAnchorAliases(), rehypeReportBlocks(), rehypeSectionLinks(), rehypeExternalLinks(), rehypeBasePath({ base })],
  };
}
