/**
 * Site-wide settings, in one place. Everything that differs between deployments (the public URL,
 * the content folder) comes from the environment so that tests and benchmarks build other corpora
 * with the same code.
 */
export const site = {
  /** Shown in the header, the title of every page and Open Graph tags. */
  name: 'Help Center',
  /** Public origin of the deployed site; canonical URLs, the sitemap and copied short links use it. */
  url: process.env['SITE_URL'] ?? 'https://help.example.com',
  /** Language of the content, for `<html lang>` and search. */
  lang: 'en',
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
