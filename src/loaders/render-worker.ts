/**
 * A worker thread of the render pool (`render-pool.ts`): renders the articles it is sent with the
 * site's pipeline, against the article index it was started with, and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { IndexedArticle } from '../lib/content/article-index.ts';
import { markdownPipeline } from '../plugins/index.ts';
import { renderArticle } from '../plugins/render-article.ts';
import type { RenderJob, WorkerSetup } from './render-pool.ts';

const { contentDir, base, articles } = workerData as WorkerSetup;
const index = new Map<number, IndexedArticle>(articles.map((a) => [a.id, a]));
const pipeline = markdownPipeline({ contentDir, articles: () => index, base });

parentPort!.on('message', async (jobs: RenderJob[]) => {
  const results = [];
  for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, pipeline, base));
  parentPort!.postMessage(results);
});
