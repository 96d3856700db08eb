import type { Plugin } from 'vite';
import { rewritePinnedAnchors } from '../lib/links/pinned-anchors.ts';

/**
 * Runs before the MDX compiler and rewrites `{#id}` heading suffixes into valid MDX (see
 * `lib/pinned-anchors.ts`). It must be registered before `@astrojs/mdx`'s own `pre` plugin, which is why
 * the site integration adds it ahead of `mdx()`.
 */
export function vitePinnedAnchors(): Plugin {
  return {
    name: 'kb:pinned-anchors',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code) {
        const rewritten = rewritePinnedAnchors(code);
        return rewritten === code ? null : { code: rewritten, map: null };
      },
    },
  };
}
