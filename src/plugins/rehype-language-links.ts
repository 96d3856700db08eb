/**
 * On a translated page, a link to an article that has no translation in the page's language leads to
 * its fallback page, which is in another language: the link says so, to readers (" (anglais)" after its
 * text) and to browsers and assistive technology (`hreflang`). Which links those are comes from the
 * localized article index (`localizeIndex`): cross-links have already turned `/1011` into the URL.
 */
import type { HastPluginDefinition } from 'satteri';
import type { IndexedArticle } from '../lib/content/article-index.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { format, ui } from '../i18n/ui.ts';

export function rehypeLanguageLinks({ lang, articles }: { lang: Lang; articles: () => ReadonlyMap<number, IndexedArticle> }): HastPluginDefinition {
  let indexed: ReadonlyMap<number, IndexedArticle> | undefined;
  let fallbacks = new Map<string, Lang>();
  const fallbackLang = (href: string) => {
    const now = articles();
    if (now !== indexed) {
      indexed = now;
      fallbacks = new Map([...now.values()].flatMap((a) => (isLang(a.lang) && a.lang !== lang ? [[a.url, a.lang] as [string, Lang]] : [])));
    }
    return fallbacks.get(href.split('#')[0]!);
  };
  const strings = ui(lang);
  return {
    name: 'kb-language-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        const target = typeof href === 'string' ? fallbackLang(href) : undefined;
        if (!target) return;
        ctx.setProperty(node, 'hrefLang', target);
        ctx.appendChild(node, { type: 'text', value: ` ${format(strings.inLanguage, { language: strings.languageNames[target] })}` });
      },
    },
  };
}
