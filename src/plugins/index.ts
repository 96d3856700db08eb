/**
 * The Markdown/MDX pipeline of the site, shared by the Astro build and the content lint so that both
 * compile articles the same way. Order matters: ids first, then the plugins that use them.
 */
import type { IndexedArticle } from '../lib/content-index.ts';
import { scanContent } from '../lib/content-index.ts';
import { linkRegistry } from '../lib/link-registry.ts';
import { contentDir } from '../site.config.ts';
import { rehypeReportBlocks } from './rehype-report-blocks.ts';
import { remarkCrossLinks } from './remark-cross-links.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkRecordAnchors } from './remark-record-anchors.ts';
import { remarkSteps } from './remark-steps.ts';

let index: Map<number, IndexedArticle> | undefined;
/** The article index, read once per build (and again in dev, where files come and go). */
function articles(): Map<number, IndexedArticle> {
  if (!index || process.env['NODE_ENV'] !== 'production') index = scanContent(contentDir);
  return index;
}

export const remarkPlugins = [
  remarkHeadingIds,
  remarkSteps,
  [remarkCrossLinks, { articles, registry: linkRegistry }],
  [remarkRecordAnchors, { registry: linkRegistry }],
] as const;
export const rehypePlugins = [rehypeReportBlocks];
