/**
 * What the benchmark's browser measurements share: Chromium through playwright-core, and a built site
 * served on loopback by the end-to-end tests' static server (tests/serve.ts, which applies dist/_headers,
 * so pages run under the site's real security policy, and with --gzip compresses text as static hosts do).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { node, root } from './timed-build.ts';

/**
 * What a measured page logs once its result is on screen. The benchmark waits for this console message
 * rather than with page.waitForFunction, which compiles Playwright's injected script in the page and
 * polls it every frame on the main thread the site's search runs on (two compiles of 20-40 ms landed
 * inside a linked search, Chromium trace); the time itself is taken in the page.
 */
export const RESULT_SIGNAL = 'bench: result on screen';

/** Debian's Chromium, or its headless shell where only that is installed (as `.ci/run` installs it); `CHROMIUM_PATH` wins. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
}

/** Ends the server and waits until it has exited, so that the next one can take the port. */
function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill();
  });
}

/** Serves `dir` on 127.0.0.1:`port` until the returned server is stopped. */
export async function serve(dir: string, port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  // A server left on the port would answer for this one (which could not start), serving another site.
  if (await fetch(`${origin}/`).then(() => true, () => false)) throw new Error(`port ${port} is in use: pass another --port`);
  const server: ChildProcess = spawn(node, ['tests/serve.ts', '--root', dir, '--port', String(port), '--gzip'], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => stop(server) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop(server);
  throw new Error(`the bench server did not start on port ${port} (is it in use? pass --port)`);
}
