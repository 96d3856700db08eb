/**
 * Renders many articles at once on every core: a cold build of 1,000 articles hands them to worker
 * threads in small batches (a queue, so a slow batch never holds the others up), each thread with its
 * own pipeline over the same article index. A few articles (a warm build, a dev edit) render in this
 * thread: starting a worker costs more than they do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { localizeIndex, type IndexedArticle } from '../lib/content/article-index.ts';
import { SOURCE_LANG, type Lang } from '../i18n/languages.ts';
import { markdownPipeline, type Pipeline } from '../plugins/index.ts';
import { renderArticle, type RenderResult } from '../plugins/render-article.ts';

export interface RenderJob {
  /** The MDX body, frontmatter blanked out (line numbers kept). */
  body: string;
  /** The language of a translation; absent for a source article. */
  lang?: Lang | undefined;
  /** Absolute path of the article. */
  file: string;
  frontmatter: Record<string, unknown>;
}

export interface WorkerSetup {
  contentDir: string;
  base: string;
  /** The source articles, which cross-links resolve against. */
  articles: IndexedArticle[];
  /** The ids each language has a translation of: its pages link to the others' fallback pages. */
  translated?: Partial<Record<Lang, number[]>>;
}

/** The pipeline of each language over the setup's index, made when a job first needs it. */
export function pipelinesFor(setup: WorkerSetup): (lang: Lang | undefined) => Pipeline {
  const index = new Map(setup.articles.map((a) => [a.id, a]));
  const made = new Map<Lang, Pipeline>();
  return (lang = SOURCE_LANG) => {
    let pipeline = made.get(lang);
    if (!pipeline) {
      const articles = localizeIndex(index, lang, new Set(setup.translated?.[lang] ?? []));
      pipeline = markdownPipeline({ contentDir: setup.contentDir, articles: () => articles, base: setup.base, lang });
      made.set(lang, pipeline);
    }
    return pipeline;
  };
}

/** Below this many articles, one thread renders them all sooner than workers could start. */
const POOL_THRESHOLD = 200;
const BATCH = 25;

/** Renders `jobs` (results in the same order), on worker threads when there are many. */
export async function renderMany(jobs: RenderJob[], setup: WorkerSetup, threads = availableParallelism()): Promise<RenderResult[]> {
  if (jobs.length < POOL_THRESHOLD || threads < 2) {
    const pipeline = pipelinesFor(setup);
    const results: RenderResult[] = [];
    for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, pipeline(job.lang), setup.base));
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
