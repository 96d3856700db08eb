/**
 * The page a short link or an old URL serves on a static host without redirect rules: a script
 * forwards at once (keeping ?query and #fragment), a meta refresh does it without JavaScript, and a
 * visible link remains for anyone else. Search engines see noindex and the canonical URL.
 *
 * Written as plain files after the pages are generated (integrations/redirect-pages.ts) rather than
 * rendered as an Astro route: a help center has as many of these as articles, each needs no component,
 * and rendering 10,000 of them through Astro's pipeline costs seconds for a page that never changes.
 */
import { compactScript } from '../security/index.ts';
import { absoluteUrl, withBase } from './urls.ts';
import { escapeHtml } from '../escape-html.ts';
import { LANGUAGE_KEY } from './language-choice.ts';

export interface RedirectPageInput {
  /** Canonical site path of the destination (`/backups/restore-deleted-emails/`). */
  to: string;
  /** Title of the destination article or topic. */
  title: string;
  /** A link of no language (`/1007`): the script sends the reader to the destination in their language. */
  negotiated?: boolean | undefined;
}

export interface SiteIdentity {
  lang: string;
  /** The languages the site serves, the source's first: a link of no language picks one of them. */
  languages: readonly string[];
  name: string;
  /** Public URL of the home page (`https://example.com/help/`), for the canonical URL. */
  url: string;
  /** The path the site is served under (`/help/`): the forward goes to the destination under it. */
  base: string;
}

/** The redirect page's HTML; `script` is the forwarding script's source (src/scripts/redirect.js). */
export function redirectPageHtml({ to, title, negotiated }: RedirectPageInput, site: SiteIdentity, script: string): string {
  const target = escapeHtml(withBase(to, site.base));
  const canonical = escapeHtml(absoluteUrl(to, site.url));
  // What the script needs to pick the reader's language (the source language first, then the others; the
  // base; where the switcher stored the choice): data, so that one script, with one CSP hash, serves all.
  const languages = negotiated && site.languages.length > 1
    ? ` data-languages="${site.languages.join(' ')}" data-base="${escapeHtml(site.base)}" data-language-key="${LANGUAGE_KEY}"`
    : '';
  // Without JavaScript the refresh opens the source-language page, whose switcher links to the others.
  return '<!DOCTYPE html>'
    + `<html lang="${escapeHtml(site.lang)}" data-redirect="${target}"${languages}><head>`
    + '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${escapeHtml(`${title} · ${site.name}`)}</title>`
    + '<meta name="robots" content="noindex">'
    + `<link rel="canonical" href="${canonical}">`
    + `<meta http-equiv="refresh" content="0; url=${target}">`
    + `<script>${compactScript(script)}</script>`
    + `</head><body><p>This page is now at <a href="${target}">${escapeHtml(title)}</a>.</p></body></html>`;
}

/** The file a redirect from `from` (`/1007`, `/old-topic/old-slug/`) is written to, relative to the output. */
export function redirectFilePath(from: string): string {
  const trimmed = from.replace(/^\/+|\/+$/g, '');
  if (trimmed === '' || trimmed.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`a redirect from "${from}" cannot be written as a file`);
  }
  return `${trimmed}/index.html`;
}
