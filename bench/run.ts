/**
 * `npm run bench`: builds synthetic help centers of 1,000 and 10,000 articles and measures what the
 * budgets of the README speak of, side by side with the peer, Astro Starlight, built from the same corpus:
 * - cold builds, the site's and Starlight's alternating (time and peak memory of the whole build command,
 *   search index included), and the warnings of each build's log;
 * - the warm rebuild after one paragraph of one article changed, checked on the page and in search;
 * - the linked search `/search/?q=…` against bare Pagefind on the same site;
 * - the 1,000-article corpus in five languages (the site's translations, Starlight's locales), cold builds;
 * - an article page's weight, the search dialog (bytes, keystroke to first result, loopback and slow 4G),
 *   the 1 MB bounce analysis, and Lighthouse mobile scores.
 * Prints a table and writes one JSON file per run to bench/results/. Figures are medians of repeated
 * runs; compare them as ratios within a run on the same machine, never as absolute truths.
 *
 *   npm run bench [-- --sizes 1000,10000 --multilingual 1000 --build-runs 3 --runs 5 --no-starlight --no-lighthouse --no-dev --port 4360]
 *   (--sizes '' skips the one-language corpora, --multilingual '' the five-language one)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serve } from './browser.ts';
import { articleUrl, generateCorpus } from './generate-corpus.ts';
import { linkedSearch, writeBarePagefind } from './linked-search.ts';
import { lighthouse, pageWeight, searchBytesGzip, searchFigures } from './page-figures.ts';
import { buildSite, type BuildPhases, type PhasePeaks, type SiteBuild } from './site-build.ts';
import { buildStarlight, ensureStarlight, STARLIGHT_VERSIONS, writeStarlightProject, type StarlightBuild } from './starlight.ts';
import { kb, median, medianOf, ratio, round2 } from './stats.ts';
import { resultsTable, type Results, type SizeResults } from './table.ts';
import { node, root } from './timed-build.ts';
import { warmRebuild, type WarmRebuild } from './warm-rebuild.ts';
import { devLoop } from './dev-loop.ts';
import { starlightDir } from './starlight.ts';
import { TRANSLATED_LANGS } from '../src/i18n/languages.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'build-runs': { type: 'string', default: '3' },
    runs: { type: 'string', default: '5' },
    'no-starlight': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    // The same corpus in five languages (the site's translations, Starlight's locales): cold builds only.
    multilingual: { type: 'string', default: '1000' },
    port: { type: 'string', default: '4360' },
  },
});
const sizes = values.sizes!.split(',').filter(Boolean).map(Number);
const buildRuns = Number(values['build-runs']);
const runs = Number(values.runs);
const port = Number(values.port);
const withStarlight = !values['no-starlight'];

function analyzer(): number {
  const result = spawnSync(node, ['bench/analyze-1mb.ts'], { cwd: root, encoding: 'utf8' });
  return Number(/([\d.]+) ms/.exec(result.stdout)?.[1] ?? NaN);
}

const version = (dir: string, p: string) => (JSON.parse(readFileSync(path.join(dir, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;
const report: Results = {
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1e9), cpu: os.cpus()[0]?.model, node: process.version },
  versions: Object.fromEntries(['astro', 'pagefind', 'satteri', 'tailwindcss'].map((p) => [p, version(root, p)])),
  peer: withStarlight ? `Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']} (astro ${STARLIGHT_VERSIONS.astro})` : undefined,
  buildRuns,
  analyzer1MbMs: analyzer(),
  sizes: {},
};
console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1e9)} GB, ${process.version}`);
if (withStarlight) ensureStarlight();

const browser = await launchBrowser();
try {
  for (const n of sizes) {
    const content = path.join(root, 'bench/corpus', String(n));
    const out = path.join(root, 'bench/out', String(n));
    const corpus = generateCorpus(n, 42, content);
    if (withStarlight) writeStarlightProject(corpus);
    const edited = corpus.articles[Math.floor(n / 2)]!;
    const cold: SiteBuild[] = [];
    const warm: WarmRebuild[] = [];
    const peer: StarlightBuild[] = [];
    console.log(`\n${n} articles:`);
    // Cold builds alternate with the peer's, so that the machine's drift falls on both alike.
    for (let r = 0; r < buildRuns; r++) {
      cold.push(buildSite(content, out, { cold: true }));
      warm.push(await warmRebuild({ content, out, article: edited, run: r, browser, port }));
      if (withStarlight) peer.push(buildStarlight());
      const w = warm.at(-1)!;
      console.log(`  run ${r + 1}/${buildRuns}: site ${cold.at(-1)!.seconds} s, ${cold.at(-1)!.peakRssMb} MB; warm ${w.build.seconds} s` +
        ` (change on page: ${w.changeOnPage}, in search: ${w.changeInSearch})` +
        (withStarlight ? `; Starlight ${peer.at(-1)!.seconds} s, ${peer.at(-1)!.peakRssMb} MB, ${peer.at(-1)!.pages} pages` : ''));
      if (withStarlight && (!peer.at(-1)!.indexed || peer.at(-1)!.pages < n)) {
        throw new Error(`Starlight built ${peer.at(-1)!.pages} pages for ${n} articles${peer.at(-1)!.indexed ? '' : ', and no Pagefind index'}`);
      }
    }
    const site = { ...medianOf(cold), phases: medianPhases(cold), phasePeaksMb: medianPeaks(cold) };
    // The author's loop in astro dev, on the article the warm rebuild edits, the site's and Starlight's.
    const devSite = values['no-dev'] ? undefined : await devLoop({ cwd: root, env: { KB_CONTENT_DIR: content }, page: articleUrl(edited), file: path.join(content, 'articles', edited.topic, `${edited.slug}.mdx`) }, port + 10);
    const devStarlight = values['no-dev'] || !withStarlight ? undefined
      : await devLoop({ cwd: starlightDir, page: articleUrl(edited), file: path.join(starlightDir, 'src/content/docs', edited.topic, `${edited.slug}.mdx`) }, port + 11);
    if (devSite) console.log(`  astro dev: site first page ${devSite.firstPageMs} ms, edit shown ${devSite.editShownMs} ms` + (devStarlight ? `; Starlight ${devStarlight.firstPageMs} ms, ${devStarlight.editShownMs} ms` : ''));
    const starlight = withStarlight ? { ...medianOf(peer), indexed: peer.every((p) => p.indexed) } : undefined;
    const warmSeconds = round2(median(warm.map((w) => w.build.seconds)));
    writeBarePagefind(out);
    const server = await serve(out, port);
    try {
      const article = `${server.origin}${articleUrl(corpus.articles[Math.min(n, 250) - 1]!)}`;
      const figures: SizeResults = {
        build: site,
        coldBuildSeconds: { site: cold.map((b) => b.seconds), starlight: peer.map((b) => b.seconds) },
        starlight,
        ...(devSite ? { devLoop: { site: devSite, starlight: devStarlight } } : {}),
        vsStarlight: starlight && { time: ratio(site.seconds, starlight.seconds), peakRss: ratio(site.peakRssMb, starlight.peakRssMb) },
        warmRebuild: {
          seconds: warmSeconds, peakRssMb: Math.round(median(warm.map((w) => w.build.peakRssMb))), ratioToCold: ratio(warmSeconds, site.seconds),
          changeOnPage: warm.every((w) => w.changeOnPage), changeInSearch: warm.every((w) => w.changeInSearch), article: articleUrl(edited),
          phases: medianPhases(warm.map((w) => w.build)),
        },
        linkedSearch: await linkedSearch(browser, server.origin, runs),
        articlePage: await pageWeight(browser, article),
        searchBytesGzipKb: (await searchBytesGzip(browser, article, ['mailbox', 'password'])).map(kb),
        searchLoopback: await searchFigures(browser, article, false, runs),
        searchSlow4g: await searchFigures(browser, article, true, runs),
      };
      if (!values['no-lighthouse']) {
        figures.lighthouse = await lighthouse({ home: `${server.origin}/`, article, search: `${server.origin}/search/?q=mailbox` });
      }
      report.sizes[n] = figures;
      console.log(JSON.stringify(figures, null, 2));
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}

// The five-language corpus: every page in five languages, the site's and Starlight's builds alternating.
const languages = TRANSLATED_LANGS;
for (const n of values.multilingual ? values.multilingual.split(',').map(Number) : []) {
  const content = path.join(root, 'bench/corpus', `${n}x${languages.length + 1}`);
  const out = path.join(root, 'bench/out', `${n}x${languages.length + 1}`);
  const corpus = generateCorpus(n, 42, content, languages);
  if (withStarlight) writeStarlightProject(corpus, languages);
  const cold: SiteBuild[] = [];
  const peer: StarlightBuild[] = [];
  console.log(`\n${n} articles in ${languages.length + 1} languages:`);
  for (let r = 0; r < buildRuns; r++) {
    cold.push(buildSite(content, out, { cold: true }));
    if (withStarlight) peer.push(buildStarlight());
    console.log(`  run ${r + 1}/${buildRuns}: site ${cold.at(-1)!.seconds} s, ${cold.at(-1)!.peakRssMb} MB, ${cold.at(-1)!.pages} pages` +
      (withStarlight ? `; Starlight ${peer.at(-1)!.seconds} s, ${peer.at(-1)!.peakRssMb} MB, ${peer.at(-1)!.pages} pages` : ''));
  }
  const site = { ...medianOf(cold), phases: medianPhases(cold), phasePeaksMb: medianPeaks(cold) };
  const starlight = withStarlight ? { ...medianOf(peer), indexed: peer.every((p) => p.indexed) } : undefined;
  report.multilingual = {
    ...report.multilingual,
    [n]: {
      languages: languages.length + 1, build: site, starlight,
      coldBuildSeconds: { site: cold.map((b) => b.seconds), starlight: peer.map((b) => b.seconds) },
      vsStarlight: starlight && { time: ratio(site.seconds, starlight.seconds), peakRss: ratio(site.peakRssMb, starlight.peakRssMb) },
    },
  };
  console.log(JSON.stringify(report.multilingual[n], null, 2));
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const file = path.join('bench/results', `${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(path.join(root, file), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${resultsTable(report)}\n\nresults: ${file}`);

/** The median of each phase's peak memory over several builds (a build whose log gave none is left out). */
function medianPeaks(builds: SiteBuild[]): PhasePeaks | undefined {
  const peaks = builds.flatMap((b) => (b.phasePeaksMb ? [b.phasePeaksMb] : []));
  return peaks.length > 0 ? medianOf(peaks) : undefined;
}

/** The median of each phase over several builds (a build whose log gave no phases is left out). */
function medianPhases(builds: SiteBuild[]): BuildPhases | undefined {
  const phases = builds.flatMap((b) => (b.phases ? [b.phases] : []));
  return phases.length > 0 ? medianOf(phases) : undefined;
}
