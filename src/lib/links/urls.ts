/** URL building, in one place, so that every page, redirect and test agrees on the shape of a URL. */

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

/** Absolute URL on the public site; `site` is an origin such as `https://help.example.com`. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * Splits a content entry id from the glob loader (`articles/<topic>/<slug>`) into its folder topic
 * and slug. Returns undefined for a file that is not exactly two folders deep.
 */
export function parseEntryPath(entryId: string): { folder: string; slug: string } | undefined {
  const match = /^articles\/([^/]+)\/([^/]+)$/.exec(entryId);
  return match ? { folder: match[1]!, slug: match[2]! } : undefined;
}
