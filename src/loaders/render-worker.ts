/**
 * A worker thread of the render pool (`render-pool.ts`): renders the batches of articles it is sent with
 * the site's pipeline, against the article index of their setup (sent once per setup), and sends the
 * results back.
 */
import { parentPort } from 'node:worker_threads';
import { renderArticle } from '../plugins/render-article.ts';
import { pipelinesFor, type BatchMessage, type WorkerSetup } from './render-pool.ts';

const setups = new Map<string, { setup: WorkerSetup; pipeline: ReturnType<typeof pipelinesFor> }>();

parentPort!.on('message', async ({ key, setup, jobs }: BatchMessage) => {
  if (setup) setups.set(key, { setup, pipeline: pipelinesFor(setup) });
  const known = setups.get(key)!;
  const results = [];
  for (const job of jobs) results.push(await renderArticle(job.body, job.file, job.frontmatter, known.pipeline(job), known.setup.base));
  parentPort!.postMessage(results);
});
