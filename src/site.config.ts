/**
 * Site-wide settings, in one place. Everything that differs between deployments (the public URL,
 * the content folder) comes from the environment so that tests and benchmarks build other corpora
 * with the same code.
 */
import { publicLocation } from './lib/links/site-location.ts';

/**
 * Where the help center lives: its own domain (`https://help.example.com/`) or a path of another site
 * (`https://example.com/help/`). The path becomes Astro's `base`, so every page, asset, redirect and
 * deploy file is made under it; `SITE_BASE` overrides the path when the public URL is not known yet.
 */
const location = publicLocation(process.env['SITE_URL'] ?? 'https://help.example.com/', process.env['SITE_BASE']);

export const site = {
  /** Public URL of the site's home page, with its path and a trailing slash; canonical URLs, the sitemap and copied links use it. */
  url: location.url,
  /** The path the site is served under: `/`, or `/help/` for a help center at example.com/help/. */
  base: location.base,
  /** Where "Still stuck? Contact support" sends people. */
  supportUrl: process.env['SUPPORT_URL'] ?? 'https://www.infomaniak.com/en/support',
  /** Id of the article that explains what to include in a support request (linked from every article). */
  supportGuideId: 1005,
} as const;

/**
 * The folder the articles are read from, relative to the project root. `KB_CONTENT_DIR` lets the
 * benchmark and the test fixtures build another corpus with the same code.
 */
export const contentDir = process.env['KB_CONTENT_DIR'] ?? 'content';
