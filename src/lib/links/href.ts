/**
 * The URL builder for build-time code (pages, components, plugins, integrations): site paths as they
 * are served under the configured base (site.config.ts). Browser code has no access to the build's
 * environment and passes `import.meta.env.BASE_URL` (the same base, set by astro.config.ts) to
 * `withBase` itself.
 */
import { site } from '../../site.config.ts';
import { absoluteUrl, rebaseAuthoredUrl, withBase } from './urls.ts';

/** `/1007#pop3` → `/help/1007#pop3` when the site lives at example.com/help/. */
export function href(path: string): string {
  return withBase(path, site.base);
}

/** `/1007#pop3` → `https://example.com/help/1007#pop3`: canonical URLs, Open Graph, copied links. */
export function publicUrl(path: string): string {
  return absoluteUrl(path, site.url);
}

/** A URL from an author (a component's `src`, `transcript`): root-relative ones get the base. */
export function authoredHref(url: string): string {
  return rebaseAuthoredUrl(url, site.base);
}
