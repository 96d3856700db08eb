/**
 * The interface strings of a language. Pages call `ui(lang)`; browser scripts receive
 * `ui(lang).browser` as JSON from their page (`data-ui`), so no script bundles every language.
 */
import type { Lang } from './languages.ts';
import { de } from './ui/de.ts';
import { en, type BrowserStrings, type UiStrings } from './ui/en.ts';
import { es } from './ui/es.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';

const STRINGS: Record<Lang, UiStrings> = { en, fr, de, it, es };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

export type { BrowserStrings, UiStrings };
export { format, type Plural, type Template } from './format.ts';
export type { ArticleStrings } from './ui/en.ts';
