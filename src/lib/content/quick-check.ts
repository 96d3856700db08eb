/**
 * The quick content check of `npm run build` (lintContent without compiling: frontmatter, topics, ids,
 * cross-article rules) in a worker thread. The build starts it first and loads Astro meanwhile, about a
 * second of module loading that had the check waiting behind it (CPU profile of a build), so on two
 * cores the check costs the build almost nothing. Astro still starts only when the check has passed.
 * The frontmatter the check parsed comes back with its problems, for the content loader to reuse.
 */
import { Worker } from 'node:worker_threads';
import type { Problem } from '../problems.ts';
import { rememberParsedYaml } from './yaml-positions.ts';

/** What the worker sends back (quick-check-worker.ts). */
export interface QuickCheckMessage {
  problems: Problem[];
  parsedYaml: Array<[string, unknown]>;
}

/** The problems the quick check finds in `contentDir`, file names relative to `root`. */
export function quickCheck(contentDir: string, root = process.cwd()): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./quick-check-worker.ts', import.meta.url), { workerData: { contentDir, root } });
    worker.once('message', ({ problems, parsedYaml }: QuickCheckMessage) => {
      rememberParsedYaml(parsedYaml);
      resolve(problems);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) before it reported`)));
  });
}
