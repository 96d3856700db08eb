/**
 * The error lookup's strings in each language. The page calls `errorStrings(lang)`; the browser
 * scripts receive their part as JSON from the page (`analyzerStrings` with the analyzer's data, the
 * filter's in `data-error-strings`), so no script bundles a language.
 */
import type { Lang } from '../languages.ts';
import { de } from './de.ts';
import { en, type AnalyzerStrings, type CodeStrings, type ErrorStrings, type FilterStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

const STRINGS: Record<Lang, ErrorStrings> = { en, fr, de, it, es };

/** Every string of the error lookup in `lang`. */
export function errorStrings(lang: Lang): ErrorStrings {
  return STRINGS[lang];
}

/** The part the analyzer needs in the browser, which the page embeds in its JSON. */
export function analyzerStrings(strings: ErrorStrings): AnalyzerStrings {
  const { quoted, diagnosis, outcomes, actors, problems, codes } = strings;
  return { quoted, diagnosis, outcomes, actors, problems, codes };
}

export type { AnalyzerStrings, CodeStrings, ErrorStrings, FilterStrings };
