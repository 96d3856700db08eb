/**
 * Renders many articles at once on every core: a cold build of 1,000 articles hands them to worker
 * threads in small batches (a queue, so a slow batch never holds the others up), each thread with its
 * own pipeline over the same article index. A few articles (a warm build, a dev edit) render in this
 * thread: starting a worker costs more than they do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexedArticle } from '../lib/content/article-index.ts';
import { markdownPipeline } from '../plugins/index.ts';
import { renderArticle, type RenderResult } from '../plugins/render-article.ts';

export interface RenderJob {
  /** The MDX body, frontmatter blanked out (line numbers kept). */
  body: string;
  /** Absolute path of the article. */
  file: string;
  frontmatter: Record<string, unknown>;
}

export interface WorkerSetup {
  contentDir: string;
  base: string;
  articles: IndexedArticle[];
}

/** Below this many articles, one thread renders them all sooner than workers could start. */
const POOL_THRESHOLD = 200;
const BATCH = 25;

/** Renders `jobs` (results in the same order), on worker threads when there are many. */
export async function renderMany(jobs: RenderJob[], setup: WorkerSetup, threads = availableParallelism()): Promise<RenderResult[]> {
  if (jobs.length < POOL_THRESHOLD || threads < 2) {
    const index = new Map(setup.articles.map((a) => [a.id, a]));
    const pipeline = markdownPipeline({ contentDir: setup.contentDir, articles: () => index, base: setup.base });
    const results: RenderResult[] = [];
    for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, pipeline, setup.base));
    return results;
  }
  const results = new Array<RenderResult>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / BATCH)) }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let start = 0;
      const send = () => {
        if (next >= jobs.length) return resolve();
        start = next;
        next = Math.min(jobs.length, next + BATCH);
        worker.postMessage(jobs.slice(start, next));
      };
      worker.on('message', (batch: RenderResult[]) => {
        batch.forEach((r, i) => (results[start + i] = r));
        send();
      });
      worker.once('error', reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
