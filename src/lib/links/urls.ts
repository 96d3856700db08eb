/**
 * URL building, in one place, so that every page, redirect and test agrees on the shape of a URL.
 *
 * Two kinds of path: a *site path* (`/mail/pop3/`, `/1007`) names a page of the help center wherever it
 * is served; it is what the ledger, the redirect plan and the link registry hold, so moving the site
 * to another base path changes none of them. An *href* is a site path under the base the site is
 * served at (`/help/mail/pop3/`): what goes into the HTML. `withBase` turns one into the other.
 */

/** Canonical URL of an article: `/<topic>/<slug>/`. */
export function articlePath(topic: string, slug: string): string {
  return `/${topic}/${slug}/`;
}

/** URL of a topic page: `/<topic>/`. */
export function topicPath(topic: string): string {
  return `/${topic}/`;
}

/** Short link of an article: `/1007`. */
export function shortPath(id: number): string {
  return `/${id}`;
}

/** A site path (`/1007#pop3`) as served under `base` (`/help/`): `/help/1007#pop3`. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase: "${path}" is not a site path (it must start with /)`);
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`;
}

/** A URL as an author wrote it: root-relative ones (`/errors/`) get the base; any other is left as it is. */
export function rebaseAuthoredUrl(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? withBase(url, base) : url;
}

/** The site path of a served path (`/help/1007` → `/1007`), or undefined when it is outside the base. */
export function withoutBase(pathname: string, base: string): string | undefined {
  if (base === '/') return pathname;
  const root = base.replace(/\/$/, '');
  if (pathname === root) return '/';
  return pathname.startsWith(base) ? pathname.slice(root.length) : undefined;
}

/**
 * Absolute public URL of a site path; `siteUrl` is the URL of the site's home page with its base
 * (`https://example.com/help/`), so `/mail/pop3/` becomes `https://example.com/help/mail/pop3/`.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  const home = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return new URL(withBase(path, home.pathname), home.origin).href;
}

/**
 * Splits a content entry id from the glob loader (`articles/<topic>/<slug>`) into its folder topic
 * and slug. Returns undefined for a file that is not exactly two folders deep.
 */
export function parseEntryPath(entryId: string): { folder: string; slug: string } | undefined {
  const match = /^articles\/([^/]+)\/([^/]+)$/.exec(entryId);
  return match ? { folder: match[1]!, slug: match[2]! } : undefined;
}
