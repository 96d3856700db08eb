/**
 * Checks a built site the way a reader clicks through it: starting at the home page, it follows every
 * internal link, and reports each link, image or #fragment that leads nowhere, and every page that no
 * link reaches. Written for this site rather than taken from a general link checker because it must
 * understand the site's redirect pages (a link to /1007#pop3 is checked against the article /1007
 * forwards to) and stay fast and deterministic at 10,000 pages (linkinator reports spurious failures
 * there at its default concurrency, and needs ~65 s; see shared/notes/reliability-anchors.md).
 */
import { Parser } from 'htmlparser2';

export interface PageFacts {
  /** Every id (and legacy `name`) in the page. */
  ids: Set<string>;
  /** Internal hrefs and srcs, as written. */
  links: string[];
  /** For a redirect page: where it forwards. */
  redirect: string | undefined;
}

/** Reads the ids, internal links and redirect target of one HTML page. */
export function readPage(html: string): PageFacts {
  const ids = new Set<string>();
  const links: string[] = [];
  let redirect: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs['id']) ids.add(attrs['id']);
      if (name === 'a' && attrs['name']) ids.add(attrs['name']);
      if (name === 'html' && attrs['data-redirect']) redirect = attrs['data-redirect'];
      for (const attr of ['href', 'src']) {
        const value = attrs[attr];
        if (value && !/^(https?:|mailto:|tel:|data:|javascript:|\/\/)/i.test(value) && !(name === 'link' && attrs['rel'] === 'canonical')) links.push(value);
      }
      if (attrs['srcset']) for (const part of attrs['srcset'].split(',')) links.push(part.trim().split(/\s+/)[0]!);
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links, redirect };
}

export interface CrawlResult {
  /** Pages reached from the start page. */
  reached: Set<string>;
  /** "on /a/: /b/#x — no such section" and the like. */
  broken: string[];
}

/**
 * Crawls from `start` over a site given as `read(path)`: HTML pages by URL path (`/a/`), and a way to
 * tell whether a non-HTML file exists. Paths are resolved like a static host: `/a` and `/a/` are the
 * same page.
 */
export function crawl(
  start: string,
  site: { page(path: string): PageFacts | undefined; fileExists(path: string): boolean },
): CrawlResult {
  const reached = new Set<string>();
  const broken: string[] = [];
  const queue = [start];
  const normal = (path: string) => (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`);

  const follow = (path: string, seen = new Set<string>()): { path: string; facts: PageFacts } | undefined => {
    const facts = site.page(path);
    if (!facts?.redirect || seen.has(path)) return facts ? { path, facts } : undefined;
    seen.add(path);
    return follow(normal(new URL(facts.redirect, 'http://x').pathname), seen);
  };

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (reached.has(path)) continue;
    reached.add(path);
    const facts = site.page(path);
    if (!facts) continue;
    for (const link of facts.links) {
      const url = new URL(link, `http://x${path}`);
      const target = normal(decodeURIComponent(url.pathname));
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
      if (/\.[a-z0-9]+$/i.test(target) && !target.endsWith('.html')) {
        if (!site.fileExists(target)) broken.push(`on ${path}: ${link} — no such file`);
        continue;
      }
      const landed = follow(target);
      if (!landed) {
        broken.push(`on ${path}: ${link} — no such page`);
        continue;
      }
      if (fragment && !landed.facts.ids.has(fragment)) broken.push(`on ${path}: ${link} — ${landed.path} has no #${fragment}`);
      if (!reached.has(target)) queue.push(target);
      if (landed.path !== target && !reached.has(landed.path)) queue.push(landed.path);
    }
  }
  return { reached, broken };
}
