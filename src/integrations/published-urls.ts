import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../lib/build/index.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registryOf, frozenLedgerMessage, ledgerAdditions, ledgerMode, mergeLedger, serializeLedger, loadPublishedState, toNginxMap, toRedirectsFile, lostAnchors, topicPath } from '../lib/links/index.ts';
import { toNginxNotFoundMap } from '../lib/links/not-found-pages.ts';
import type { BuildContext } from './build-context.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { locateField, readTextFile } from '../lib/content/index.ts';
import { readRenderIndex, renderCacheDir } from '../lib/render/render-cache.ts';
import { contentDir, site } from '../site.config.ts';
import { revisionState, revisionsFile as revisionsFileOf } from '../lib/translations/revision-state.ts';
import { revisionAdditions, serializeRevisions } from '../lib/translations/revisions.ts';
import { localizedPath, SOURCE_LANG } from '../i18n/languages.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';

/**
 * Keeps every URL the site ever published working. After the pages are generated it
 * - fails the build when a link points to a section its target does not have, or when a published
 *   URL or anchor would break (an article removed without a
 *   retirement, a section whose id disappeared), saying what to do;
 * - writes `_redirects` (Netlify / Cloudflare Pages) and `nginx-redirects.conf` from the same plan as the
 *   redirect pages (the latter also maps a missing URL to the 404 page of its language);
 * - adds what this build publishes to `published.json` (entries are never removed), once the whole build
 *   has succeeded, in one atomic write; a CI build (see ledgerMode) instead fails, before anything is
 *   deployed, when the committed ledger lacks something this build publishes.
 */
export function publishedUrls(context: BuildContext): AstroIntegration {
  /** The ledgers after this build, written only once the whole build succeeded (astro:build:done). */
  let pending: Array<{ file: string; text: string }> = [];
  return {
    name: 'kb:published-urls',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const state = loadPublishedState(contentDir);
        // What the content loader recorded of every article it rendered (this build or an earlier one).
        const linkRegistry = registryOf(readRenderIndex(renderCacheDir(contentDir, site.base)).values());
        const idOfFile = new Map([...state.articles.values()].map((a) => [a.file, a.id]));
        const anchorsNow = new Map<number, ReadonlySet<string>>();
        for (const [file, ids] of linkRegistry.anchors) {
          const id = idOfFile.get(file);
          if (id !== undefined) anchorsNow.set(id, ids);
        }
        const titles = new Map([...state.articles].map(([id, a]) => [id, a.title]));
        // Everything that needs all articles compiled, reported together: links to missing sections,
        // and published URLs or anchors that would break.
        const ledgerFile = path.relative(process.cwd(), state.ledgerFile);
        const problems = [
          ...linkRegistry.anchorProblems(),
          ...state.problems.map((message) => ({ file: ledgerFile, message })),
          // A lost anchor is the article's to fix: reported at its id line.
          ...lostAnchors(state.ledger, anchorsNow, titles).map(({ id, message }) => articleProblem(state.articles.get(id)?.file, message) ?? { file: ledgerFile, message }),
        ];
        if (problems.length > 0) throw new ContentError(problems);

        // The plan, for the redirect pages and the headers (see build-context.ts).
        context.redirects = state.redirects;
        const out = fileURLToPath(dir);
        writeFileSync(`${out}_redirects`, toRedirectsFile(state.redirects, site.base));
        writeFileSync(`${out}nginx-redirects.conf`, toNginxMap(state.redirects, site.base) + toNginxNotFoundMap(siteLanguages(contentDir), site.base));

        const ledger = mergeLedger(state.ledger, {
          // Every language's page of an article and topic is a URL that support may have pasted.
          articles: new Map([...state.articles].map(([id, a]) => [id, { url: a.url, localizedUrls: siteLanguages(contentDir).filter((l) => l !== SOURCE_LANG).map((l) => localizedPath(l, a.url)), aliases: a.aliases, anchors: [...(anchorsNow.get(id) ?? [])] }])),
          topics: [...state.topics.keys()].flatMap((slug) => siteLanguages(contentDir).map((l) => localizedPath(l, topicPath(slug)))),
        });
        // The revisions of the translated articles, which the pages marked outdated sections from.
        const revisions = revisionState(contentDir, readRenderIndex(renderCacheDir(contentDir, site.base)), readRenderIndex(renderCacheDir(contentDir, site.base, undefined, 'translations')));
        const revisionsFile = path.relative(process.cwd(), revisionsFileOf(contentDir));
        if (ledgerMode(process.env) === 'frozen') {
          const additions = [...ledgerAdditions(state.ledger, ledger), ...revisionAdditions(revisions.recorded, revisions.now).map((a) => `${a} (${revisionsFile})`)];
          if (additions.length > 0) throw new FrozenLedgerError(frozenLedgerMessage(ledgerFile, additions));
        } else {
          pending = [
            { file: state.ledgerFile, text: serializeLedger(ledger) },
            ...(Object.keys(revisions.now.articles).length > 0 ? [{ file: revisionsFileOf(contentDir), text: serializeRevisions(revisions.now) }] : []),
          ];
        }
        logger.info(`${state.redirects.length} redirects (short links, aliases, moved and retired URLs)`);
      },
      'astro:build:done': ({ logger }) => {
        for (const { file, text } of pending) {
          let before = '';
          try {
            before = readFileSync(file, 'utf8');
          } catch {
            // First build: the ledger starts now.
          }
          if (text !== before) {
            writeFileAtomic(file, text);
            logger.info(`recorded what this build published in ${path.relative(process.cwd(), file)}: commit it with the content`);
          }
        }
      },
    },
  };
}

/** A problem at the `id:` line of an article (its absolute path), or undefined when there is no such file. */
function articleProblem(file: string | undefined, message: string): Problem | undefined {
  if (!file) return undefined;
  return { file: path.relative(process.cwd(), file), ...locateField(readTextFile(file), 'id'), message };
}

/** The committed ledger is behind the content in a frozen (CI) build: the message says what to run. */
export class FrozenLedgerError extends Error {
  override name = 'FrozenLedgerError';
}
