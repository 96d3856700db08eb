import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSynonyms } from '../lib/content/index.ts';
import { buildStartFile, buildVocabulary, withForeignWords } from '../lib/search/build.ts';
import { assertPagefindReadable, readFragments, readPagefindEntry, writePagefindEntry, type PagefindEntry } from '../lib/search/pagefind-files.ts';
import { contentDir, site } from '../site.config.ts';
import { isLang, SOURCE_LANG, splitLangPath, TRANSLATED_LANGS, type Lang } from '../i18n/languages.ts';
import { FinishedLanguages } from '../lib/build/finished-languages.ts';
import { withoutBase } from '../lib/links/urls.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';

/** The article pages, the only ones with `data-pagefind-body`; they are generated language by language. */
const ARTICLE_PAGE = 'src/pages/[...lang]/[topic]/[slug].astro';

/**
 * Builds the Pagefind search index through Pagefind's Node API, so that `npm run build` alone yields a
 * searchable site. Only elements marked `data-pagefind-body` (article bodies) are indexed. An index of
 * zero pages or any Pagefind error fails the build: a site whose search silently finds nothing must not
 * ship.
 *
 * Pagefind indexes in a process of its own, so it works beside Astro rather than after it: each
 * language's pages are indexed as soon as Astro has written them all (it generates them one language
 * after another), while the next language's pages are generated on the other core; the last language and
 * the index files follow the pages, beside the other integrations' work (sitemap, redirect pages,
 * headers, ledger), which only adds pages that are not indexed. Indexed in parts or in one go, Pagefind
 * writes the same files.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let writtenOneByOne = false;
  let early: { indexer: LanguageIndexer; finished: FinishedLanguages<Lang> } | undefined;
  let indexing: Promise<string> | undefined;
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // A language's pages are all on disk when the next language's first page renders only while Astro
        // renders and writes one page at a time.
        writtenOneByOne = config.build.concurrency === 1;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Before Astro renders a page: a Pagefind whose private files may have changed stops the build now.
        assertPagefindReadable();
        if (!writtenOneByOne) return;
        const { indexer, finished } = (early = { indexer: new LanguageIndexer(outDir), finished: new FinishedLanguages<Lang>() });
        setPrerenderer((prerenderer) => {
          const render = prerenderer.render;
          prerenderer.render = (request, options) => {
            if (options.routeData.component === ARTICLE_PAGE) {
              const done = finished.page(splitLangPath(withoutBase(new URL(request.url).pathname, site.base) ?? '/').lang);
              if (done) indexer.add(done);
            }
            return render(request, options);
          };
          return prerenderer;
        });
      },
      'astro:build:generated': ({ dir }) => {
        // Pages generated in an order other than by language: what was indexed early may lack pages.
        // The files of languages written early are written over, once the early indexer is done.
        const indexer = early && !early.finished.interleaved ? early.indexer : new LanguageIndexer(fileURLToPath(dir), early?.indexer.settled());
        indexing = writeSearchIndex(fileURLToPath(dir), indexer);
        // Awaited in astro:build:done; a build that fails before then must not also report it unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('the search index starts when the pages are generated (astro:build:generated), which did not run');
        logger.info(await indexing);
      },
    },
  };
}

/**
 * The site's Pagefind indexes, one per language, each written as soon as its language is added: a
 * five-language build spent 6 s writing all five at the end, after the last page (timed in a rebuild
 * of 1,000 articles in five languages), where now only the last language's writing is left. They share
 * one output folder: their files are named by their content, and Pagefind's entry file, which each
 * write replaces with its own language, is merged (pagefind-files.ts). Measured: the same files as one
 * index of the whole site. The source language's part is every folder that is not another language's.
 */
class LanguageIndexer {
  readonly #site: string;
  readonly #output: string;
  readonly #added = new Set<Lang>();
  readonly #entries: PagefindEntry[] = [];
  #chain: Promise<unknown>;

  /** `after`: what must be done before this indexer writes (an indexer it replaces still writing). */
  constructor(site: string, after: Promise<unknown> = Promise.resolve()) {
    this.#site = site;
    this.#output = path.join(site, 'pagefind');
    this.#chain = after.catch(() => {});
  }

  /** Indexes and writes the pages of `lang`, after the languages added before it. */
  add(lang: Lang): void {
    if (this.#added.has(lang)) return;
    this.#added.add(lang);
    this.#chain = this.#chain.then(async () => {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      for (const glob of this.#globsOf(lang)) {
        const added = await index.addDirectory({ path: this.#site, glob });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const written = await index.writeFiles({ outputPath: this.#output });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      // Read before the next language's write replaces it.
      this.#entries.push(readPagefindEntry(this.#output));
      await index.deleteIndex();
    });
    this.#chain.catch(() => {});
  }

  /** Every language of `langs` indexed and written; the entry file lists them all. */
  async complete(langs: readonly Lang[]): Promise<PagefindEntry> {
    for (const lang of langs) this.add(lang);
    await this.#chain;
    return writePagefindEntry(this.#output, this.#entries);
  }

  /** Settles when what this indexer started is done, failed or not: an indexer that replaces it writes after. */
  settled(): Promise<unknown> {
    return this.#chain.catch(() => {});
  }

  #globsOf(lang: Lang): string[] {
    if (lang !== SOURCE_LANG) return [`${lang}/**/*.html`];
    const others = new Set<string>([...TRANSLATED_LANGS, 'pagefind']);
    const folders = readdirSync(this.#site, { withFileTypes: true }).filter((e) => e.isDirectory() && !others.has(e.name)).map((e) => e.name);
    return ['*.html', ...(folders.length > 0 ? [`{${folders.join(',')}}/**/*.html`] : [])];
  }
}

/** Completes the index of the built site at `site`, writes it and the site's own search files beside it; resolves to what to log. */
async function writeSearchIndex(site: string, indexer: LanguageIndexer): Promise<string> {
  const started = performance.now();
  try {
    // One index per language, named after each page's <html lang> (one tag per language: languages.ts).
    // Fallback pages have no data-pagefind-body: the source's text never lands in another language's index.
    const entry = await indexer.complete(siteLanguages(contentDir));
    const missing = siteLanguages(contentDir).filter((lang) => !entry.languages[lang]);
    if (missing.length > 0) throw new Error(`no search index for ${missing.join(', ')}: no page in that language has data-pagefind-body (its <html lang> must be the language's tag, src/i18n/languages.ts)`);
    const stray = Object.keys(entry.languages).filter((tag) => !isLang(tag));
    if (stray.length > 0) throw new Error(`search indexes for ${stray.join(', ')}, which are not languages of the site: a page has a wrong <html lang>`);
    const fragments = await readFragments(`${site}pagefind/fragment`);
    if (fragments.length === 0) throw new Error(`no page of ${site} has data-pagefind-body: nothing to search`);
    const pages = Map.groupBy(fragments, (page) => splitLangPath(page.url).lang);
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
    return `indexed ${fragments.length} pages in ${Math.round(performance.now() - started)} ms after the last page was generated`;
  } catch (cause) {
    throw new Error('Building the search index failed', { cause });
  } finally {
    await pagefind.close();
  }
}
