/**
 * Which pages of a language are fallbacks (no translation, the source's text): read from the content
 * folder, for the tools that run outside the pages (the sitemap's filter). A translation mirrors the
 * place of its source (`translations/<lang>/<topic>/<slug>.mdx`, checked by the content check), so an
 * article page is translated when that file exists and is not a draft.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANG, splitLangPath } from '../../i18n/languages.ts';
import { readFrontmatter } from './article-index.ts';
import { readTextFile } from './text-file.ts';

/** Whether the page at `sitePath` (`/it/spam/reduce-incoming-spam/`) is an article page shown as a fallback. */
export function isFallbackPage(contentDir: string, sitePath: string): boolean {
  const { lang, path: inner } = splitLangPath(sitePath);
  const place = /^\/([^/]+)\/([^/]+)\/$/.exec(inner);
  if (lang === SOURCE_LANG || !place) return false;
  const article = path.join(contentDir, 'articles', place[1]!, `${place[2]}.mdx`);
  if (!existsSync(article)) return false;
  const translation = path.join(contentDir, 'translations', lang, place[1]!, `${place[2]}.mdx`);
  if (!existsSync(translation)) return true;
  // The sitemap asks for every page: a translation whose text never says "draft" is not one, and is not
  // parsed (thousands of YAML parses were half a second of a five-language build).
  const text = readTextFile(translation);
  return text.includes('draft') && readFrontmatter(text)?.['draft'] === true;
}
