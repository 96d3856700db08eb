/**
 * Authors write links to the site's pages as the source language's paths (`/errors/`, a topic's
 * `/backups/`), in translations too. A page in another language (a translation, or a fallback page)
 * sends them to that language's page: a French reader who follows "l'analyseur d'erreurs" lands on
 * `/fr/errors/`, not the English one. Cross-links by id are already in the page's language
 * (remark-cross-links resolves them against the language's index); external links, files and this
 * page's anchors stay as written. Runs before rehype-base-path, which then puts the base in front.
 */
import type { HastPluginDefinition } from 'satteri';
import { localizedPath, type Lang } from '../i18n/languages.ts';

export function rehypeLocalizeSiteLinks({ lang, pages }: { lang: Lang; pages: () => ReadonlySet<string> }): HastPluginDefinition {
  return {
    name: 'kb-localize-site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href) ?? [];
        const page = path.endsWith('/') ? path : `${path}/`;
        if (pages().has(page)) ctx.setProperty(node, 'href', `${localizedPath(lang, page)}${rest}`);
      },
    },
  };
}
