/**
 * The Markdown/MDX pipeline of the site, shared by the Astro build and the content lint so that both
 * compile articles the same way. Order matters: rules first, then ids, then the plugins that use them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { scanContent, type IndexedArticle } from '../lib/content-index.ts';
import { linkRegistry, type LinkRegistry } from '../lib/link-registry.ts';
import { contentDir } from '../site.config.ts';
import { rehypeAnchorAliases } from './rehype-anchor-aliases.ts';
import { rehypeReportBlocks } from './rehype-report-blocks.ts';
import { rehypeSectionLinks } from './rehype-section-links.ts';
import { remarkAnchorAliases } from './remark-anchor-aliases.ts';
import { remarkAuthoringRules } from './remark-authoring-rules.ts';
import { remarkCrossLinks } from './remark-cross-links.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkRecordAnchors } from './remark-record-anchors.ts';
import { remarkFailOnProblems } from './report.ts';
import { remarkSteps } from './remark-steps.ts';

export interface PipelineOptions {
  /** The content folder whose articles cross-links resolve against. */
  contentDir: string;
  /** Where links and anchors are recorded for the check after all articles are compiled. */
  registry: LinkRegistry;
  /** Re-read the article index on every file (development, where files come and go). */
  rescan?: () => boolean;
}

export function markdownPipeline({ contentDir, registry, rescan = () => false }: PipelineOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  let index: Map<number, IndexedArticle> | undefined;
  const articles = () => {
    if (!index || rescan()) index = scanContent(contentDir);
    return index;
  };
  return {
    remarkPlugins: [
      remarkAuthoringRules,
      remarkHeadingIds,
      remarkSteps,
      remarkAnchorAliases,
      [remarkCrossLinks, { articles, registry }],
      [remarkRecordAnchors, { registry }],
      remarkFailOnProblems,
    ],
    // Links to other sites never get a handle on this one, nor learn which page sent the reader.
    rehypePlugins: [rehypeAnchorAliases, rehypeReportBlocks, rehypeSectionLinks, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
  };
}

/**
 * Whether the running Astro command is the dev server, where articles come and go while it runs (set by
 * the authoring integration). A build reads the article index once: re-reading it for each of 10,000
 * articles would make the build quadratic.
 */
export const pipelineMode = { dev: false };

/** The pipeline of the running build. */
export const { remarkPlugins, rehypePlugins } = markdownPipeline({
  contentDir,
  registry: linkRegistry,
  rescan: () => pipelineMode.dev,
});
