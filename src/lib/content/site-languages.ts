/**
 * The languages a build serves: the source language, and each language of `src/i18n/languages.ts` that
 * has at least one article in `translations/<lang>/`. A language with no translation yet would be all
 * fallback pages and an empty search index: it is not served until its first article is translated.
 * (Corpora without translations, such as the benchmark's and the tests', build one language.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES, SOURCE_LANG, type Lang } from '../../i18n/languages.ts';

const served = new Map<string, Lang[]>();

/** Forgets what was found under `contentDir`: the translations loader calls it on each sync, so that a language's first translation is served in `astro dev` without a restart. */
export function forgetSiteLanguages(contentDir: string): void {
  served.delete(path.resolve(contentDir));
}

export function siteLanguages(contentDir: string): Lang[] {
  const root = path.resolve(contentDir);
  let langs = served.get(root);
  if (!langs) {
    langs = LANGUAGE_CODES.filter((lang) => lang === SOURCE_LANG || hasArticles(path.join(root, 'translations', lang)));
    served.set(root, langs);
  }
  return langs;
}

function hasArticles(folder: string): boolean {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((name) => name.endsWith('.mdx'));
  } catch {
    return false;
  }
}
