/** The worker thread of quick-check.ts: runs the quick content check and sends back its problems. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintContent } from './lint.ts';
import { parsedYaml } from './yaml-positions.ts';
import type { QuickCheckMessage } from './quick-check.ts';

const { contentDir, root } = workerData as { contentDir: string; root: string };
const { problems } = await lintContent(contentDir, { root, compile: false });
parentPort!.postMessage({ problems, parsedYaml: parsedYaml() } satisfies QuickCheckMessage);
