import { describe, expect, it } from 'vitest';
import { crawl, readPage, type PageFacts } from '../../support/site-crawl.ts';

const site = (pages: Record<string, string>, files: string[] = []) => {
  const facts = new Map<string, PageFacts>(Object.entries(pages).map(([p, html]) => [p, readPage(html)]));
  return { page: (p: string) => facts.get(p), fileExists: (p: string) => files.includes(p) };
};

describe('readPage', () => {
  it('reads ids, internal links and images, and skips external links and the canonical link', () => {
    const facts = readPage('<html><head><link rel="canonical" href="/x/"><link rel="stylesheet" href="/a.css"></head><body><h2 id="one">1</h2><a name="old"></a><a href="/b/#one">b</a><a href="https://example.com/">e</a><a href="mailto:a@b.c">m</a><img src="/i.png" srcset="/i-2x.png 2x, /i-3x.png 3x"></body></html>');
    expect([...facts.ids]).toEqual(['one', 'old']);
    expect(facts.links).toEqual(['/a.css', '/b/#one', '/i.png', '/i-2x.png', '/i-3x.png']);
    expect(facts.redirect).toBeUndefined();
  });

  it('reads the target of a redirect page', () => {
    expect(readPage('<html data-redirect="/backups/x/"><body></body></html>').redirect).toBe('/backups/x/');
  });
});

describe('crawl', () => {
  it('reports a link to a page that does not exist', () => {
    expect(crawl('/', site({ '/': '<a href="/nope/">x</a>' })).broken).toEqual(['on /: /nope/ — no such page']);
  });

  it('reports a fragment the target page does not have, and accepts one it has', () => {
    const result = crawl('/', site({ '/': '<a href="/a/#x">x</a><a href="/a#y">y</a>', '/a/': '<h2 id="y">Y</h2>' }));
    expect(result.broken).toEqual(['on /: /a/#x — /a/ has no #x']);
  });

  it('checks a fragment on a short link against the page it forwards to', () => {
    const result = crawl('/', site({
      '/': '<a href="/1007#pop3">ok</a><a href="/1007#gone">bad</a>',
      '/1007/': '<html data-redirect="/backups/restore/"></html>',
      '/backups/restore/': '<h2 id="pop3">POP3</h2>',
    }));
    expect(result.broken).toEqual(['on /: /1007#gone — /backups/restore/ has no #gone']);
    expect(result.reached.has('/backups/restore/')).toBe(true);
  });

  it('reports a missing image or asset and accepts one that exists', () => {
    const result = crawl('/', site({ '/': '<img src="/a.png" alt=""><img src="/b.png" alt="">' }, ['/a.png']));
    expect(result.broken).toEqual(['on /: /b.png — no such file']);
  });

  it('resolves relative links against the page and reaches pages only through links', () => {
    const result = crawl('/', site({ '/': '<a href="topic/">t</a>', '/topic/': '<a href="../">home</a>', '/orphan/': '' }));
    expect(result.broken).toEqual([]);
    expect([...result.reached]).toEqual(['/', '/topic/']);
  });

  it('does not loop on redirect pages that forward to each other', () => {
    const result = crawl('/', site({ '/': '<a href="/a/">a</a>', '/a/': '<html data-redirect="/b/"></html>', '/b/': '<html data-redirect="/a/"></html>' }));
    expect(result.reached.has('/a/')).toBe(true);
  });
});
