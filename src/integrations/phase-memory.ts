import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The benchmark's view of a build's memory (`KB_PHASE_MEMORY=1`, set by bench/site-build.ts): the peak
 * resident memory of the build's process in each phase (its worker threads share it), sampled every
 * 20 ms, and Pagefind's process's own peak (read twice a second). Each phase ends with a line the benchmark reads:
 * `[kb:phase-memory] content sync: peak 812 MB`. Without the variable it does nothing.
 */
export function phaseMemory(enabled = Boolean(process.env['KB_PHASE_MEMORY'])): AstroIntegration {
  let peak = 0;
  let pagefindPeak = 0;
  let sampler: ReturnType<typeof setInterval> | undefined;
  let ticks = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
    // Reading /proc costs more than the build's own RSS: twice a second (a process's VmHWM is its lifetime peak).
    if (ticks++ % 25 === 0) pagefindPeak = Math.max(pagefindPeak, childPeakBytes('pagefind'));
  };
  const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);
  /** The peak since the last phase ended, and a fresh start for the next. */
  const phase = (name: string, log: (line: string) => void) => {
    sample();
    log(`${name}: peak ${MB(peak)} MB`);
    peak = process.memoryUsage.rss();
  };
  if (!enabled) return { name: 'kb:phase-memory', hooks: {} };
  return {
    name: 'kb:phase-memory',
    hooks: {
      'astro:config:done': () => {
        sampler = setInterval(sample, 20).unref();
      },
      // Astro syncs the content before it calls this; Vite and the pages follow.
      'astro:build:start': ({ logger }) => phase('content sync', (l) => logger.info(l)),
      'astro:build:generated': ({ logger }) => phase('Vite and pages', (l) => logger.info(l)),
      // Listed last in astro.config.ts: every other integration's work is done.
      'astro:build:done': ({ logger }) => {
        phase('search index and the rest', (l) => logger.info(l));
        logger.info(`Pagefind's process: peak ${MB(pagefindPeak)} MB`);
        clearInterval(sampler);
      },
    },
  };
}

/**
 * The peak resident memory (VmHWM) of this process's children whose command contains `name`, read from
 * /proc (Linux; 0 elsewhere): Pagefind runs as a process of its own, which process.memoryUsage() does not count.
 */
function childPeakBytes(name: string): number {
  let peak = 0;
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // The parent's pid is the fourth field, after the command in parentheses (which may hold spaces).
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid || !stat.includes(name)) continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    // No /proc.
  }
  return peak;
}
