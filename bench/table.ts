/**
 * The benchmark's results as markdown tables next to the budgets (the README shows them): the site side
 * by side with Starlight, then the site's own figures. Reads the newest results file of bench/results/
 * (the files are named by date), or the one given:
 *   node bench/table.ts [bench/results/<date>.json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LinkedSearch } from './linked-search.ts';
import type { DevLoop } from './dev-loop.ts';
import type { BuildPhases, PhasePeaks, SiteBuild } from './site-build.ts';
import type { StarlightBuild } from './starlight.ts';

type Figures = { firstQueryMs: number; warmCommonWordMs: number; warmErrorCodeMs: number };
export interface SizeResults {
  build: SiteBuild;
  coldBuildSeconds?: { site: number[]; starlight: number[] };
  starlight?: StarlightBuild | undefined;
  vsStarlight?: { time: number; peakRss: number } | undefined;
  devLoop?: { site: DevLoop; starlight?: DevLoop | undefined };
  warmRebuild?: { seconds: number; peakRssMb: number; ratioToCold: number; changeOnPage: boolean; changeInSearch: boolean; article: string; phases?: BuildPhases | undefined };
  linkedSearch?: LinkedSearch;
  articlePage: { requests: number; total: { gzipKb: number }; js?: { gzipKb: number } };
  searchBytesGzipKb: number[];
  searchLoopback: Figures;
  searchSlow4g: Figures;
  lighthouse?: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcpSeconds: number; totalKb: number }>;
}
export interface Results {
  date: string;
  machine: { cores: number; memoryGb: number; cpu?: string | undefined; node: string };
  versions: Record<string, string>;
  peer?: string | undefined;
  buildRuns?: number;
  analyzer1MbMs: number;
  sizes: Record<string, SizeResults>;
  /** The same corpus in several languages, by article count: cold builds of both sides. */
  multilingual?: Record<string, MultilingualResults>;
}

export interface MultilingualResults {
  languages: number;
  build: SiteBuild;
  starlight?: StarlightBuild | undefined;
  coldBuildSeconds: { site: number[]; starlight: number[] };
  vsStarlight?: { time: number; peakRss: number } | undefined;
}

/** The budgets of the side-by-side figures, by corpus size (the render-once issue). */
const BUDGETS: Record<string, { time: string; rss: string }> = {
  '1000': { time: '≤ 0.50× Starlight', rss: '≤ 0.60× Starlight' },
  '10000': { time: '≤ 0.50× Starlight', rss: '≤ 2 GiB' },
};
const WARM_BUDGETS: Record<string, string> = {
  '1000': '≤ 0.35× the cold build, the change on the page and in search',
  '10000': '≤ 0.25× the cold build, the change on the page and in search',
};
const na = 'n/a';
const x = (r: number | undefined) => (r === undefined || Number.isNaN(r) ? na : `${r.toFixed(2)}×`);
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

