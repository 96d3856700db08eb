/**
 * The site's whole `npm run build` (src/cli/build.ts: content check, Astro, the Pagefind index) on a
 * benchmark corpus, cold or warm.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { countWarnings, dirSize, filesOf, removeAll, root, timedNode, type Warnings } from './timed-build.ts';

export interface SiteBuild {
  seconds: number; astroSeconds: number; pagefindSeconds: number; peakRssMb: number; pages: number;
  pagesPerSecond: number; outputMb: number; indexMb: number; warnings: Warnings;
}

/**
 * What a cold build must not find: Astro's caches (astro.config.ts puts the content layer's under
 * node_modules/.astro/<content key>/) and the ledger the last build wrote into the corpus. If the build
 * gains a cache of its own elsewhere, list it here, or "cold" builds are warm.
 */
const caches = [path.join(root, 'node_modules/.astro'), path.join(root, '.astro'), path.join(root, 'node_modules/.vite')];

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Builds `content` into `out`; `cold` first removes every cache and the corpus's published.json. */
export function buildSite(content: string, out: string, { cold }: { cold: boolean }): SiteBuild {
  if (cold) {
    removeAll(...caches, out);
    rmSync(path.join(content, 'published.json'), { force: true });
  }
  const run = timedNode(`the site's build of ${content}`, ['src/cli/build.ts', '--outDir', out], root, { KB_CONTENT_DIR: content, KB_LEDGER: 'update' });
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(run.log)?.[1] ?? NaN);
  const pages = filesOf(out).filter((f) => f.endsWith('.html')).length;
  return {
    seconds: run.seconds, astroSeconds: Math.round((run.seconds - pagefindMs / 1000) * 100) / 100, pagefindSeconds: pagefindMs / 1000,
    peakRssMb: run.peakRssMb, pages, pagesPerSecond: Math.round(pages / run.seconds),
    outputMb: mb(dirSize(out)), indexMb: mb(dirSize(path.join(out, 'pagefind'))), warnings: countWarnings(run.log),
  };
}
