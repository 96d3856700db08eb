/**
 * The linked search (`/search/?q=…`, what a support reply links to), side by side with bare Pagefind on
 * the same built site: the time from the start of the navigation until the first result is on screen,
 * each page load in a fresh browser context (nothing cached, as for a customer who follows the link).
 *
 * Bare Pagefind is a minimal page the benchmark writes into the built site: it imports
 * /pagefind/pagefind.js, runs `search(q)` and renders the first result's title as a link. Its script is a
 * file of the site, so it runs under the site's security policy (`script-src 'self'`) as the site's does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RESULT_SIGNAL } from './browser.ts';
import { median, ratio } from './stats.ts';

export const BARE_PAGE = '/bench-bare-pagefind/';

/** The first result of each page, as a reader sees it: a link in the list of results. */
const SITE_FIRST_RESULT = '[data-search-results] li';
const BARE_FIRST_RESULT = '#results li';

/** Writes the bare Pagefind page into a built site (after each build, which replaces the folder). */
export function writeBarePagefind(dist: string): void {
  const dir = path.join(dist, BARE_PAGE);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pagefind</title>
<script type="module" src="${BARE_PAGE}bare.js"></script></head>
<body><ol id="results"></ol></body></html>
`);
  writeFileSync(path.join(dir, 'bare.js'), `const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(new URLSearchParams(location.search).get('q') ?? '');
const first = await search.results[0]?.data();
const item = document.createElement('li');
item.append(first ? Object.assign(document.createElement('a'), { href: first.url, textContent: first.meta.title }) : 'No results');
document.getElementById('results').append(item);
`);
}

/** Milliseconds from navigation start until `selector` is visible and painted; where its link leads ('' if none). */
export async function firstResult(
  browser: Browser,
  url: string,
  selector: string,
  watch?: (context: BrowserContext) => void,
  hooks?: { opened?: (page: Page) => Promise<void>; done?: (page: Page) => Promise<void> },
): Promise<{ ms: number; href: string }> {
  const context = await browser.newContext();
  watch?.(context);
  try {
    const page = await context.newPage();
    await hooks?.opened?.(page);
    // Installed before any script of the page runs; the frame after the mutation is when it is on screen.
    // The page tells by a console message (RESULT_SIGNAL says why).
    await page.addInitScript(
      ({ sel, signal }) => {
        const w = window as unknown as { firstResultMs: number };
        w.firstResultMs = 0;
        let seen = false;
        new MutationObserver(() => {
          const el = document.querySelector(sel);
          if (seen || !el?.checkVisibility()) return;
          seen = true;
          requestAnimationFrame(() => {
            w.firstResultMs = performance.now();
            console.debug(signal);
          });
        }).observe(document, { childList: true, subtree: true, attributes: true });
      },
      { sel: selector, signal: RESULT_SIGNAL },
    );
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === RESULT_SIGNAL, timeout: 30_000 });
    await page.goto(url, { waitUntil: 'commit' });
    await shown;
    await hooks?.done?.(page);
    return {
      ms: await page.evaluate(() => (window as unknown as { firstResultMs: number }).firstResultMs),
      href: await page.evaluate((sel) => {
        const link = document.querySelector(sel)?.querySelector<HTMLAnchorElement>('a[href]');
        return link ? new URL(link.href).pathname : '';
      }, selector),
    };
  } finally {
    await context.close();
  }
}

/** Where bare Pagefind's first result for `query` leads (a path), through Pagefind's own JS in Chromium. */
export async function pagefindFirstHit(browser: Browser, origin: string, query: string): Promise<string> {
  return (await firstResult(browser, `${origin}${BARE_PAGE}?q=${encodeURIComponent(query)}`, BARE_FIRST_RESULT)).href;
}

export interface LinkedSearch { siteMs: number; barePagefindMs: number; ratio: number; samples: number; queries: string[] }

const QUERIES = ['mailbox', 'password', 'restore'];

/**
 * One round over the queries, the site's search page and bare Pagefind alternating; `round` decides
 * which goes first, so that neither always follows the other's warm-up of the server.
 */
export async function linkedSearchSamples(browser: Browser, origin: string, round: number): Promise<{ site: number[]; bare: number[] }> {
  const site: number[] = [];
  const bare: number[] = [];
  for (const [i, q] of QUERIES.entries()) {
    const measureSite = async () => site.push((await firstResult(browser, `${origin}/search/?q=${q}`, SITE_FIRST_RESULT)).ms);
    const measureBare = async () => bare.push((await firstResult(browser, `${origin}${BARE_PAGE}?q=${q}`, BARE_FIRST_RESULT)).ms);
    if ((round * QUERIES.length + i) % 2 === 0) await measureSite().then(measureBare);
    else await measureBare().then(measureSite);
  }
  return { site, bare };
}

/** Alternates the site's search page and bare Pagefind, `runs` times over a few queries; medians. */
export async function linkedSearch(browser: Browser, origin: string, runs: number): Promise<LinkedSearch> {
  const site: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < runs; r++) {
    const round = await linkedSearchSamples(browser, origin, r);
    site.push(...round.site);
    bare.push(...round.bare);
  }
  const siteMs = Math.round(median(site));
  const barePagefindMs = Math.round(median(bare));
  return { siteMs, barePagefindMs, ratio: ratio(siteMs, barePagefindMs), samples: site.length, queries: QUERIES };
}