/** figure | budget | site | Starlight | ratio, for every size measured. */
export function sideBySideTable(r: Results): string {
  const rows: string[][] = [];
  for (const [n, s] of Object.entries(r.sizes)) {
    const size = `${Number(n).toLocaleString('en')} articles`;
    const sl = s.starlight;
    const budget = BUDGETS[n];
    rows.push([`cold build, ${size}: time`, budget?.time ?? '', `${s.build.seconds} s`, sl ? `${sl.seconds} s` : na, x(s.vsStarlight?.time)]);
    rows.push([`cold build, ${size}: peak RSS`, budget?.rss ?? '', `${s.build.peakRssMb} MB`, sl ? `${sl.peakRssMb} MB` : na, x(s.vsStarlight?.peakRss)]);
    const p = s.build.phases;
    if (p) {
      rows.push([`cold build, ${size}: phases`, '', `content sync ${p.sync} s (of which rendering ${p.render} s), Vite ${p.vite} s, pages ${p.pages} s, search index ${p.search} s, the rest ${p.rest} s`, sl ? `${sl.seconds} s in all` : na, '']);
    }
    if (s.build.phasePeaksMb) rows.push([`cold build, ${size}: peak memory by phase`, '', peaksText(s.build.phasePeaksMb), sl ? `${sl.peakRssMb} MB in all` : na, '']);
    const w = s.warmRebuild;
    if (w) {
      rows.push([`warm rebuild after one paragraph changed, ${size}`, WARM_BUDGETS[n] ?? '',
        `${w.seconds} s (on the page: ${yes(w.changeOnPage)}, in search: ${yes(w.changeInSearch)})`, '', `${x(w.ratioToCold)} the cold build`]);
      if (w.phases) rows.push([`warm rebuild, ${size}: phases`, '', `content sync ${w.phases.sync} s (of which rendering ${w.phases.render} s), Vite ${w.phases.vite} s, pages ${w.phases.pages} s, search index ${w.phases.search} s, the rest ${w.phases.rest} s`, '', '']);
    }
    const d = s.devLoop;
    if (d) {
      rows.push([`\`astro dev\`, ${size}: first article page after start`, n === '1000' ? 'no later than Starlight' : '', `${d.site.firstPageMs} ms`, d.starlight ? `${d.starlight.firstPageMs} ms` : na, x(d.starlight && d.site.firstPageMs / d.starlight.firstPageMs)]);
      const shown = (ms: number) => (Number.isNaN(ms) ? 'not within 60 s' : `${ms} ms`);
      rows.push([`\`astro dev\`, ${size}: an edit until the page shows it`, n === '1000' ? '≤ 1 s' : '', shown(d.site.editShownMs), d.starlight ? shown(d.starlight.editShownMs) : na, '']);
    }
    const l = s.linkedSearch;
    if (l) {
      rows.push([`linked search \`/search/?q=\` → first result on screen, ${size}, loopback`, n === '1000' ? '≤ 1.25× bare Pagefind' : '',
        `${l.siteMs} ms`, `bare Pagefind on the same site: ${l.barePagefindMs} ms`, x(l.ratio)]);
    }
    if (s.build.warnings) {
      rows.push([`warning lines of a clean build, ${size}`, '0', `${s.build.warnings.lines} (${s.build.warnings.warnings} warnings)`,
        sl ? `${sl.warnings.lines} (${sl.warnings.warnings} warnings)` : na, '']);
    }
  }
  for (const [n, m] of Object.entries(r.multilingual ?? {})) {
    const size = `${Number(n).toLocaleString('en')} articles in ${m.languages} languages`;
    const sl = m.starlight;
    const perThousand = (seconds: number, pages: number) => `${((seconds / pages) * 1000).toFixed(1)} s per 1,000 pages`;
    rows.push([`cold build, ${size}: time`, '≤ 0.50× Starlight', `${m.build.seconds} s, ${m.build.pages} pages (${perThousand(m.build.seconds, m.build.pages)})`,
      sl ? `${sl.seconds} s, ${sl.pages} pages (${perThousand(sl.seconds, sl.pages)})` : na, x(m.vsStarlight?.time)]);
    rows.push([`cold build, ${size}: peak RSS`, '≤ 0.60× Starlight', `${m.build.peakRssMb} MB`, sl ? `${sl.peakRssMb} MB` : na, x(m.vsStarlight?.peakRss)]);
    const p = m.build.phases;
    if (p) rows.push([`cold build, ${size}: phases`, '', `content sync ${p.sync} s (of which rendering ${p.render} s), Vite ${p.vite} s, pages ${p.pages} s, search index ${p.search} s, the rest ${p.rest} s`, '', '']);
    if (m.build.phasePeaksMb) rows.push([`cold build, ${size}: peak memory by phase`, '', peaksText(m.build.phasePeaksMb), '', '']);
  }
  return ['| figure | budget | site | Starlight | ratio |', '|---|---|---|---|---|', ...rows.map((c) => `| ${c.join(' | ')} |`)].join('\n');
}

