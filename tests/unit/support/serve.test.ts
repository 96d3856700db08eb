import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The benchmark measures pages through tests/serve.ts --gzip: text must reach the browser compressed as a
 * static host sends it, and Pagefind's files (gzip already) as they are, or the figures are not a reader's.
 */
const script = path.resolve(import.meta.dirname, '../../serve.ts');
const css = 'body { color: red; }\n'.repeat(200);
let site: string;
let server: ChildProcess;
/** Where the server listens: it takes a free port and says which. */
let port: number;

/** A GET answered by the server, with its body as sent (node:http does not decode it). */
function get(pathname: string, acceptEncoding?: string) {
  return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers['vary'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'kb-serve-'));
  mkdirSync(path.join(site, 'pagefind/fragment'), { recursive: true });
  writeFileSync(path.join(site, 'style.css'), css);
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(site, 'pagefind/fragment/en_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  server = spawn(process.execPath, [script, '--root', site, '--port', '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (line: Buffer) => {
      const found = /127\.0\.0\.1:(\d+)/.exec(line.toString());
      if (found) resolve(Number(found[1]));
    });
    server.once('exit', (code) => reject(new Error(`tests/serve.ts exited (${code}) before it listened`)));
  });
});

afterAll(() => {
  server.kill();
  rmSync(site, { recursive: true, force: true });
});

describe('tests/serve.ts --gzip', () => {
  it('sends text gzip-encoded to a browser that accepts it, and the same bytes once inflated', async () => {
    const res = await get('/style.css', 'gzip, deflate, br');
    expect(res.encoding).toBe('gzip');
    expect(res.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(css.length / 10);
    expect(gunzipSync(res.body).toString()).toBe(css);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const res = await get('/style.css');
    expect([res.encoding, res.body.toString()]).toEqual([undefined, css]);
  });

  it("leaves Pagefind's files alone: they are gzip streams already", async () => {
    const res = await get('/pagefind/fragment/en_1.pf_fragment', 'gzip');
    expect([res.encoding, [...res.body]]).toEqual([undefined, [0x1f, 0x8b, 1, 2, 3]]);
  });
});
