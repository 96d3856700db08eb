/**
 * A real nginx (Debian's nginx-light) serving a built site on 127.0.0.1, configured the way the README
 * tells deployers to: the generated nginx-redirects.conf in http {}, nginx-headers.conf and the redirect
 * rule in server {}. It runs as the current user in the foreground (no master process, no daemon), with
 * its pid, logs and temporary folders in a folder of its own, so the test starts and stops it alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * The server {} block of the README's nginx instructions, for a site in `dist`. A site built for a base
 * path (`/help/`) is deployed as the folder `help` of a web root (`webRoot/help` = dist), and everything
 * goes inside `location /help/ {}`: nginx then looks files up under the root as they are named in the URL.
 */
export function serverBlock(dist: string, listen: string, under?: { base: string; webRoot: string }): string {
  if (under) {
    return `server {
    listen ${listen};
    absolute_redirect off;
    location ${under.base} {
      root ${under.webRoot};
      include ${dist}/nginx-headers.conf;
      if ($kb_redirect) { return 301 $kb_redirect$is_args$args; }
      error_page 404 $kb_not_found;
    }
  }`;
  }
  return `server {
    listen ${listen};
    root ${dist};
    absolute_redirect off;
    include ${dist}/nginx-headers.conf;
    if ($kb_redirect) { return 301 $kb_redirect$is_args$args; }
    error_page 404 $kb_not_found;
  }`;
}

/** A port nobody listens on now (nginx cannot report a port chosen by the system). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts nginx on a built site; `base` serves a site built for a base path under it (`/help/`). */
export async function startNginx(distDir: string, base = '/'): Promise<RunningNginx> {
  if (spawnSync(NGINX, ['-v']).error) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx-light (or set NGINX_PATH)`);
  const dist = path.resolve(distDir);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-'));
  let under: { base: string; webRoot: string } | undefined;
  if (base !== '/') {
    // The deployed layout: the web root holds the built site as the folder named by the base path.
    const webRoot = path.join(dir, 'www');
    mkdirSync(path.dirname(path.join(webRoot, base)), { recursive: true });
    symlinkSync(dist, path.join(webRoot, base.replace(/\/$/, '')));
    under = { base, webRoot };
  }
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`).join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${dist}/nginx-redirects.conf;
  ${serverBlock(dist, `127.0.0.1:${port}`, under)}
}
`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start:\n${log}`);
    if (await fetch(url, { redirect: 'manual' }).then(() => true, () => false)) break;
    if (waited > 10_000) throw new Error(`nginx did not answer on ${url}:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
