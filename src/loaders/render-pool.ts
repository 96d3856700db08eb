/**
 * Renders many articles at once on every core: a cold build of 1,000 articles hands them to worker
 * threads in small batches (a queue, so a slow batch never holds the others up), each thread with its
 * own pipeline over the article index it is sent. A few articles (a warm build, a dev edit) render in this
 * thread: starting a worker costs more than they do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { localizeIndex, type IndexedArticle } from '../lib/content/article-index.ts';
import { SOURCE_LANG, type Lang } from '../i18n/languages.ts';
import { markdownPipeline, type Pipeline } from '../plugins/index.ts';
import { renderArticle, type RenderResult } from '../plugins/render-article.ts';
import { hashOf } from '../lib/hash.ts';

export interface RenderJob {
  /** The MDX body, frontmatter blanked out (line numbers kept). */
  body: string;
  /** The language of a translation; absent for a source article. */
  lang?: Lang | undefined;
  /**
   * The language of a fallback page the source article is rendered for: its links lead to that
   * language's pages and its share menus speak it (`interfaceLang`); the text stays the source's.
   */
  pageLang?: Lang | undefined;
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

/** The pipeline of each job's languages over the setup's index, made when a job first needs it. */
export function pipelinesFor(setup: WorkerSetup): (job: Pick<RenderJob, 'lang' | 'pageLang'>) => Pipeline {
  const index = new Map(setup.articles.map((a) => [a.id, a]));
  const made = new Map<string, Pipeline>();
  return ({ lang = SOURCE_LANG, pageLang }) => {
    const key = `${lang} ${pageLang ?? ''}`;
    let pipeline = made.get(key);
    if (!pipeline) {
      const linksIn = pageLang ?? lang;
      const articles = localizeIndex(index, linksIn, new Set(setup.translated?.[linksIn] ?? []));
      pipeline = markdownPipeline({ contentDir: setup.contentDir, articles: () => articles, base: setup.base, lang, interfaceLang: pageLang });
      made.set(key, pipeline);
    }
    return pipeline;
  };
}

/** Below this many articles, one thread renders them all sooner than workers could start. */
const POOL_THRESHOLD = 200;
const BATCH = 25;
/** Workers left with nothing to do stop after this long (in `astro dev`, the next edit renders in one thread). */
const IDLE_MS = 2000;

/** Renders `jobs` (results in the same order), on worker threads when there are many. */
export async function renderMany(jobs: RenderJob[], setup: WorkerSetup, threads = availableParallelism()): Promise<RenderResult[]> {
  if (jobs.length < POOL_THRESHOLD || threads < 2) {
    const pipeline = pipelinesFor(setup);
    const results: RenderResult[] = [];
    for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, pipeline(job), setup.base));
    return results;
  }
  const pool = (pools[threads] ??= new RenderPool(threads));
  const key = hashOf(setup);
  const batches: Array<Promise<RenderResult[]>> = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(pool.render({ key, setup, jobs: jobs.slice(i, i + BATCH) }));
  return (await Promise.all(batches)).flat();
}

/** The message a worker is sent: a batch of jobs, and the setup they render against when it has not had it yet. */
export interface BatchMessage {
  key: string;
  setup?: WorkerSetup | undefined;
  jobs: RenderJob[];
}

interface Batch {
  key: string;
  setup: WorkerSetup;
  jobs: RenderJob[];
  done: (results: RenderResult[]) => void;
  failed: (error: unknown) => void;
}

interface PoolWorker {
  thread: Worker;
  /** The setups this worker has been sent (by key): each is sent once, not with every batch. */
  setups: Set<string>;
  batch?: Batch | undefined;
}

/**
 * The worker threads of the process, one per core, shared by every caller: the articles and the
 * translations loaders sync side by side, and one pool each would start twice the threads (each
 * compiling the renderer again) and run four on two cores. Batches queue in the order they come.
 */
class RenderPool {
  readonly #size: number;
  readonly #workers: PoolWorker[] = [];
  readonly #queue: Batch[] = [];
  #idle: ReturnType<typeof setTimeout> | undefined;

  constructor(size: number) {
    this.#size = size;
  }

  render(batch: Omit<Batch, 'done' | 'failed'>): Promise<RenderResult[]> {
    return new Promise((done, failed) => {
      this.#queue.push({ ...batch, done, failed });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    clearTimeout(this.#idle);
    while (this.#queue.length > 0) {
      let worker = this.#workers.find((w) => !w.batch);
      if (!worker && this.#workers.length < this.#size) worker = this.#start();
      if (!worker) return;
      const batch = this.#queue.shift()!;
      worker.batch = batch;
      worker.thread.ref();
      const message: BatchMessage = { key: batch.key, setup: worker.setups.has(batch.key) ? undefined : batch.setup, jobs: batch.jobs };
      worker.setups.add(batch.key);
      worker.thread.postMessage(message);
    }
    if (this.#workers.every((w) => !w.batch)) this.#idle = setTimeout(() => this.#stopAll(), IDLE_MS).unref();
  }

  #start(): PoolWorker {
    const worker: PoolWorker = { thread: new Worker(new URL('./render-worker.ts', import.meta.url)), setups: new Set() };
    worker.thread.on('message', (results: RenderResult[]) => {
      const batch = worker.batch!;
      worker.batch = undefined;
      // An idle worker does not keep the process alive (a build ends while it waits to be stopped).
      worker.thread.unref();
      batch.done(results);
      this.#dispatch();
    });
    worker.thread.once('error', (error) => {
      this.#workers.splice(this.#workers.indexOf(worker), 1);
      worker.batch?.failed(error);
      void worker.thread.terminate();
      this.#dispatch();
    });
    this.#workers.push(worker);
    return worker;
  }

  #stopAll(): void {
    for (const worker of this.#workers.splice(0)) void worker.thread.terminate();
  }
}

/** One pool per size (the tests compare sizes); a build uses one, of availableParallelism() threads. */
const pools: Record<number, RenderPool> = {};
