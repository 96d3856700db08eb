/**
 * A real nginx (Debian's nginx-light) serving a built site on 127.0.0.1, configured the way the README
 * tells deployers to: the generated nginx-redirects.conf in http {}, nginx-headers.conf and the redirect
 * rule in server {}. It runs as the current user in the foreground (no master process, no daemon), with
 * its pid, logs and temporary folders in a folder of its own, so the test starts and stops it alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** The server {} block of the README's nginx instructions, for a site in `dist`. */
export function serverBlock(dist: string, listen: string): string {
  return `server {
    listen ${listen};
    root ${dist};
    absolute_redirect off;
    include ${dist}/nginx-headers.conf;
    if ($kb_redirect) { return 301 $kb_redirect$is_args$args; }
    error_page 404 /404.html;
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

export async function startNginx(distDir: string): Promise<RunningNginx> {
  if (spawnSync(NGINX, ['-v']).error) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx-light (or set NGINX_PATH)`);
  const dist = path.resolve(distDir);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-'));
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
  ${serverBlock(dist, `127.0.0.1:${port}`)}
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
