import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../../playwright.config.ts';
import { crawl, readPage, type PageFacts } from '../../src/lib/site-crawl.ts';

/** The built site as a reader's clicks see it: every page of dist/, crawled from the home page. */
const dist = path.resolve(import.meta.dirname, '../..', distDir);
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const pathOf = (file: string) => (file === '404.html' ? '/404/' : `/${file.replace(/index\.html$/, '').split(path.sep).join('/')}`);
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
    const contentPages = [...pages].filter(([p, facts]) => !facts.redirect && p !== '/404/').map(([p]) => p);
    const orphans = contentPages.filter((p) => !reached.has(p));
    expect(orphans).toEqual([]);
    expect(contentPages.length).toBeGreaterThan(20);
  });
});