/** figure | budget | measured: the site's own figures (at 1,000 and 10,000 articles). */
export function siteTable(r: Results): string {
  const s1 = r.sizes['1000'];
  const s10 = r.sizes['10000'];
  const lh = (s: SizeResults | undefined, page: string) => {
    const l = s?.lighthouse?.[page];
    return l ? `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}, LCP ${l.lcpSeconds} s, ${l.totalKb} kB` : na;
  };
  const rows: Array<[string, string, string]> = [
    ['build of 1,000 articles (with search index)', '≤ 6 s, ≤ 600 MB', s1 ? `${s1.build.seconds} s (Astro ${s1.build.astroSeconds.toFixed(1)} s, Pagefind ${s1.build.pagefindSeconds.toFixed(1)} s), ${s1.build.peakRssMb} MB` : na],
    ['build of 10,000 articles', '≤ 42 s, ≤ 2 GB', s10 ? `${s10.build.seconds} s (Astro ${s10.build.astroSeconds.toFixed(1)} s, Pagefind ${s10.build.pagefindSeconds.toFixed(1)} s), ${(s10.build.peakRssMb / 1024).toFixed(1)} GB` : na],
    ['growth from 1,000 to 10,000', 'linear or better', s1 && s10 ? `${(s10.build.seconds / s1.build.seconds).toFixed(1)}× time, ${s10.build.pagesPerSecond} vs ${s1.build.pagesPerSecond} pages/s` : na],
    ['pages built / output / search index (10,000)', '', s10 ? `${s10.build.pages} pages, ${s10.build.outputMb} MB, index ${s10.build.indexMb} MB` : na],
    ['article page on load (gzip)', '≤ 25 kB, ≤ 3 kB JS', s10 ? `${s10.articlePage.total.gzipKb} kB in ${s10.articlePage.requests} requests, JS ${s10.articlePage.js?.gzipKb ?? 0} kB` : na],
    ['first search / second search, 10,000 (gzip)', '≤ 300 kB', s10 ? `${s10.searchBytesGzipKb.join(' kB / ')} kB` : na],
    ['keystroke → first result, 10,000, loopback', '≤ 150 ms warm, ≤ 400 ms first', s10 ? `first ${s10.searchLoopback.firstQueryMs} ms; warm: word ${s10.searchLoopback.warmCommonWordMs} ms, code ${s10.searchLoopback.warmErrorCodeMs} ms` : na],
    ['same on slow 4G (150 ms, 1.6 Mbit/s)', '≤ 1.2 s', s10 ? `first ${s10.searchSlow4g.firstQueryMs} ms; warm: word ${s10.searchSlow4g.warmCommonWordMs} ms, code ${s10.searchSlow4g.warmErrorCodeMs} ms` : na],
    ['Lighthouse mobile, home', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'home')],
    ['Lighthouse mobile, article', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'article')],
    ['Lighthouse mobile, search', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'search')],
    ['bounce analysis of 1 MB', '≪ 100 ms', `${r.analyzer1MbMs} ms`],
  ];
  return ['| figure | budget | measured |', '|---|---|---|', ...rows.map((c) => `| ${c.join(' | ')} |`)].join('\n');
}

export function resultsTable(r: Results): string {
  const runs = r.buildRuns ? `cold builds: medians of ${r.buildRuns}, alternating with the peer's` : 'medians of 3 runs';
  return [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}` +
      `${r.peer ? `; peer: ${r.peer}` : ''} (${runs}).`,
    '',
    sideBySideTable(r),
    '',
    siteTable(r),
  ].join('\n');
}

/** The newest results file: their names are ISO dates, so the last by name. */
export function newestResults(dir = path.join(import.meta.dirname, 'results')): string {
  const files = readdirSync(dir).filter((f) => /^\d{4}-.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new Error(`no results in ${dir}: run npm run bench first`);
  return path.join(dir, files.at(-1)!);
}

if (import.meta.main) {
  console.log(resultsTable(JSON.parse(readFileSync(process.argv[2] ?? newestResults(), 'utf8')) as Results));
}

/** The build's peak memory in each phase (src/integrations/phase-memory.ts), as the tables say it. */
function peaksText(p: PhasePeaks): string {
  return `content sync ${p.sync} MB, Vite and pages ${p.vitePages} MB, search index and the rest ${p.searchRest} MB; Pagefind's process ${p.pagefind} MB`;
}
