/**
 * The languages of the help center: the one list. Routes, the content loader, the search indexes,
 * hreflang, the sitemap, the language switcher and the content check all read it; adding a language is
 * one entry here, its UI strings (`ui/<code>.ts`) and its folder `content/translations/<code>/`.
 *
 * One tag per language everywhere (`fr`, never `fr-CH`): `<html lang>`, hreflang, the sitemap and
 * Pagefind's index names must agree, and Pagefind makes a separate index for every distinct tag.
 */
export const LANGUAGES = [
  // The source language: its pages keep the URLs published before languages existed (no prefix).
  { code: 'en', name: 'English', englishName: 'English' },
  { code: 'fr', name: 'Français', englishName: 'French' },
  { code: 'de', name: 'Deutsch', englishName: 'German' },
  { code: 'it', name: 'Italiano', englishName: 'Italian' },
  { code: 'es', name: 'Español', englishName: 'Spanish' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];

/** The language articles are written in; every other language translates from it. */
export const SOURCE_LANG: Lang = 'en';

export const LANGUAGE_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** The languages that translate the source (each has `content/translations/<code>/`). */
export const TRANSLATED_LANGS: readonly Lang[] = LANGUAGE_CODES.filter((l) => l !== SOURCE_LANG);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** A language's own name ("Deutsch"), as the switcher shows it. */
export function languageName(lang: Lang): string {
  return LANGUAGES.find((l) => l.code === lang)!.name;
}

/** The path prefix of a language's pages: '' for the source language, `/fr` for French. */
export function langPrefix(lang: Lang): string {
  return lang === SOURCE_LANG ? '' : `/${lang}`;
}

/** A site path (`/backups/`) in a language (`/fr/backups/`). */
export function localizedPath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localizedPath: "${path}" is not a site path (it must start with /)`);
  return `${langPrefix(lang)}${path}`;
}

/**
 * The language of a site path and the path without its language (`/de/1007` → de, `/1007`). Paths of
 * the source language have no prefix.
 */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLang(match[1]) && match[1] !== SOURCE_LANG) return { lang: match[1], path: match[2] || '/' };
  return { lang: SOURCE_LANG, path };
}

