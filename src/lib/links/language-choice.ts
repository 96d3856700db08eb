/**
 * The reader's choice of language, kept on the device by the language switcher. Short links and aliases
 * (`/1007#section`) open in it: their redirect pages' script (`scripts/redirect.js`) reads it under this key.
 */
export const LANGUAGE_KEY = 'kb-language';

export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage refused (private mode, policy): the browser's languages decide next time.
  }
}

