import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectFilePath, redirectPageHtml, type Redirect } from '../lib/links/index.ts';
import { contentDir, site } from '../site.config.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';
import { SOURCE_LANG } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';
import { plannedRedirects, type BuildContext } from './build-context.ts';

const script = readFileSync(fileURLToPath(new URL('../scripts/redirect.js', import.meta.url)), 'utf8');

/**
 * Writes one small forwarding page per short link, alias and old URL (see lib/redirect-page.ts) once
 * the pages are generated. Listed after the search index, so Pagefind never reads them, and before the
 * security headers, which hash their inline script. They are not Astro routes, so the sitemap never
 * lists them. A redirect may never replace a page: that would hide an article.
 */
export function redirectPages(context: BuildContext): AstroIntegration {
  return {
    name: 'kb:redirect-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The plan publishedUrls made when the pages were generated: reading the content again would cost
        // a pass over every article's frontmatter.
        const redirects = plannedRedirects(context);
        // The page of a link of no language is in the source language (its text, title and lang).
        const identity = { ...site, lang: SOURCE_LANG, name: ui(SOURCE_LANG).siteName, languages: siteLanguages(contentDir) };
        writeRedirectPages(out, redirects, (redirect) => redirectPageHtml(redirect, identity, script));
        logger.info(`${redirects.length} redirect pages (short links, aliases, moved and retired URLs)`);
      },
    },
  };
}

/** Writes each redirect's page into the built site `out`; refuses, before writing any, to replace a page. */
export function writeRedirectPages(out: string, redirects: readonly Redirect[], html: (redirect: Redirect) => string): void {
  const files = redirects.map((redirect) => ({ redirect, file: path.join(out, redirectFilePath(redirect.from)) }));
  const taken = files.find(({ file }) => existsSync(file));
  if (taken) throw new Error(`the redirect from ${taken.redirect.from} would replace the page ${path.relative(out, taken.file)}`);
  for (const { redirect, file } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html(redirect));
  }
}
