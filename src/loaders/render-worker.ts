/**
 * A worker thread of the render pool (`render-pool.ts`): renders the articles it is sent with the
 * site's pipeline, against the article index it was started with, and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderArticle } from '../plugins/render-article.ts';
import { pipelinesFor, type RenderJob, type WorkerSetup } from './render-pool.ts';

const setup = workerData as WorkerSetup;
const pipeline = pipelinesFor(setup);

parentPort!.on('message', async (jobs: RenderJob[]) => {
  const results = [];
  for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, pipeline(job.lang), setup.base));
  parentPort!.postMessage(results);
});
