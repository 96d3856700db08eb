/**
 * What a reader gets from a built site, in Chromium: an article page's weight, and the search dialog's
 * bytes and time from the last keystroke to the first result (loopback and slow 4G); Lighthouse scores.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, RESULT_SIGNAL } from './browser.ts';
import { kb, median } from './stats.ts';

/**
 * Calls `count` with each response's body and kind as the page receives them; `settled()` resolves once
 * every body seen so far has been counted. Bodies are read asynchronously: a figure taken before they are
 * all in (or after the context has closed) would miss some.
 */
function countResponses(page: Page, count: (body: Buffer, type: string) => void): { settled: () => Promise<void> } {
  const reading = new Set<Promise<void>>();
  page.on('response', (response) => {
    const counted = response.body().then((body) => count(body, response.request().resourceType()), () => count(Buffer.alloc(0), response.request().resourceType()));
    reading.add(counted);
    void counted.then(() => reading.delete(counted));
  });
  return { settled: async () => void (await Promise.all(reading)) };
}

/** Bytes (raw and gzip) by kind of resource for what a page loads. */
export async function pageWeight(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weights: Record<string, { raw: number; gzip: number }> = {};
  let requests = 0;
  const responses = countResponses(page, (body, type) => {
    requests++;
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    weights[kind] ??= { raw: 0, gzip: 0 };
    weights[kind].raw += body.length;
    weights[kind].gzip += gzipSync(body).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await responses.settled();
  await context.close();
  const total = Object.values(weights).reduce((t, w) => ({ raw: t.raw + w.raw, gzip: t.gzip + w.gzip }), { raw: 0, gzip: 0 });
  return { requests, ...Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, { rawKb: kb(w.raw), gzipKb: kb(w.gzip) }])), total: { rawKb: kb(total.raw), gzipKb: kb(total.gzip) } };
}

/**
 * Instruments the page: the time of the last keystroke, and of the first result in the dialog for
 * `query`. Results for a part of the query may show while it is typed (and a late one just after): the
 * first result counted is the first drawn once the dialog has started searching the whole query (its
 * "All results" link then leads to it). The page logs RESULT_SIGNAL then.
 */
export async function instrument(page: Page, query: string): Promise<void> {
  await page.evaluate(({ q, signal }) => {
    const w = window as unknown as { lastKey: number; firstResult: number; observer?: MutationObserver };
    w.lastKey = 0;
    w.firstResult = 0;
    w.observer?.disconnect(); // the previous query's
    let searching = false;
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    const all = document.querySelector<HTMLAnchorElement>('[data-all-results]');
    const list = document.querySelector('#search-dialog-results');
    w.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.target === all && all && new URL(all.href).searchParams.get('q') === q) searching = true;
        // Options drawn after that are the whole query's (the earlier ones were already on screen).
        else if (searching && !w.firstResult && record.target === list && list?.querySelector('[role=option]')) {
          w.firstResult = performance.now();
          console.debug(signal);
        }
      }
    });
    w.observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }, { q: query, signal: RESULT_SIGNAL });
}

/** What `instrument` recorded, in ms from the navigation (performance.now()): the last keystroke and the first result. */
export function instrumentedTimes(page: Page): Promise<{ lastKey: number; firstResult: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; firstResult: number };
    return { lastKey: w.lastKey, firstResult: w.firstResult };
  });
}

/** One search in the dialog: milliseconds from the last keystroke to the first result, and bytes fetched. */
async function searchOnce(context: BrowserContext, articleUrl: string, queries: string[], throttle: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  await page.goto(articleUrl, { waitUntil: 'networkidle' });
  const figures: Array<{ ms: number; bytes: number }> = [];
  bytes = 0;
  await page.keyboard.press('Control+k');
  for (const [i, query] of queries.entries()) {
    await page.getByRole('combobox').fill('');
    await page.evaluate(() => document.querySelector('#search-dialog-results')?.replaceChildren());
    await instrument(page, query);
    if (i > 0) bytes = 0;
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === RESULT_SIGNAL, timeout: 30_000 });
    await page.keyboard.type(query, { delay: 30 });
    await shown;
    await page.waitForLoadState('networkidle');
    const { lastKey, firstResult } = await instrumentedTimes(page);
    const ms = firstResult - lastKey;
    figures.push({ ms, bytes });
  }
  await page.close();
  return figures;
}

/** Gzip weight of what a first search downloads, independent of the test server (which does not compress). */
export async function searchBytesGzip(browser: Browser, articleUrl: string, queries: string[]): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(articleUrl, { waitUntil: 'networkidle' });
  const sizes: number[] = [];
  let current = 0; // bytes since the page loaded
  const responses = countResponses(page, (body) => void (current += gzipSync(body).length));
  // The first search counts everything from opening the dialog (which starts loading Pagefind).
  await page.keyboard.press('Control+k');
  for (const [i, query] of queries.entries()) {
    if (i > 0) current = 0;
    await page.getByRole('combobox').fill(query);
    await page.getByRole('option').first().waitFor();
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 300));
    await responses.settled();
    sizes.push(current);
  }
  await context.close();
  return sizes;
}

/** Run `r` of the dialog's figures: a first query, a warm common word and a warm error code (rotating with `r`). */
export async function searchSample(browser: Browser, articleUrl: string, throttle: boolean, r: number) {
  const common = ['mailbox', 'password', 'domain', 'restore', 'backup'];
  const codes = ['550 5.1.1', '0x800CCC0E', '535 5.7.8', '421 4.7.0', '552 5.2.2'];
  const context = await browser.newContext();
  try {
    const [cold, ...warm] = await searchOnce(context, articleUrl, [common[r % common.length]!, common[(r + 1) % common.length]!, codes[r % codes.length]!], throttle);
    return { first: cold!.ms, warmCommon: warm[0]!.ms, warmCode: warm[1]!.ms };
  } finally {
    await context.close();
  }
}

export async function searchFigures(browser: Browser, articleUrl: string, throttle: boolean, runs: number) {
  const samples: Array<Awaited<ReturnType<typeof searchSample>>> = [];
  for (let r = 0; r < runs; r++) samples.push(await searchSample(browser, articleUrl, throttle, r));
  const m = (pick: (s: (typeof samples)[number]) => number) => Math.round(median(samples.map(pick)));
  return { firstQueryMs: m((s) => s.first), warmCommonWordMs: m((s) => s.warmCommon), warmErrorCodeMs: m((s) => s.warmCode) };
}

export async function lighthouse(urls: Record<string, string>) {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const out: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcpSeconds: number; tbtMs: number; totalKb: number }> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await run(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result!.lhr;
      out[name] = {
        performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((lhr.categories['seo']?.score ?? 0) * 100),
        lcpSeconds: Math.round((lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 10) / 100,
        // What the search page's score lost at 10,000 articles: the main thread blocked by the search.
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        totalKb: kb(lhr.audits['total-byte-weight']?.numericValue ?? 0),
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}
