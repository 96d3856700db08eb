/**
 * The Markdown/MDX pipeline of the site: plugins of Astro's native processor, Sätteri, over the same
 * mdast and hast trees as remark and rehype. The Astro build (`astro.config.ts`) and the content lint
 * (`compile-article.ts`) take their plugins from here, so that both compile articles the same way.
 * Order matters: rules first, then ids, then the plugins that use them, then the check that fails.
 */
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
// Modules, not the subsystems' index.ts: the content check (exported there) runs this pipeline.
import { scanContent, type IndexedArticle } from '../lib/content/article-index.ts';
import { linkRegistry, type LinkRegistry } from '../lib/links/link-registry.ts';
import { contentDir, site } from '../site.config.ts';
import { failOnProblems } from './problems.ts';
import { rehypeAnchorAliases } from './rehype-anchor-aliases.ts';
import { rehypeBasePath } from './rehype-base-path.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeReportBlocks } from './rehype-report-blocks.ts';
import { rehypeSectionLinks } from './rehype-section-links.ts';
import { remarkAnchorAliases } from './remark-anchor-aliases.ts';
import { remarkAuthoringRules } from './remark-authoring-rules.ts';
import { remarkCrossLinks } from './remark-cross-links.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkRecordAnchors } from './remark-record-anchors.ts';
import { remarkSteps } from './remark-steps.ts';

/** Markdown features, as Astro sets them for `.mdx` (GitHub-flavoured Markdown, smart punctuation). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface PipelineOptions {
  /** The content folder whose articles cross-links resolve against. */
  contentDir: string;
  /** Where links and anchors are recorded for the check after all articles are compiled. */
  registry: LinkRegistry;
  /** Re-read the article index on every file (development, where files come and go). */
  rescan?: () => boolean;
  /** Anchors of an article, when known up front (the content lint's second pass): checked at once. */
  anchorsOf?: (id: number) => ReadonlySet<string> | undefined;
  /** The path the site is served under (`/help/`); root-relative URLs in articles get it. Default: the site's. */
  base?: string;
}

export interface Pipeline {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
}

export function markdownPipeline({ contentDir, registry, rescan = () => false, anchorsOf, base = site.base }: PipelineOptions): Pipeline {
  let index: Map<number, IndexedArticle> | undefined;
  const articles = () => {
    if (!index || rescan()) index = scanContent(contentDir);
    return index;
  };
  return {
    mdastPlugins: [
      remarkAuthoringRules(),
      remarkHeadingIds(),
      remarkSteps(),
      remarkAnchorAliases(),
      remarkCrossLinks({ articles, registry, anchorsOf }),
      remarkRecordAnchors({ registry }),
      failOnProblems,
    ],
    hastPlugins: [rehypeAnchorAliases(), rehypeReportBlocks(), rehypeSectionLinks(), rehypeExternalLinks(), rehypeBasePath({ base })],
  };
}

/**
 * Whether the running Astro command is the dev server, where articles come and go while it runs (set by
 * the authoring integration). A build reads the article index once: re-reading it for each of 10,000
 * articles would make the build quadratic.
 */
export const pipelineMode = { dev: false };

/** The pipeline of the running build. */
export const { mdastPlugins, hastPlugins } = markdownPipeline({
  contentDir,
  registry: linkRegistry,
  rescan: () => pipelineMode.dev,
});
