/**
 * What the site's integrations of one build share: made once in astro.config.ts and handed to each
 * integration that needs it, instead of module-level variables that several integrations read (they
 * would outlive a build, and tie the integrations to each other's modules).
 */
import type { Redirect } from '../lib/links/index.ts';

export interface BuildContext {
  /** The redirect plan (short links, aliases, moved and retired URLs), made when the pages are generated. */
  redirects?: readonly Redirect[] | undefined;
}

export function createBuildContext(): BuildContext {
  return {};
}

/** The running build's redirects, for the integrations that write them in other forms. */
export function plannedRedirects(context: BuildContext): readonly Redirect[] {
  if (!context.redirects) throw new Error('the redirect plan is made when the pages are generated: list publishedUrls(context) in astro.config.ts');
  return context.redirects;
}
