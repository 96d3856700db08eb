/**
 * The build's last word on languages, read from the built pages themselves: every page's `<html lang>`
 * is a language of the site; hreflang alternates point at pages the build made, in the language they
 * claim, that point back (reciprocal) and are not fallbacks (noindex); a page that is not indexed has
 * no alternates. The pages and the sitemap are made to follow these rules; this gate makes sure that no
 * later change ships a page that breaks them.
 */

export interface PageLanguageFacts {
  lang: string | undefined;
  noindex: boolean;
  /** hreflang → site path of the alternate (origin and base removed). */
  alternates: Map<string, string>;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** What a page's HTML says of its language: `toSitePath` turns an absolute URL into a site path. */
export function pageLanguageFacts(html: string, toSitePath: (url: string) => string | undefined): PageLanguageFacts {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || html.length);
  const lang = attribute(/<html[^>]*>/.exec(head)?.[0] ?? '', 'lang');
  const noindex = /<meta name="robots" content="[^"]*noindex/.test(head);
  const alternates = new Map<string, string>();
  for (const [tag] of head.matchAll(/<link rel="alternate"[^>]*>/g)) {
    const hreflang = attribute(tag, 'hreflang');
    const href = attribute(tag, 'href');
    if (hreflang && href) alternates.set(hreflang, toSitePath(href) ?? href);
  }
  return { lang, noindex, alternates };
}

/** The problems of the built pages (site path → facts), each naming the page at fault. */
export function languageProblems(pages: ReadonlyMap<string, PageLanguageFacts>, languages: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [page, facts] of pages) {
    if (!facts.lang || !languages.includes(facts.lang)) {
      problems.push(`${page}: <html lang="${facts.lang ?? ''}"> is not a language of the site (${languages.join(', ')})`);
    }
    if (facts.alternates.size === 0) continue;
    if (facts.noindex) problems.push(`${page}: a page kept out of search engines (a fallback) has hreflang alternates; only translations have them`);
    if (facts.alternates.get(facts.lang ?? '') !== page) problems.push(`${page}: its hreflang alternates do not list the page itself under its language "${facts.lang}"`);
    for (const [hreflang, target] of facts.alternates) {
      if (hreflang === 'x-default' || target === page) continue;
      const other = pages.get(target);
      if (!other) problems.push(`${page}: hreflang "${hreflang}" points to ${target}, which the build did not make`);
      else if (other.lang !== hreflang) problems.push(`${page}: hreflang "${hreflang}" points to ${target}, whose language is "${other.lang}"`);
      else if (other.noindex) problems.push(`${page}: hreflang "${hreflang}" points to ${target}, a fallback page (not a translation)`);
      else if (other.alternates.get(facts.lang ?? '') !== page) problems.push(`${page}: hreflang "${hreflang}" points to ${target}, which does not point back`);
    }
  }
  return problems;
}
