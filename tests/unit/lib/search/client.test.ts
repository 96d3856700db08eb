/**
 * The page's side of the search worker (src/lib/search/client.ts) with a stand-in worker: what it sends,
 * how answers reach the caller, and what a superseded search and a failed worker do.
 */
import { describe, expect, it } from 'vitest';
import { SearchClient, type SearchWorker } from '../../../../src/lib/search/client.ts';
import type { Answer, WorkerReply, WorkerRequest } from '../../../../src/lib/search/protocol.ts';

/** A worker that records the requests it gets, and answers when the test says. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const listeners: Record<string, Array<(event: { data?: WorkerReply }) => void>> = {};
  const worker: SearchWorker & { terminated: boolean } = {
    terminated: false,
    postMessage: (request) => void sent.push(request),
    addEventListener: ((type: string, listener: (event: { data?: WorkerReply }) => void) => void (listeners[type] ??= []).push(listener)) as SearchWorker['addEventListener'],
    terminate: () => void (worker.terminated = true),
  };
  const reply = (data: WorkerReply) => listeners['message']?.forEach((l) => l({ data }));
  const fail = () => listeners['error']?.forEach((l) => l({}));
  return { worker, sent, reply, fail };
}

const answer: Answer = { total: 1, complete: 1, hits: [], terms: ['mailbox'], unmatched: [] };
const idOf = (request: WorkerRequest | undefined) => (request && 'id' in request ? request.id : -1);

describe('the search client', () => {
  it('starts its worker with the first call, and only once', () => {
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const client = new SearchClient(() => (workers.push(fakeWorker()), workers.at(-1)!.worker));
    expect(workers).toHaveLength(0);
    client.warmUp();
    client.preload('mail', false);
    void client.search('mailbox', { limit: 6 });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((r) => r.type)).toEqual(['preload', 'search']);
  });

  it('sends a keystroke\'s words with the options of the search to come, for the worker to search ahead', () => {
    const { worker, sent } = fakeWorker();
    const client = new SearchClient(() => worker);
    client.preload('password', false, { limit: 6, first: 1 });
    expect(sent).toEqual([{ type: 'preload', query: 'password', literal: false, options: { limit: 6, first: 1 } }]);
  });

  it('sends the search with its options, and asks for the rest of its results only when the page does', async () => {
    const { worker, sent, reply } = fakeWorker();
    const client = new SearchClient(() => worker);
    const searching = client.search('mailbox', { limit: 6, first: 1, topic: 'email' });
    const search = sent[0]!;
    expect(search).toEqual({ type: 'search', id: idOf(search), query: 'mailbox', options: { limit: 6, first: 1, topic: 'email' } });
    reply({ id: idOf(search), value: answer });
    const response = await searching;
    expect(response).toMatchObject(answer);
    expect(sent).toHaveLength(1);
    const rest = response.rest();
    expect(response.rest()).toBe(rest);
    expect(sent[1]).toEqual({ type: 'rest', id: idOf(sent[1]), of: idOf(search) });
    reply({ id: idOf(sent[1]), value: [{ url: '/a/', title: 'A', excerpt: '', topic: undefined, sections: [] }] });
    expect((await rest).map((h) => h.title)).toEqual(['A']);
  });

  it('cancels a search whose signal is aborted: it rejects at once, the worker is told, and a late answer is dropped', async () => {
    const { worker, sent, reply } = fakeWorker();
    const client = new SearchClient(() => worker);
    const abort = new AbortController();
    const older = client.search('mail', { signal: abort.signal });
    const newer = client.search('mailbox');
    abort.abort();
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent[2]).toEqual({ type: 'cancel', id: idOf(sent[0]) });
    reply({ id: idOf(sent[0]), value: { ...answer, total: 99 } });
    reply({ id: idOf(sent[1]), value: answer });
    expect((await newer).total).toBe(1);
  });

  it('hands on the worker\'s error, for the page to say it could not load', async () => {
    const { worker, sent, reply } = fakeWorker();
    const client = new SearchClient(() => worker);
    const searching = client.search('mailbox');
    reply({ id: idOf(sent[0]), error: 'Failed to load Pagefind metadata' });
    await expect(searching).rejects.toThrow('Failed to load Pagefind metadata');
  });

  it('fails what is pending when its worker cannot run, and starts a new one for the next call', async () => {
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const client = new SearchClient(() => (workers.push(fakeWorker()), workers.at(-1)!.worker));
    const searching = client.search('mailbox');
    workers[0]!.fail();
    await expect(searching).rejects.toThrow('could not run');
    expect(workers[0]!.worker.terminated).toBe(true);
    void client.search('mailbox');
    expect(workers).toHaveLength(2);
  });

  it('rejects the search when the browser refuses to start a worker', async () => {
    const client = new SearchClient(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    client.preload('mail');
    await expect(client.search('mailbox')).rejects.toThrow('could not start');
  });
});
