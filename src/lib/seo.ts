/** Structured data for search engines (schema.org), built from plain article data. */
import { absoluteUrl } from './links/index.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** `BreadcrumbList` for Home › Topic › Article. */
export function breadcrumbJsonLd(crumbs: Crumb[], site: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem', position: i + 1, name: c.label, item: absoluteUrl(c.href, site),
    })),
  };
}

/** `TechArticle` for an article page. */
export function articleJsonLd(
  a: { title: string; description: string; url: string; updated?: Date | undefined; keywords: string[] },
  site: { url: string; name: string; lang: string },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.title,
    description: a.description,
    url: absoluteUrl(a.url, site.url),
    inLanguage: site.lang,
    ...(a.updated ? { dateModified: a.updated.toISOString().slice(0, 10) } : {}),
    ...(a.keywords.length ? { keywords: a.keywords.join(', ') } : {}),
    publisher: { '@type': 'Organization', name: site.name },
  };
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the tag. */
export function toJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
