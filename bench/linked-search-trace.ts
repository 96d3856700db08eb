/**
 * Where the time of one linked search goes: the requests of `/search/?q=…` and of bare Pagefind's page
 * on the same built site (the page's and Pagefind's worker's), each with its start and end in ms from
 * the navigation, when the first result was on screen, and (with --tasks) the page's long main-thread
 * tasks, (with --profile) the functions that took the most of its CPU. Fresh browser context each,
 * as in the benchmark.
 *
 *   node bench/linked-search-trace.ts --dir bench/out/compare/before-1000 [--q mailbox --port 4346 --tasks --profile]
 */
import { parseArgs } from 'node:util';
import { launchBrowser, serve } from './browser.ts';
import { BARE_PAGE, firstResult, writeBarePagefind } from './linked-search.ts';
import type { CDPSession } from 'playwright-core';
import { mainThreadTasks, topFunctions, TRACE_CATEGORIES } from './main-thread.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, q: { type: 'string', default: 'mailbox' }, port: { type: 'string', default: '4346' }, tasks: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } },
});
if (!values.dir) throw new Error('--dir <built site> is needed');
writeBarePagefind(values.dir);
const server = await serve(values.dir, Number(values.port));
const browser = await launchBrowser();
try {
  for (const [name, url, selector] of [
    ['site', `/search/?q=${encodeURIComponent(values.q!)}`, '[data-search-results] li'],
    ['bare Pagefind', `${BARE_PAGE}?q=${encodeURIComponent(values.q!)}`, '#results li'],
  ] as const) {
    const rows: Array<{ start: number; end: number; url: string }> = [];
    let navigationStart = 0;
    if (values.tasks) await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
    let cdp: CDPSession | undefined;
    let profile: Parameters<typeof topFunctions>[0] | undefined;
    const result = await firstResult(
      browser,
      `${server.origin}${url}`,
      selector,
      (context) => {
        context.on('requestfinished', (request) => {
          const t = request.timing();
          if (request.resourceType() === 'document' && request.url().includes(url.split('?')[0]!)) navigationStart = t.startTime;
          rows.push({ start: t.startTime, end: t.startTime + t.responseEnd, url: new URL(request.url()).pathname });
        });
      },
      values.profile
        ? {
            opened: async (page) => {
              cdp = await page.context().newCDPSession(page);
              await cdp.send('Profiler.enable');
              await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
              await cdp.send('Profiler.start');
            },
            done: async () => void (profile = (await cdp!.send('Profiler.stop')).profile as typeof profile),
          }
        : undefined,
    );
    console.log(`\n${name}: first result on screen at ${Math.round(result.ms)} ms`);
    for (const r of rows.sort((a, b) => a.start - b.start)) {
      console.log(`  ${String(Math.round(r.start - navigationStart)).padStart(5)} → ${String(Math.round(r.end - navigationStart)).padStart(5)}  ${r.url}`);
    }
    if (profile) {
      console.log(`  CPU of the page until the first result (self time, ms):`);
      for (const f of topFunctions(profile, result.ms)) console.log(`  ${String(f.ms).padStart(7)}  ${f.what}`);
    }
    if (values.tasks) {
      const { tasks, busyMs } = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString()), `${server.origin}${url}`);
      console.log(`  main thread: ${busyMs} ms busy in tasks; tasks of 8 ms or more (start, length):`);
      for (const t of tasks) console.log(`  ${String(t.start).padStart(5)} +${String(t.ms).padStart(4)}  ${t.what}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
