/**
 * A missing page under `/de/` must answer with the German 404 page, not the English one. Hosts know one
 * 404 page by default (`/404.html`); each language's page is therefore the file `<lang>/404.html`, the
 * name Cloudflare Pages and Workers look for first in the folder of the missing URL ("the nearest
 * 404.html up the tree"), and nginx is given the same choice as a `map`. (No `_redirects` rule: a status
 * of 404 there is Netlify's dialect, and Cloudflare Workers refuse the whole file for it; see the README.)
 */
import { localizedPath, SOURCE_LANG, type Lang } from '../../i18n/languages.ts';
import { withBase } from './urls.ts';

/** Where a language's 404 page is served from, in `dist/`: `404.html`, `de/404.html`. */
export function notFoundFile(lang: Lang): string {
  return lang === SOURCE_LANG ? '404.html' : `${lang}/404.html`;
}

/** Where Astro writes a language's 404 page (its route `[lang]/404`, built in the directory format). */
export function generatedNotFoundFile(lang: Lang): string {
  return lang === SOURCE_LANG ? '404.html' : `${lang}/404/index.html`;
}

/**
 * An nginx `map` from the requested path to the 404 page of its language, for `error_page 404
 * $kb_not_found;`. Under a base path (`/help/`) both sides carry it, as nginx sees URLs whole.
 */
export function toNginxNotFoundMap(languages: readonly Lang[], base = '/'): string {
  const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const entries = languages
    .filter((lang) => lang !== SOURCE_LANG)
    .map((lang) => `    ${quote(`~^${withBase(localizedPath(lang, '/'), base)}`)} ${quote(withBase(`/${notFoundFile(lang)}`, base))};`);
  return [
    '# The 404 page of the language of the missing URL. In the server {} block: error_page 404 $kb_not_found;',
    'map $uri $kb_not_found {',
    `    default ${quote(withBase(`/${notFoundFile(SOURCE_LANG)}`, base))};`,
    ...entries,
    '}',
    '',
  ].join('\n');
}
