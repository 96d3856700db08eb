/**
 * `npm run bench`: builds synthetic help centers of 1,000 and 10,000 articles and measures what the
 * budgets of the README speak of: build time (Astro and Pagefind apart) and peak memory, output and
 * index size, an article page's weight in Chromium, search (bytes and time from the last keystroke to
 * the first result, on loopback and slow 4G), the 1 MB bounce analysis, and Lighthouse mobile scores.
 * Prints a table and writes JSON to bench/results/. Figures are medians of repeated runs; compare them as
 * ratios between runs on the same machine, never as absolute truths.
 *
 *   npm run bench [-- --sizes 1000,10000 --runs 5 --no-lighthouse]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { scanContent } from '../src/lib/content-index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { resultsTable } from './table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
    port: { type: 'string', default: '4360' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const sizes = values.sizes!.split(',').map(Number);
const runs = Number(values.runs);
const port = Number(values.port);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const dirSize = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(path.join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);

interface BuildFigures { seconds: number; astroSeconds: number; pagefindSeconds: number; peakRssMb: number; pages: number; pagesPerSecond: number; outputMb: number; indexMb: number }

function build(n: number, content: string, out: string): BuildFigures {
  const result = spawnSync('/usr/bin/time', ['-v', path.join(root, 'node_modules/.bin/node'), 'src/cli/build.ts', '--outDir', out], {
    cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, KB_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(root, 'node_modules/.bin')}:${process.env['PATH']}` },
  });
  if (result.status !== 0) throw new Error(`build of ${n} articles failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)![1]) / 1024;
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(result.stdout)?.[1] ?? NaN);
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return {
    seconds, astroSeconds: seconds - pagefindMs / 1000, pagefindSeconds: pagefindMs / 1000, peakRssMb: Math.round(rss), pages,
    pagesPerSecond: Math.round(pages / seconds), outputMb: Math.round(dirSize(out) / 1e5) / 10, indexMb: Math.round(dirSize(path.join(out, 'pagefind')) / 1e5) / 10,
  };
}

async function serve(dir: string): Promise<ChildProcess> {
  const server = spawn(path.join(root, 'node_modules/.bin/node'), ['tests/serve.ts', '--root', dir, '--port', String(port)], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bench server did not start');
}

/** Bytes (raw and gzip) by kind of resource for what a page loads. */
async function pageWeight(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weights: Record<string, { raw: number; gzip: number }> = {};
  let requests = 0;
  page.on('response', async (response) => {
    requests++;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    weights[kind] ??= { raw: 0, gzip: 0 };
    weights[kind].raw += body.length;
    weights[kind].gzip += gzipSync(body).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const total = Object.values(weights).reduce((t, w) => ({ raw: t.raw + w.raw, gzip: t.gzip + w.gzip }), { raw: 0, gzip: 0 });
  return { requests, ...Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, { rawKb: kb(w.raw), gzipKb: kb(w.gzip) }])), total: { rawKb: kb(total.raw), gzipKb: kb(total.gzip) } };
}

/** Instruments the page: the time of the last keystroke, and of the first result in the dialog. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; firstResult: number };
    w.lastKey = 0;
    w.firstResult = 0;
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    new MutationObserver(() => {
      if (!w.firstResult && document.querySelector('#search-dialog-results [role=option]')) w.firstResult = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
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
    await instrument(page);
    if (i > 0) bytes = 0;
    await page.keyboard.type(query, { delay: 30 });
    await page.waitForFunction(() => (window as unknown as { firstResult: number }).firstResult > 0, null, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const ms = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; firstResult: number };
      return w.firstResult - w.lastKey;
    });
    figures.push({ ms, bytes });
  }
  await page.close();
  return figures;
}

/** Gzip weight of what a first search downloads, independent of the test server (which does not compress). */
async function searchBytesGzip(browser: Browser, articleUrl: string, queries: string[]): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(articleUrl, { waitUntil: 'networkidle' });
  const sizes: number[] = [];
  let current = 0; // bytes since the page loaded
  page.on('response', async (r) => {
    current += gzipSync(await r.body().catch(() => Buffer.alloc(0))).length;
  });
  // The first search counts everything from opening the dialog (which starts loading Pagefind).
  await page.keyboard.press('Control+k');
  for (const [i, query] of queries.entries()) {
    if (i > 0) current = 0;
    await page.getByRole('combobox').fill(query);
    await page.getByRole('option').first().waitFor();
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 300));
    sizes.push(current);
  }
  await context.close();
  return sizes;
}

