/**
 * Where a warm search in the dialog spends its time, for several built sites in turn: the dialog is
 * opened on an article and warmed with one query, then a second word is typed all but its last letter,
 * and the last keystroke is timed: from it to the first result on screen, and the longest main-thread
 * task in between (after the dialog's debounce, that task is the search itself: Pagefind's and the
 * site's ranking). The end-to-end figure carries the debounce, the fragment fetch and the drawing, and
 * spreads more than the task does, so a change of a few milliseconds in the search shows in the task
 * first. Chromium trace, each sample in a fresh browser context, the sites alternating; medians.
 *
 *   node bench/dialog-trace.ts --dirs bench/out/compare/before-10000,bench/out/compare/after-10000 [--runs 6 --q password --profile]
 *
 * --profile adds a CPU profile of the last sample of each site (self time by function, ms): it slows
 * the page, so its samples' times are not comparable with the others'.
 *
 * --steady types the whole second word at 30 ms a key, without the pause before its last letter (as
 * `bench/compare.ts` does for the warm common word): the dialog's debounce then runs after the last key.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, RESULT_SIGNAL, serve } from './browser.ts';
import { mainThreadTasks, topFunctions, TRACE_CATEGORIES } from './main-thread.ts';
import { instrument, instrumentedTimes } from './page-figures.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    dirs: { type: 'string' },
    runs: { type: 'string', default: '6' },
    warm: { type: 'string', default: 'mailbox' },
    q: { type: 'string', default: 'password' },
    article: { type: 'string', default: '/topic-1/' },
    port: { type: 'string', default: '4350' },
    profile: { type: 'boolean', default: false },
    steady: { type: 'boolean', default: false },
  },
});
const dirs = (values.dirs ?? '').split(',').filter(Boolean);
if (dirs.length === 0) throw new Error('--dirs <built site>[,<built site>…] is needed');

interface Sample { firstResultMs: number; longestTaskMs: number; workerBusyMs: number; profile?: Array<{ ms: number; what: string }> }

/** One sample: the last keystroke of `values.q` to its first result in the dialog of `origin`'s article. */
async function sample(browser: Browser, origin: string, profile: boolean): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = `${origin}${values.article}`;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    await page.keyboard.type(values.warm!, { delay: 30 });
    await page.getByRole('option').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('combobox').fill('');
    // All but the last letter: its chunks are preloaded and its (debounced) search has run by then.
    // Steady typing: the whole word at one go, from an empty box.
    const before = values.steady ? '' : values.q!.slice(0, -1);
    await page.keyboard.type(before, { delay: 30 });
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => document.querySelector('#search-dialog-results')?.replaceChildren());
    await instrument(page, values.q!);
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === RESULT_SIGNAL, timeout: 30_000 });
    const cdp = profile ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.keyboard.type(values.q!.slice(before.length), { delay: 30 });
    await shown;
    const { lastKey, firstResult } = await instrumentedTimes(page);
    const cpu = cdp ? ((await cdp.send('Profiler.stop')).profile as Parameters<typeof topFunctions>[0]) : undefined;
    // Task starts are ms from the navigation, as performance.now() is.
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const { tasks } = mainThreadTasks(trace, url, 1);
    const between = tasks.filter((t) => t.start >= lastKey - 1 && t.start <= firstResult);
    // The search worker's work in between (its tasks of any length): Pagefind's search, the ranking, the first fragment.
    const worker = mainThreadTasks(trace, url, 0, 'DedicatedWorker thread').tasks.filter((t) => t.start >= lastKey - 1 && t.start <= firstResult);
    return {
      firstResultMs: Math.round(firstResult - lastKey),
      longestTaskMs: Math.max(0, ...between.map((t) => t.ms)),
      workerBusyMs: worker.reduce((sum, t) => sum + t.ms, 0),
      ...(cpu ? { profile: topFunctions(cpu, Number.POSITIVE_INFINITY, 20) } : {}),
    };
  } finally {
    await context.close();
  }
}

const browser = await launchBrowser();
const servers = await Promise.all(dirs.map((d, i) => serve(d, Number(values.port) + i)));
try {
  const samples: Sample[][] = dirs.map(() => []);
  const runs = Number(values.runs);
  for (let r = 0; r < runs; r++) {
    // The sites in turn, the order alternating, so that the machine's drift falls on all alike.
    const order = r % 2 === 0 ? dirs.map((_, i) => i) : dirs.map((_, i) => dirs.length - 1 - i);
    for (const i of order) samples[i]!.push(await sample(browser, servers[i]!.origin, values.profile && r === runs - 1));
  }
  const timedRuns = values.profile ? runs - 1 : runs; // a profiled sample is slowed by the profiler
  console.log(`dialog, "${values.q}" after "${values.warm}"${values.steady ? ', typed steadily at 30 ms a key' : ', its last letter after a pause'}, last keystroke → first result; ${timedRuns} samples each (ms):`);
  for (const [i, dir] of dirs.entries()) {
    const timed = samples[i]!.filter((s) => !s.profile);
    const list = (pick: (s: Sample) => number) => timed.map(pick).join(' ');
    console.log(`  ${path.basename(dir)}: first result median ${median(timed.map((s) => s.firstResultMs))} (${list((s) => s.firstResultMs)}), longest task median ${median(timed.map((s) => s.longestTaskMs))} (${list((s) => s.longestTaskMs)}), search worker busy median ${median(timed.map((s) => s.workerBusyMs))} (${list((s) => s.workerBusyMs)})`);
    for (const f of samples[i]!.find((s) => s.profile)?.profile ?? []) console.log(`  ${String(f.ms).padStart(9)}  ${f.what}`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.stop()));
}
