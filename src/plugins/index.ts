/**
 * The Markdown/MDX pipeline of the site, shared by the Astro build and the unit tests so that
 * both compile articles the same way.
 */
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkSteps } from './remark-steps.ts';
import { rehypeReportBlocks } from './rehype-report-blocks.ts';

export const remarkPlugins = [remarkHeadingIds, remarkSteps];
export const rehypePlugins = [rehypeReportBlocks];
