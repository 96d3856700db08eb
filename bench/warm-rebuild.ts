/**
 * The warm rebuild: after a cold build and a rebuild, an author changes one paragraph of one article and
 * builds again (same output folder, same caches). The benchmark times that last build and checks that it really
 * published the change: the new text is on the article's page, the old text is gone, and Pagefind finds
 * the article by a word that only the new paragraph has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serve } from './browser.ts';
import { articleUrl, type CorpusArticle } from './generate-corpus.ts';
import { pagefindFirstHit, writeBarePagefind } from './linked-search.ts';
import { buildSite, type SiteBuild } from './site-build.ts';

export interface WarmRebuild { build: SiteBuild; word: string; changeOnPage: boolean; changeInSearch: boolean; searchFound: string }

/** A word no article has (letters only, so that Pagefind indexes it as one word), distinct per run. */
const newWord = (run: number) => `quillfeather${String.fromCharCode(97 + (run % 26))}`;

/**
 * Rewrites the "Fix" paragraph of `article`, builds warm, checks the change, and puts the paragraph back
 * (the next cold build starts from the same corpus).
 */
export async function warmRebuild(o: { content: string; out: string; article: CorpusArticle; run: number; browser: Browser; port: number }): Promise<WarmRebuild> {
  // As an author's rebuilds go on: each deletes the build the one before replaced (dist.trash-<pid>)
  // beside its own work. The first rebuild after a cold build has none to delete, so it is not the one timed.
  buildSite(o.content, o.out, { cold: false });
  const file = path.join(o.content, 'articles', o.article.topic, `${o.article.slug}.mdx`);
  const original = readFileSync(file, 'utf8');
  const word = newWord(o.run);
  const paragraph = `Open the ${word} settings first, then save the mailbox filter again.`;
  if (!original.includes(o.article.fix)) throw new Error(`${file} does not hold the paragraph the benchmark changes`);
  writeFileSync(file, original.replace(o.article.fix, paragraph));
  try {
    const build = buildSite(o.content, o.out, { cold: false });
    const html = readFileSync(path.join(o.out, articleUrl(o.article), 'index.html'), 'utf8');
    writeBarePagefind(o.out);
    const server = await serve(o.out, o.port);
    try {
      const searchFound = await pagefindFirstHit(o.browser, server.origin, word);
      return {
        build, word, searchFound,
        changeOnPage: html.includes(paragraph) && !html.includes(o.article.fix),
        changeInSearch: searchFound === articleUrl(o.article),
      };
    } finally {
      await server.stop();
    }
  } finally {
    writeFileSync(file, original);
  }
}
