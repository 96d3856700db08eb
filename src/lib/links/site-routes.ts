import { splitLangPath } from '../../i18n/languages.ts';

/**
 * The one list of what the site serves besides articles and topics. The redirect plan, the alias and id
 * checks and the sitemap all read it, and a unit test holds it against src/pages/.
 */

/** Pages with a route of their own in src/pages/, and whether search engines may list them. */
export const FIXED_PAGES = [
  { path: '/', indexed: true },
  { path: '/search/', indexed: false },
  { path: '/errors/', indexed: true },
  { path: '/404/', indexed: false },
] as const;

/** Files and folders a build writes besides pages. */
export const BUILD_OUTPUTS = ['/sitemap-index.xml', '/robots.txt', '/pagefind', '/_astro'] as const;

/** Paths no alias or short link may take (without their trailing slash). */
export const RESERVED_PATHS: readonly string[] = [
  ...FIXED_PAGES.filter((p) => p.path !== '/').map((p) => p.path.replace(/\/$/, '')),
  ...BUILD_OUTPUTS,
];

/** Whether the sitemap lists a page (`/search/` and `/404/` carry noindex, in every language). */
export function isListedInSitemap(pathname: string): boolean {
  const path = splitLangPath(pathname.endsWith('/') ? pathname : `${pathname}/`).path;
  return !FIXED_PAGES.some((p) => !p.indexed && p.path === path);
}
