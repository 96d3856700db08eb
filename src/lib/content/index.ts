/**
 * The content subsystem, at build time (Node): reading the content folder as editors write it, the
 * catalog of articles and topics, and the content check (`lintContent`) that `npm run check` and every
 * build run. Pages read the collections through `collections.ts` (it needs Astro's `astro:content`,
 * so it is not exported here).
 */
export { indexArticles, readFrontmatter, scanContent, type IndexedArticle } from './article-index.ts';
export { buildCatalog, neighbours, relatedTo, summarize, type ArticleInput, type ArticleSummary, type Catalog, type CatalogArticle, type CatalogInput, type TopicInput, type TopicView } from './catalog.ts';
export { readFeatured, readSynonyms, readTopics, readTopicTitles, type FeaturedFile } from './data-files.ts';
export { blankFrontmatter, FRONTMATTER_BLOCK, locateField, readFrontmatterWithLines, type Frontmatter } from './frontmatter.ts';
export { parseYamlWithPositions, type Position, type YamlWithPositions } from './yaml-positions.ts';
export { parseGitLog, readCommitDates } from './git-dates.ts';
export { lintContent, type LintOptions, type LintResult } from './lint.ts';
export { MAX_NESTING, nestingProblem, type NestingProblem } from './nesting.ts';
export { articleTemplate, nextFreeId, slugify } from './new-article.ts';
export { decodeText, invalidUtf8Problem, readTextFile } from './text-file.ts';