async function searchFigures(browser: Browser, articleUrl: string, throttle: boolean) {
  const common = ['mailbox', 'password', 'domain', 'restore', 'backup'];
  const codes = ['550 5.1.1', '0x800CCC0E', '535 5.7.8', '421 4.7.0', '552 5.2.2'];
  const first: number[] = [];
  const warmCommon: number[] = [];
  const warmCode: number[] = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    const [cold, ...warm] = await searchOnce(context, articleUrl, [common[r % common.length]!, common[(r + 1) % common.length]!, codes[r % codes.length]!], throttle);
    first.push(cold!.ms);
    warmCommon.push(warm[0]!.ms);
    warmCode.push(warm[1]!.ms);
    await context.close();
  }
  return { firstQueryMs: Math.round(median(first)), warmCommonWordMs: Math.round(median(warmCommon)), warmErrorCodeMs: Math.round(median(warmCode)) };
}

async function lighthouse(urls: Record<string, string>) {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const out: Record<string, unknown> = {};
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
        totalKb: kb(lhr.audits['total-byte-weight']?.numericValue ?? 0),
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}

function analyzer(): number {
  const result = spawnSync(path.join(root, 'node_modules/.bin/node'), ['bench/analyze-1mb.ts'], { cwd: root, encoding: 'utf8' });
  return Number(/([\d.]+) ms/.exec(result.stdout)?.[1] ?? NaN);
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1e9), cpu: os.cpus()[0]?.model, node: process.version },
  versions: Object.fromEntries(['astro', 'pagefind', '@astrojs/mdx', 'tailwindcss'].map((p) => [p, JSON.parse(readFileSync(path.join(root, 'node_modules', p, 'package.json'), 'utf8')).version])),
  analyzer1MbMs: analyzer(),
  sizes: {},
};
console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1e9)} GB, ${process.version}`);

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
try {
  for (const n of sizes) {
    const content = path.join(root, 'bench/corpus', String(n));
    const out = path.join(root, 'bench/out', String(n));
    generateCorpus(n, 42, content);
    console.log(`\n${n} articles: building…`);
    const buildFigures = build(n, content, out);
    const server = await serve(out);
    try {
      const article = `http://127.0.0.1:${port}${scanContent(content).get(1000 + Math.min(n, 250))!.url}`;
      const figures: Record<string, unknown> = {
        build: buildFigures,
        articlePage: await pageWeight(browser, article),
        searchBytesGzipKb: (await searchBytesGzip(browser, article, ['mailbox', 'password'])).map(kb),
        searchLoopback: await searchFigures(browser, article, false),
        searchSlow4g: await searchFigures(browser, article, true),
      };
      if (!values['no-lighthouse']) {
        figures['lighthouse'] = await lighthouse({ home: `http://127.0.0.1:${port}/`, article, search: `http://127.0.0.1:${port}/search/?q=mailbox` });
      }
      (report['sizes'] as Record<string, unknown>)[n] = figures;
      console.log(JSON.stringify(figures, null, 2));
    } finally {
      server.kill();
    }
  }
} finally {
  await browser.close();
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const json = JSON.stringify(report, null, 2);
writeFileSync(path.join(root, 'bench/results', `${String(report['date']).replace(/[:.]/g, '-')}.json`), json);
writeFileSync(path.join(root, 'bench/results/latest.json'), json);
console.log(`\n${resultsTable(report as never)}\n\nresults: bench/results/latest.json`);
