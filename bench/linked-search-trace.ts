/**
 * Where the time of one linked search goes: the requests of `/search/?q=…` and of bare Pagefind's page
 * on the same built site (the page's and Pagefind's worker's), each with its start and end in ms from
 * the navigation, when the first result was on screen, and (with --tasks) the page's long main-thread
 * tasks. Fresh browser context each, as in the benchmark.
 *
 *   node bench/linked-search-trace.ts --dir bench/out/compare/before-1000 [--q mailbox --port 4346 --tasks]
 */
import { parseArgs } from 'node:util';
import { launchBrowser, serve } from './browser.ts';
import { BARE_PAGE, firstResult, writeBarePagefind } from './linked-search.ts';
import { mainThreadTasks, TRACE_CATEGORIES } from './main-thread.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, q: { type: 'string', default: 'mailbox' }, port: { type: 'string', default: '4346' }, tasks: { type: 'boolean', default: false } },
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
    const result = await firstResult(browser, `${server.origin}${url}`, selector, (context) => {
      context.on('requestfinished', (request) => {
        const t = request.timing();
        if (request.resourceType() === 'document' && request.url().includes(url.split('?')[0]!)) navigationStart = t.startTime;
        rows.push({ start: t.startTime, end: t.startTime + t.responseEnd, url: new URL(request.url()).pathname });
      });
    });
    console.log(`\n${name}: first result on screen at ${Math.round(result.ms)} ms`);
    for (const r of rows.sort((a, b) => a.start - b.start)) {
      console.log(`  ${String(Math.round(r.start - navigationStart)).padStart(5)} → ${String(Math.round(r.end - navigationStart)).padStart(5)}  ${r.url}`);
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
