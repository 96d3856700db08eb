/**
 * A tiny static server for the end-to-end tests: serves `dist/` on 127.0.0.1 the way a static host
 * does (directory index, 301 to the trailing-slash URL, the nearest 404 page with status 404) and
 * applies the headers the site ships in `dist/_headers`, so the tests see the real security policy.
 * With `--base /help/` it serves the site under that path, as a host does for a help center at
 * example.com/help/: every other path is someone else's and answers a plain 404. With `--gzip` it
 * sends text (HTML, CSS, scripts, JSON, SVG) gzip-encoded to a browser that accepts it, as static hosts
 * and CDNs do: the benchmark measures pages the way readers receive them. (Pagefind's own files are
 * gzip already and go as they are, as on those hosts.)
 *
 *   node tests/serve.ts --port 4327 [--root dist] [--base /help/] [--gzip]     (--port 0: any free port)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './support/headers-file.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4327' }, root: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, gzip: { type: 'boolean', default: false } },
});
const base = values.base!;
const root = path.resolve(values.root!);
const rules = existsSync(path.join(root, '_headers')) ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8')) : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.mp4': 'video/mp4', '.ico': 'image/x-icon',
};

/** The types a host compresses. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Each file's gzip, made once (again if the file changes): a host serves them precompressed, so the
 * server's CPU stays out of the figures.
 */
const gzipped = new Map<string, Buffer>();
function gzipOf(file: string): Buffer {
  const key = `${file} ${statSync(file).mtimeMs}`;
  return gzipped.get(key) ?? gzipped.set(key, gzipSync(readFileSync(file))).get(key)!;
}

/** `pathname` is the site path (the base removed); a redirect goes to the served path. */
function resolveFile(pathname: string): { file: string } | { redirect: string } | undefined {
  const target = path.join(root, decodeURIComponent(pathname));
  if (!target.startsWith(root)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return { file: target };
  if (existsSync(path.join(target, 'index.html'))) {
    return pathname.endsWith('/') ? { file: path.join(target, 'index.html') } : { redirect: `${base}${pathname.slice(1)}/` };
  }
  if (existsSync(`${target}.html`)) return { file: `${target}.html` };
  return undefined;
}

/**
 * The 404 page for a missing site path: the nearest `404.html` up its folders (`/de/x/y` → `de/404.html`), as
 * Cloudflare Pages serves it, ending with the site's `404.html`.
 */
function nearestNotFoundPage(pathname: string): string {
  let folder = path.join(root, pathname.endsWith('/') ? pathname : path.posix.dirname(pathname));
  while (folder.startsWith(root) && folder !== root) {
    if (existsSync(path.join(folder, '404.html'))) return path.join(folder, '404.html');
    folder = path.dirname(folder);
  }
  return path.join(root, '404.html');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (`${url.pathname}/` === base) {
    res.writeHead(301, { Location: base + url.search }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not the help center: it lives under ${base}`);
    return;
  }
  for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
  let found;
  try {
    found = resolveFile(url.pathname.slice(base.length - 1));
  } catch {
    found = undefined;
  }
  if (found && 'redirect' in found) {
    res.writeHead(301, { Location: found.redirect + url.search }).end();
    return;
  }
  const file = found?.file ?? nearestNotFoundPage(url.pathname.slice(base.length - 1));
  res.statusCode = found ? 200 : 404;
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.setHeader('Content-Type', type);
  if (values.gzip && COMPRESSED.test(type)) {
    res.setHeader('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipOf(file));
      return;
    }
  }
  createReadStream(file).pipe(res);
});
// Port 0 takes a free port: the line says which.
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Serving ${root} on http://127.0.0.1:${port}${base}`);
});
