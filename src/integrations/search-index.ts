import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSynonyms } from '../lib/content/index.ts';
import { buildStartFile, buildVocabulary, withForeignWords, type IndexedPage } from '../lib/search/build.ts';
import { contentDir } from '../site.config.ts';
import { isLang, SOURCE_LANG, splitLangPath } from '../i18n/languages.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';

/**
 * Builds the Pagefind search index as the last step of `astro build`, through Pagefind's Node API, so
 * that `npm run build` alone yields a searchable site. Only elements marked `data-pagefind-body`
 * (article bodies) are indexed. An index of zero pages or any Pagefind error fails the build: a site
 * whose search silently finds nothing must not ship.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          // One index per language, named after each page's <html lang> (one tag per language: languages.ts).
          // Fallback pages have no data-pagefind-body: the source's text never lands in another language's index.
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          if (added.page_count === 0) throw new Error(`no page of ${site} has data-pagefind-body: nothing to search`);
          const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
          const missing = siteLanguages(contentDir).filter((lang) => !entry.languages[lang]);
          if (missing.length > 0) throw new Error(`no search index for ${missing.join(', ')}: no page in that language has data-pagefind-body (its <html lang> must be the language's tag, src/i18n/languages.ts)`);
          const stray = Object.keys(entry.languages).filter((tag) => !isLang(tag));
          if (stray.length > 0) throw new Error(`search indexes for ${stray.join(', ')}, which are not languages of the site: a page has a wrong <html lang>`);
          const pages = Map.groupBy(readFragments(`${site}pagefind/fragment`), (page) => splitLangPath(page.url).lang);
          // Each language's vocabulary for typo tolerance, from the fragments Pagefind just wrote, with the
          // other languages' words it lacks: a query is corrected only into words of its own language, and
          // a query in another language is left as typed.
          const vocabularies = withForeignWords(Object.fromEntries(siteLanguages(contentDir).map((lang) => [lang, buildVocabulary(pages.get(lang) ?? [])])));
          for (const lang of siteLanguages(contentDir)) {
            // Each language's synonyms travel with its index: loaded by the browser on the first search only.
            const folder = lang === SOURCE_LANG ? contentDir : path.join(contentDir, 'translations', lang);
            writeFileSync(`${site}pagefind/synonyms.${lang}.json`, JSON.stringify(readSynonyms(folder)));
            writeFileSync(`${site}pagefind/search-vocabulary.${lang}.json`, JSON.stringify(vocabularies[lang]));
            // And what a linked search preloads from the search page's head: the chunk of each word.
            writeFileSync(`${site}pagefind/search-start.${lang}.json`, JSON.stringify(buildStartFile(entry as never, (file) => gunzipSync(readFileSync(`${site}pagefind/${file}`)), lang)));
          }
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new Error('Building the search index failed', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * The pages of a written Pagefind index, from its fragment files: gzip of the signature
 * `pagefind_dcd` and the page's JSON (as pagefind_web_js decompresses them).
 */
export function readFragments(dir: string): IndexedPage[] {
  const SIGNATURE = 'pagefind_dcd';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const data = gunzipSync(readFileSync(path.join(dir, f)));
      if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path.join(dir, f)}: not a Pagefind fragment`);
      const page = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as Omit<IndexedPage, 'id'>;
      return { ...page, id: f.replace(/\.pf_fragment$/, '') };
    });
}
