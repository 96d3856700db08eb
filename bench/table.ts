/**
 * The benchmark's results as a markdown table next to the budgets (the README shows it):
 *   node bench/table.ts [bench/results/latest.json]
 */
import { readFileSync } from 'node:fs';

interface Size {
  build: { seconds: number; astroSeconds: number; pagefindSeconds: number; peakRssMb: number; pages: number; pagesPerSecond: number; outputMb: number; indexMb: number };
  articlePage: { requests: number; total: { gzipKb: number }; js?: { gzipKb: number } };
  searchBytesGzipKb: number[];
  searchLoopback: { firstQueryMs: number; warmCommonWordMs: number; warmErrorCodeMs: number };
  searchSlow4g: { firstQueryMs: number; warmCommonWordMs: number; warmErrorCodeMs: number };
  lighthouse?: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcpSeconds: number; totalKb: number }>;
}
interface Results {
  date: string;
  machine: { cores: number; memoryGb: number; node: string };
  versions: Record<string, string>;
  analyzer1MbMs: number;
  sizes: Record<string, Size>;
}

export function resultsTable(r: Results): string {
  const s1 = r.sizes['1000'];
  const s10 = r.sizes['10000'];
  const lh = (s: Size | undefined, page: string) => {
    const l = s?.lighthouse?.[page];
    return l ? `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}, LCP ${l.lcpSeconds} s, ${l.totalKb} kB` : 'n/a';
  };
  const rows: Array<[string, string, string, string]> = [
    ['build of 1,000 articles (with search index)', '≤ 6 s, ≤ 600 MB', s1 ? `${s1.build.seconds} s (Astro ${s1.build.astroSeconds.toFixed(1)} s, Pagefind ${s1.build.pagefindSeconds.toFixed(1)} s), ${s1.build.peakRssMb} MB` : 'n/a', ''],
    ['build of 10,000 articles', '≤ 42 s, ≤ 2 GB', s10 ? `${s10.build.seconds} s (Astro ${s10.build.astroSeconds.toFixed(1)} s, Pagefind ${s10.build.pagefindSeconds.toFixed(1)} s), ${(s10.build.peakRssMb / 1024).toFixed(1)} GB` : 'n/a', ''],
    ['growth from 1,000 to 10,000', 'linear or better', s1 && s10 ? `${(s10.build.seconds / s1.build.seconds).toFixed(1)}× time, ${s10.build.pagesPerSecond} vs ${s1.build.pagesPerSecond} pages/s` : 'n/a', ''],
    ['pages built / output / search index (10,000)', '', s10 ? `${s10.build.pages} pages, ${s10.build.outputMb} MB, index ${s10.build.indexMb} MB` : 'n/a', ''],
    ['article page on load (gzip)', '≤ 25 kB, ≤ 3 kB JS', s10 ? `${s10.articlePage.total.gzipKb} kB in ${s10.articlePage.requests} requests, JS ${s10.articlePage.js?.gzipKb ?? 0} kB` : 'n/a', ''],
    ['first search / second search, 10,000 (gzip)', '≤ 300 kB', s10 ? `${s10.searchBytesGzipKb.join(' kB / ')} kB` : 'n/a', ''],
    ['keystroke → first result, 10,000, loopback', '≤ 150 ms warm, ≤ 400 ms first', s10 ? `first ${s10.searchLoopback.firstQueryMs} ms; warm: word ${s10.searchLoopback.warmCommonWordMs} ms, code ${s10.searchLoopback.warmErrorCodeMs} ms` : 'n/a', ''],
    ['same on slow 4G (150 ms, 1.6 Mbit/s)', '≤ 1.2 s', s10 ? `first ${s10.searchSlow4g.firstQueryMs} ms; warm: word ${s10.searchSlow4g.warmCommonWordMs} ms, code ${s10.searchSlow4g.warmErrorCodeMs} ms` : 'n/a', ''],
    ['Lighthouse mobile, home', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'home'), ''],
    ['Lighthouse mobile, article', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'article'), ''],
    ['Lighthouse mobile, search', '100/100/100/100, LCP ≤ 1.0 s', lh(s10, 'search'), ''],
    ['bounce analysis of 1 MB', '≪ 100 ms', `${r.analyzer1MbMs} ms`, ''],
  ];
  return [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')} (medians of 3 runs).`,
    '',
    '| figure | budget | measured |',
    '|---|---|---|',
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  ].join('\n');
}

if (import.meta.main) {
  console.log(resultsTable(JSON.parse(readFileSync(process.argv[2] ?? 'bench/results/latest.json', 'utf8')) as Results));
}
