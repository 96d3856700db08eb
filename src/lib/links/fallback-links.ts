/**
 * A fallback page shows its source's rendered HTML, whose links to other articles lead to their source-
 * language pages. A reader of the Italian interface who follows one should stay in Italian: each link to
 * a page of the site the language has (`pages`, site paths) is sent to that page in the language; other
 * links (external, files, anchors of this page) stay as they are. The text stays the source's.
 */
import { localizedPath, type Lang } from '../../i18n/languages.ts';
import { withBase, withoutBase } from './urls.ts';

export function localizeFallbackLinks(html: string, lang: Lang, base: string, pages: ReadonlySet<string>): string {
  return html.replace(/(<a\s[^>]*?href=")(\/[^"#?]*)([^"]*")/g, (whole, start: string, path: string, rest: string) => {
    const sitePath = withoutBase(path, base);
    return sitePath !== undefined && pages.has(sitePath) ? `${start}${withBase(localizedPath(lang, sitePath), base)}${rest}` : whole;
  });
}
