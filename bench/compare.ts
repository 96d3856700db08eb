/**
 * Same-run comparison of builds of the benchmark corpus, e.g. main's code and a branch's: the linked
 * search (against bare Pagefind, each build on its own) and the search dialog, the builds measured in
 * turn within each run, so that the machine's drift (two cores, shared) falls on both
 * alike. Figures are medians; compare the ratios, not the absolute times.
 *
 *   node bench/compare.ts build --name before [--size 1000]     builds the current code into bench/out/compare/before-1000
 *   node bench/compare.ts --builds before,after[,…] [--size 1000 --runs 5 --port 4344]
 *   node bench/compare.ts --builds after --size 10000 --runs 3     one build: its linked search against its bare Pagefind
 *
 * Typical use: `build --name before` on the old code, change the code, `build --name after`, compare. A
 * site built elsewhere (an older commit's checkout) is passed by folder: `--dirs <dist>,<dist>`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serve } from './browser.ts';
import { articleUrl, drawCorpus, writeSiteCorpus } from './generate-corpus.ts';
import { linkedSearchSamples, writeBarePagefind } from './linked-search.ts';
import { searchBytesGzip, searchSample } from './page-figures.ts';
import { buildSite } from './site-build.ts';
import { median, ratio } from './stats.ts';
import { root } from './timed-build.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    builds: { type: 'string' },
    dirs: { type: 'string' },
    size: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4344' },
  },
});
const size = Number(values.size);
const outDir = (name: string) => path.join(root, 'bench/out/compare', `${name}-${size}`);
const corpusDir = path.join(root, 'bench/corpus', String(size));
const corpus = drawCorpus(size, 42);

if (positionals[0] === 'build') {
  if (!values.name) throw new Error('build needs --name <name> (the folder bench/out/compare/<name>-<size>)');
  writeSiteCorpus(corpus, corpusDir);
  const built = buildSite(corpusDir, outDir(values.name), { cold: true });
  writeBarePagefind(outDir(values.name));
  console.log(`built ${built.pages} pages into ${outDir(values.name)} in ${built.seconds} s`);
} else {
  const dirs = values.dirs ? values.dirs.split(',') : (values.builds ?? '').split(',').filter(Boolean).map(outDir);
  const names = values.builds ? values.builds.split(',') : dirs.map((d) => path.basename(d));
  if (dirs.length < 1) throw new Error('compare needs --builds a[,b,…] (names given to `build --name`) or --dirs <dist>[,<dist>,…]');
  for (const d of dirs) {
    if (!existsSync(path.join(d, 'pagefind'))) throw new Error(`${d} holds no built site with a Pagefind index`);
    writeBarePagefind(d); // a site built elsewhere has no bare page yet
  }
  await compare(dirs, names, Number(values.runs), Number(values.port));
}

async function compare(dirs: string[], names: string[], runs: number, port: number): Promise<void> {
  const browser = await launchBrowser();
  const servers = await Promise.all(dirs.map((d, i) => serve(d, port + i)));
  type Samples = { site: number[]; bare: number[]; first: number[]; warmWord: number[]; warmCode: number[]; bytes: number[][] };
  const samples: Samples[] = dirs.map(() => ({ site: [], bare: [], first: [], warmWord: [], warmCode: [], bytes: [] }));
  try {
    const article = articleUrl(corpus.articles[Math.min(size, 250) - 1]!);
    for (let r = 0; r < runs; r++) {
      // Which build goes first rotates with the run.
      for (const i of dirs.map((_, k) => (k + r) % dirs.length)) {
        const origin = servers[i]!.origin;
        const s = samples[i]!;
        const linked = await linkedSearchSamples(browser, origin, r);
        s.site.push(...linked.site);
        s.bare.push(...linked.bare);
        const dialog = await searchSample(browser, `${origin}${article}`, false, r);
        s.first.push(dialog.first);
        s.warmWord.push(dialog.warmCommon);
        s.warmCode.push(dialog.warmCode);
        if (r === 0) s.bytes.push(await searchBytesGzip(browser, `${origin}${article}`, ['mailbox', 'password']));
      }
      console.log(`run ${r + 1}/${runs} done`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await browser.close();
  }
  const m = (xs: number[]) => Math.round(median(xs));
  const rows = samples.map((s, i) => ({
    build: names[i],
    linkedMs: m(s.site), bareMs: m(s.bare), linkedRatio: ratio(median(s.site), median(s.bare)),
    // Each linked search against the bare Pagefind load next to it: steadier than the ratio of the
    // medians when other work on the machine comes and goes.
    pairedRatio: ratio(median(s.site.map((t, k) => t / s.bare[k]!)), 1),
    dialogFirstMs: m(s.first), dialogWarmWordMs: m(s.warmWord), dialogWarmCodeMs: m(s.warmCode),
    firstSearchGzipKb: Math.round(s.bytes[0]![0]! / 102.4) / 10, secondSearchGzipKb: Math.round(s.bytes[0]![1]! / 102.4) / 10,
  }));
  console.log(`\n${size} articles, ${runs} runs (linked search: ${samples[0]!.site.length} samples a build), medians:`);
  console.table(rows);
  const a = rows[0]!;
  for (const b of rows.slice(1)) {
    console.log(`${b.build} / ${a.build}: linked ${ratio(b.linkedMs, a.linkedMs)}×, dialog first ${ratio(b.dialogFirstMs, a.dialogFirstMs)}×, ` +
      `warm word ${ratio(b.dialogWarmWordMs, a.dialogWarmWordMs)}×, warm code ${ratio(b.dialogWarmCodeMs, a.dialogWarmCodeMs)}×`);
  }
}
