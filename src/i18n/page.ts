/**
 * What a page knows of its language: read from its URL (`/fr/…` is French, an unprefixed path the
 * source language), so that components need no language prop, and links stay in the page's language.
 */
import { href } from '../lib/links/href.ts';
import { withoutBase } from '../lib/links/urls.ts';
import { site } from '../site.config.ts';
import { localizedPath, SOURCE_LANG, splitLangPath, type Lang } from './languages.ts';
import { ui, type UiStrings } from './ui.ts';

/** The language of the page served at `url`. */
export function pageLang(url: URL): Lang {
  const path = withoutBase(url.pathname, site.base);
  return path === undefined ? SOURCE_LANG : splitLangPath(path).lang;
}

/** The language, its strings, and links in it: `link('/search/')` is `/fr/search/` on a French page. */
export function pageLanguage(url: URL): { lang: Lang; t: UiStrings; link: (path: string) => string } {
  const lang = pageLang(url);
  return { lang, t: ui(lang), link: (path) => href(localizedPath(lang, path)) };
}

/** The `[...lang]` route parameter of a language: absent for the source language (no prefix). */
export function langParam(lang: Lang): string | undefined {
  return lang === SOURCE_LANG ? undefined : lang;
}
