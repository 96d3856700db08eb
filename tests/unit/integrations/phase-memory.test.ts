import { describe, expect, it } from 'vitest';
import { phaseMemory } from '../../../src/integrations/phase-memory.ts';
import { phasePeaks } from '../../../bench/site-build.ts';

type Hook = (options: { logger: { info: (line: string) => void } }) => void;

describe('phaseMemory (the benchmark\'s memory of each phase of a build)', () => {
  it('logs the peak of each phase as the benchmark reads it', () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => void lines.push(`[kb:phase-memory] ${line}`) };
    const { hooks } = phaseMemory(true);
    (hooks['astro:config:done'] as unknown as () => void)();
    for (const hook of ['astro:build:start', 'astro:build:generated', 'astro:build:done'] as const) (hooks[hook] as unknown as Hook)({ logger });
    const peaks = phasePeaks(lines.join('\n'))!;
    // This process's own memory, at least: a real figure in every phase (Pagefind did not run here).
    const rss = process.memoryUsage.rss() / 1024 / 1024;
    for (const mb of [peaks.sync, peaks.vitePages, peaks.searchRest]) expect(mb).toBeGreaterThanOrEqual(Math.floor(rss / 2));
    expect(peaks.pagefind).toBe(0);
  });

  it('does nothing unless the benchmark asks for it', () => {
    expect(phaseMemory(false).hooks).toEqual({});
  });
});
