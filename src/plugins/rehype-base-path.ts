/**
 * Authors write links as site paths (`/errors/`, `/1007#pop3`, which cross-links turn into the article's
 * URL, `/images/x.png`), the same wherever the help center is served. When it lives under a path
 * (example.com/help/), every root-relative URL in an article gets that base here, once, after all the
 * other plugins: `/errors/` → `/help/errors/`. Protocol-relative (`//host`) and relative URLs are left
 * alone. Links written as JSX are components' business (they pass their URLs through `href()`).
 */
import type { HastPluginDefinition } from 'satteri';
import { rebaseAuthoredUrl } from '../lib/links/urls.ts';

/** The attributes that hold a URL the reader follows or the browser loads. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', video: 'src', audio: 'src', source: 'src' };

export function rehypeBasePath({ base }: { base: string }): HastPluginDefinition {
  return {
    name: 'kb-base-path',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        if (base === '/') return;
        const attribute = URL_ATTRIBUTES[node.tagName]!;
        const url = node.properties?.[attribute];
        if (typeof url !== 'string') return;
        const served = rebaseAuthoredUrl(url, base);
        if (served !== url) ctx.setProperty(node, attribute, served);
      },
    },
  };
}
