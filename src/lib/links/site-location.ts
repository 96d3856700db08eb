/**
 * Where the site is served: the public URL of its home page and the path under which every page lives.
 * Pure (no environment), so that site.config.ts, the tests and the benchmark derive it the same way.
 */

export interface SiteLocation {
  /** `https://example.com/help/`: the home page, always with a trailing slash. */
  url: string;
  /** `/help/` (or `/`): Astro's `base`, always with leading and trailing slashes. */
  base: string;
}

/** `help`, `/help`, `help/` → `/help/`; empty → `/`. */
export function normalizeBase(path: string): string {
  const inner = path.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

/**
 * The site's location from its public URL (`SITE_URL`) and an optional explicit base path; the base
 * defaults to the URL's path. A URL that is not absolute http(s), or one with a query or fragment, is
 * a setting mistake that would otherwise surface as wrong canonical URLs on every page.
 */
export function publicLocation(siteUrl: string, explicitBase?: string): SiteLocation {
  let parsed: URL;
  try {
    parsed = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL "${siteUrl}" is not an absolute URL; write it like https://example.com/help/`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`SITE_URL "${siteUrl}" must start with https:// or http://`);
  if (parsed.search || parsed.hash) throw new Error(`SITE_URL "${siteUrl}" must not carry a query or #fragment`);
  const base = normalizeBase(explicitBase ?? parsed.pathname);
  return { url: new URL(base, parsed.origin).href, base };
}
