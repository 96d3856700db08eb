/**
 * The site's whole `npm run build` (src/cli/build.ts: content check, Astro, the Pagefind index) on a
 * benchmark corpus, cold or warm.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { countWarnings, dirSize, filesOf, removeAll, root, timedNode, type Warnings } from './timed-build.ts';

export interface SiteBuild {
  seconds: number; astroSeconds: number; pagefindSeconds: number; peakRssMb: number; pages: number;
  pagesPerSecond: number; outputMb: number; indexMb: number; warnings: Warnings;
  /** Where the time went, in seconds, read from the build's log (see buildPhases). */
  phases?: BuildPhases | undefined;
  /** The build process's peak memory in each phase, and Pagefind's process's, in MB (see phasePeaks). */
  phasePeaksMb?: PhasePeaks | undefined;
}

/** Peak resident memory by phase, in MB, as src/integrations/phase-memory.ts logs it. */
export interface PhasePeaks { sync: number; vitePages: number; searchRest: number; pagefind: number }

/** The peaks the build logged (`[kb:phase-memory] content sync: peak 812 MB`, …); undefined if it logged none. */
export function phasePeaks(log: string): PhasePeaks | undefined {
  const mb = (label: string) => Number(new RegExp(`\\[kb:phase-memory\\] ${label}: peak (\\d+) MB`).exec(log)?.[1] ?? NaN);
  const peaks = { sync: mb('content sync'), vitePages: mb('Vite and pages'), searchRest: mb('search index and the rest'), pagefind: mb("Pagefind's process") };
  return Object.values(peaks).some(Number.isNaN) ? undefined : peaks;
}

/** The phases of one `npm run build`, in seconds; `rest` is what the others leave of the whole command. */
export interface BuildPhases { render: number; sync: number; vite: number; pages: number; search: number; rest: number }

/**
 * The phases of a build, from what its log prints: the article loader's render time, Astro's content
 * sync ("[types] Generated"), the Vite bundles ("[vite] ✓ built in"), page generation (the "✓ Completed
 * in" after "generating static routes"), the search index ("indexed … in"); the rest of `total` is
 * start-up, the content check before Astro, the redirect pages, headers, the ledger and the swap of dist/.
 */
export function buildPhases(log: string, total: number): BuildPhases | undefined {
  const seconds = (text: string) => (text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text));
  const render = /\[kb-articles\] \d+ articles, \d+ rendered in (\d+) ms/.exec(log);
  const sync = /\[types\] Generated ([\d.]+m?s)/.exec(log);
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].reduce((sum, m) => sum + seconds(m[1]!), 0);
  const pages = /generating static routes[\s\S]*?✓ Completed in ([\d.]+m?s)/.exec(log);
  const search = /indexed \d+ pages in (\d+) ms/.exec(log);
  if (!render || !sync || !pages || !search) return undefined;
  const phases = { render: Number(render[1]) / 1000, sync: seconds(sync[1]!), vite, pages: seconds(pages[1]!), search: Number(search[1]) / 1000 };
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    render: round(phases.render), sync: round(phases.sync), vite: round(phases.vite), pages: round(phases.pages), search: round(phases.search),
    rest: round(total - phases.sync - phases.vite - phases.pages - phases.search),
  };
}

/**
 * What a cold build must not find: Astro's caches (astro.config.ts puts the content layer's under
 * node_modules/.astro/<content key>/) and the ledger the last build wrote into the corpus. If the build
 * gains a cache of its own elsewhere, list it here, or "cold" builds are warm.
 */
const caches = [path.join(root, 'node_modules/.astro'), path.join(root, '.astro'), path.join(root, 'node_modules/.vite')];

/** The builds that builds into `out` replaced and left for the next build to delete (`<out>.trash-<pid>`). */
function replacedBuilds(out: string): string[] {
  const name = path.basename(out);
  return readdirSync(path.dirname(out)).filter((f) => f.startsWith(`${name}.trash-`)).map((f) => path.join(path.dirname(out), f));
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Builds `content` into `out`; `cold` first removes every cache, the corpus's published.json, and `out` with what earlier builds replaced. */
export function buildSite(content: string, out: string, { cold }: { cold: boolean }): SiteBuild {
  if (cold) {
    removeAll(...caches, out, ...replacedBuilds(out));
    rmSync(path.join(content, 'published.json'), { force: true });
  }
  const run = timedNode(`the site's build of ${content}`, ['src/cli/build.ts', '--outDir', out], root, { KB_CONTENT_DIR: content, KB_LEDGER: 'update', KB_PHASE_MEMORY: '1' });
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(run.log)?.[1] ?? NaN);
  const pages = filesOf(out).filter((f) => f.endsWith('.html')).length;
  return {
    seconds: run.seconds, astroSeconds: Math.round((run.seconds - pagefindMs / 1000) * 100) / 100, pagefindSeconds: pagefindMs / 1000,
    peakRssMb: run.peakRssMb, pages, pagesPerSecond: Math.round(pages / run.seconds),
    outputMb: mb(dirSize(out)), indexMb: mb(dirSize(path.join(out, 'pagefind'))), warnings: countWarnings(run.log),
    // eslint-disable-next-line no-control-regex
    phases: buildPhases(run.log.replace(/\x1b\[[0-9;]*m/g, ''), run.seconds),
    phasePeaksMb: phasePeaks(run.log.replace(/\x1b\[[0-9;]*m/g, '')),
  };
}
