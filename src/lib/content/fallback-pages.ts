/**
 * Which pages are fallbacks (an article a language has no published translation of: the source's text in
 * that language's pages), for the tools that run outside the pages (the sitemap's filter, which leaves
 * them out, as hreflang does). The translations' sync decides it, once: it renders each fallback page's
 * article into the render cache (loaders/fallbacks.ts), entry ids `<lang>/articles/<topic>/<slug>`, and
 * this reads that cache's index. An article's folder is its topic (checked by the content check).
 */
import { readRenderIndex, renderCacheDir } from '../render/render-cache.ts';

/** The site paths (`/it/spam/reduce-incoming-spam/`) of the fallback pages the last sync rendered for `contentDir` under `base`. */
export function fallbackPagePaths(contentDir: string, base: string): Set<string> {
  const index = readRenderIndex(renderCacheDir(contentDir, base, undefined, 'fallbacks'));
  return new Set([...index.keys()].map((id) => {
    const [lang, , ...place] = id.split('/');
    return `/${lang}/${place.join('/')}/`;
  }));
}
