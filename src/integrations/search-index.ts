import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSynonyms } from '../lib/content/index.ts';
import { buildStartFile, buildVocabulary, type IndexedPage } from '../lib/search/build.ts';
import { contentDir } from '../site.config.ts';

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
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          // The synonyms travel with the index: loaded by the browser on the first search only.
          writeFileSync(`${site}pagefind/synonyms.json`, JSON.stringify(readSynonyms(contentDir)));
          // So does the vocabulary for typo tolerance, read from the fragments Pagefind just wrote.
          writeFileSync(`${site}pagefind/search-vocabulary.json`, JSON.stringify(buildVocabulary(readFragments(`${site}pagefind/fragment`))));
          // And what a linked search preloads from the search page's head: the chunk of each word.
          const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8'));
          writeFileSync(`${site}pagefind/search-start.json`, JSON.stringify(buildStartFile(entry, (file) => gunzipSync(readFileSync(`${site}pagefind/${file}`)))));
          if (added.page_count === 0) throw new Error(`no page of ${site} has data-pagefind-body: nothing to search`);
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
