import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/shared-page.ts';
import { HtmlValidate } from 'html-validate';
import { distDir } from '../../playwright.config.ts';
import { crawl, readPage, type PageFacts } from '../support/site-crawl.ts';

/** The built site as a reader's clicks see it: every page of dist/, crawled from the home page. */
const dist = path.resolve(import.meta.dirname, '../..', distDir);
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
// A language's 404 page is the file `<lang>/404.html`: named here by its route, `/<lang>/404/`.
const pathOf = (file: string) => `/${file.split(path.sep).join('/').replace(/(^|\/)404\.html$/, '$1404/').replace(/index\.html$/, '')}`;
const pages = new Map<string, PageFacts>(htmlFiles.map((f) => [pathOf(f), readPage(readFileSync(path.join(dist, f), 'utf8'))]));
const site = { page: (p: string) => pages.get(p), fileExists: (p: string) => existsSync(path.join(dist, p)) };

test.describe('the built site', () => {
  test('has no broken internal link, image or #fragment on any page', () => {
    const { broken } = crawl('/', site);
    const fromOtherPages = [...pages.keys()].flatMap((p) => crawl(p, site).broken);
    expect([...new Set([...broken, ...fromOtherPages])]).toEqual([]);
  });

  test('reaches every page by following links from the home page', () => {
    const { reached } = crawl('/', site);
    // Redirect pages are reached through their short links and old URLs, not by browsing; 404 by mistake.
    const contentPages = [...pages].filter(([p, facts]) => !facts.redirect && !/^(\/[a-z]{2})?\/404\/$/.test(p)).map(([p]) => p);
    const orphans = contentPages.filter((p) => !reached.has(p));
    expect(orphans).toEqual([]);
    expect(contentPages.length).toBeGreaterThan(20);
  });

  test('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
    expect(problems).toEqual([]);
    expect(htmlFiles.length).toBeGreaterThan(40);
  });

  test('links to other sites carry rel="noopener noreferrer", and no page loads anything from another site', () => {
    const external: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        if (!/\brel="[^"]*\bnoopener\b[^"]*"/.test(tag) || !/\brel="[^"]*\bnoreferrer\b[^"]*"/.test(tag)) external.push(`${file}: ${tag}`);
      }
      // Anything the browser would load (a canonical link is a name, not a load).
      for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\s[^>]*>/g)) {
        if (/^<link\s/.test(tag) && /\brel="(canonical|alternate)"/.test(tag)) continue;
        const url = /\s(?:src|href)="((?:https?:)?\/\/[^"]*)"/.exec(tag)?.[1];
        if (url) external.push(`${file}: loads ${url}`);
      }
    }
    expect(external).toEqual([]);
  });
});
