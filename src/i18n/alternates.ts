/**
 * hreflang: a page's real translations point at each other (absolute URLs, reciprocal, the page itself
 * included) plus `x-default`, the source-language page. Fallback versions are never alternates: they are
 * not translations. The sitemap carries the same set (`sitemapAlternates`).
 */
import { publicUrl } from '../lib/links/href.ts';
import { SOURCE_LANG, type Lang } from './languages.ts';

/** A page in one language: its site path, and whether it is only a fallback there. */
export interface PageVersion {
  lang: Lang;
  path: string;
  fallback: boolean;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** The `<link rel="alternate" hreflang>` set of a page with these versions; empty when it has no translation. */
export function hreflangAlternates(versions: readonly PageVersion[]): Alternate[] {
  const real = versions.filter((v) => !v.fallback);
  if (real.length < 2) return [];
  const source = real.find((v) => v.lang === SOURCE_LANG);
  return [
    ...real.map((v) => ({ hreflang: v.lang, href: publicUrl(v.path) })),
    ...(source ? [{ hreflang: 'x-default', href: publicUrl(source.path) }] : []),
  ];
}
