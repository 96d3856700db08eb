/**
 * The author's loop in `astro dev`: how long after the dev server starts the first article page is
 * served, and how long after an author saves an edit the page shows it. Measured the same way for the
 * site and for Starlight: the page is fetched over loopback until it answers, then until it has the
 * edited text (polled every 25 ms, which is the resolution of both figures).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { node, root } from './timed-build.ts';

export interface DevLoop {
  /** From the start of `astro dev` until the article page answers 200. */
  firstPageMs: number;
  /** From saving an edit of the article until the page served has it; NaN when it did not within a minute. */
  editShownMs: number;
}

export interface DevProject {
  /** The folder `astro dev` runs in. */
  cwd: string;
  env?: Record<string, string>;
  /** The article's path on the site, and its source file. */
  page: string;
  file: string;
}

const poll = async (url: string, until: (status: number, body: string) => boolean, timeoutMs: number): Promise<number> => {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (until(response.status, await response.text())) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not answer as expected within ${timeoutMs / 1000} s`);
};

/** Starts `astro dev` for `project` on `port`, times the first page and an edit, and stops it. */
export async function devLoop(project: DevProject, port: number): Promise<DevLoop> {
  const astro = path.join(project.cwd === root ? root : project.cwd, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const server = spawn(node, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project.cwd, stdio: 'ignore', env: { ...process.env, ...project.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const source = readFileSync(project.file, 'utf8');
  try {
    const url = `http://127.0.0.1:${port}${project.page}`;
    await poll(url, (status) => status === 200, 300_000);
    const firstPageMs = performance.now() - started;
    const word = `quokka${Date.now()}`;
    writeFileSync(project.file, `${source.trimEnd()}\n\nEdited: ${word}.\n`);
    const editShownMs = await poll(url, (status, body) => status === 200 && body.includes(word), 60_000).catch(() => Number.NaN);
    return { firstPageMs: Math.round(firstPageMs), editShownMs: Math.round(editShownMs) };
  } finally {
    writeFileSync(project.file, source);
    server.kill();
    await new Promise((r) => server.once('exit', r));
  }
}
