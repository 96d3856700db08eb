/**
 * Where Pagefind's bundle is served and the options it runs with: read by the browser's search (in the
 * search worker, `loader.ts`), by the article's highlighter and by the search page at build time, which
 * hands the bundle's path to its head script. Pure, so that the build loads no browser code for them.
 */
import { withBase } from '../links/urls.ts';

/** The path the site is served under (`/` or `/help/`), as astro.config.ts set it from site.config.ts. */
const SITE_BASE = import.meta.env.BASE_URL;


/** Where Pagefind's bundle is served: under the site's base path (`/help/pagefind/`). */
export const PAGEFIND_BASE = withBase('/pagefind/', SITE_BASE);

/** Pagefind's options (the search worker adds the path of its bundle and its entry's tag, loader.ts). */
export const PAGEFIND_OPTIONS = {
  // Result URLs under the site's base path.
  baseUrl: SITE_BASE,
  excerptLength: 24,
  highlightParam: 'highlight',
  // Pagefind runs in the site's search worker already: no worker of its own inside it.
  noWorker: true,
  // termSaturation below Pagefind's default (1.4): a word repeated all over a long article counts less,
  // so the article about the thing (its title, keywords) wins over one that merely mentions it often.
  // Tuned on tests/relevance/queries.yaml.
  ranking: { termSaturation: 0.6 },
};
