/**
 * What the content loaders share to decide and prepare a render (articles.ts, translations included, and
 * fallbacks.ts): whether a cached render is out of date, and the body a render job gets.
 */
import type { IndexedArticle } from '../lib/content/article-index.ts';
import { blankFrontmatter, FRONTMATTER_BLOCK } from '../lib/content/frontmatter.ts';
import type { CachedArticle } from '../lib/render/render-cache.ts';
import { targetState } from '../plugins/remark-cross-links.ts';

/**
 * Whether an article must render again: nothing cached, its text or the renderer changed (`digest`), or an
 * article it links to moved, became a draft or changed language in `index` (the index its links resolve against).
 */
export function needsRender(cached: CachedArticle | undefined, digest: string, index: ReadonlyMap<number, IndexedArticle>): boolean {
  return cached?.digest !== digest || Object.entries(cached.targets).some(([target, state]) => {
    const now = index.get(Number(target));
    return now === undefined || targetState(now) !== state;
  });
}

/** The MDX body of a file's text, its frontmatter blanked out (line numbers kept), as a render job takes it. */
export function renderBody(text: string): string {
  const match = FRONTMATTER_BLOCK.exec(text);
  return blankFrontmatter(text, match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0);
}
