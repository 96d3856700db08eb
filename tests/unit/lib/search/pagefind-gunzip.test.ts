/**
 * The native gunzip in front of Pagefind (src/scripts/pagefind-gunzip.js), run on a scope of its own with a
 * stand-in `fetch`: Pagefind's gzipped files reach it inflated, with the signature Pagefind looks for,
 * and every other request is left alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(path.resolve('src/scripts/pagefind-gunzip.js'), 'utf8');

/** What Pagefind writes into each of its files before gzipping it (pagefind_web_js `decompress`). */
const SIGNATURE = 'pagefind_dcd';
const payload = `${SIGNATURE}{"some":"index bytes"}`;
/** The payload as Pagefind ships it. */
const gzipped = () => new Uint8Array(gzipSync(payload));

type Fetch = (input: unknown, init?: unknown) => Promise<Response>;

/** Runs the script on a scope whose fetch answers `files` by path (404 otherwise) and logs each call. */
function install(files: Record<string, BodyInit>, scope: Record<string, unknown> = { DecompressionStream }) {
  const calls: string[] = [];
  const fetch: Fetch = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    const body = files[new URL(url, 'https://help.example.com').pathname];
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
  };
  scope['fetch'] = fetch;
  new Function('globalThis', source)(scope);
  return { fetch: scope['fetch'] as Fetch, calls, original: fetch };
}

const text = async (response: Response) => new TextDecoder().decode(await response.arrayBuffer());

describe('Pagefind’s files, inflated natively', () => {
  it('hands Pagefind its gzipped WebAssembly, metadata, chunks and fragments inflated, signature first', async () => {
    const gz = gzipped();
    const files = ['/pagefind/wasm.en.pagefind', '/pagefind/pagefind.en_8dc4.pf_meta', '/pagefind/index/en_a37.pf_index', '/pagefind/fragment/en_c5a.pf_fragment', '/pagefind/filter/en_1.pf_filter'];
    const { fetch } = install(Object.fromEntries(files.map((f) => [f, gz])));
    for (const file of files) expect(await text(await fetch(file))).toBe(payload);
  });

  it('reads the file’s path without its query or fragment, and takes a URL or a Request as fetch does', async () => {
    const { fetch } = install({ '/pagefind/wasm.en.pagefind': gzipped() });
    expect(await text(await fetch('/pagefind/wasm.en.pagefind?v=2'))).toBe(payload);
    expect(await text(await fetch(new URL('https://help.example.com/pagefind/wasm.en.pagefind')))).toBe(payload);
    expect(await text(await fetch(new Request('https://help.example.com/pagefind/wasm.en.pagefind')))).toBe(payload);
  });

  it('passes a file that arrives inflated already (a host that sent it Content-Encoding: gzip) as it came', async () => {
    const { fetch } = install({ '/pagefind/wasm.en.pagefind': payload });
    expect(await text(await fetch('/pagefind/wasm.en.pagefind'))).toBe(payload);
  });

  it('leaves every other request alone: the very response, untouched', async () => {
    const { fetch } = install({ '/pagefind/pagefind-entry.json': '{"version":"1.6.0"}', '/pagefind/search-vocabulary.json': '{}', '/pagefind/pagefind.js': 'export {}' });
    for (const file of ['/pagefind/pagefind-entry.json?ts=1', '/pagefind/search-vocabulary.json', '/pagefind/pagefind.js', '/articles/x.pagefind.html']) {
      const response = await fetch(file);
      expect(response.ok || response.status === 404).toBe(true);
      expect(response.bodyUsed).toBe(false);
    }
  });

  it('passes a failed fetch through for Pagefind to report', async () => {
    const { fetch } = install({});
    const response = await fetch('/pagefind/index/en_gone.pf_index');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('missing');
  });

  it('wraps fetch once, however often it runs (head script and dialog on one page)', async () => {
    const scope: Record<string, unknown> = { DecompressionStream };
    const first = install({ '/pagefind/wasm.en.pagefind': gzipped() }, scope);
    const wrapped = scope['fetch'];
    new Function('globalThis', source)(scope);
    expect(scope['fetch']).toBe(wrapped);
    expect(await text(await first.fetch('/pagefind/wasm.en.pagefind'))).toBe(payload);
    expect(first.calls).toHaveLength(1);
  });

  it('leaves fetch as it is in a browser without DecompressionStream (Pagefind then inflates its files itself)', () => {
    const { fetch, original } = install({}, {});
    expect(fetch).toBe(original);
  });
});
