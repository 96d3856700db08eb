/**
 * Which pages are fallbacks (an article a language has no published translation of: the source's text in
 * that language's pages), for the tools that run outside the pages (the sitemap's filter, which leaves
 * them out, as hreflang does). The translations' sync decides it, once: it renders each fallback page's
 * article into the render cache (loaders/fallbacks.ts, entries named by `fallbackEntryId`), and this
 * reads that cache's index.
 */
import { fallbackSitePath, readRenderIndex, renderCacheDir } from '../render/render-cache.ts';

/** The site paths (`/it/spam/reduce-incoming-spam/`) of the fallback pages the last sync rendered for `contentDir` under `base`. */
export function fallbackPagePaths(contentDir: string, base: string): Set<string> {
  return new Set([...readRenderIndex(renderCacheDir(contentDir, base, undefined, 'fallbacks')).keys()].map(fallbackSitePath));
}
