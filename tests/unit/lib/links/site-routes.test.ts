import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_PAGES, isListedInSitemap, RESERVED_PATHS } from '../../../../src/lib/links/site-routes.ts';

const pagesDir = path.resolve(import.meta.dirname, '../../../../src/pages');

describe('FIXED_PAGES', () => {
  it('lists every page of src/pages/ that is neither an article nor a topic', () => {
    // The pages of every language live in [...lang]/; the 404 page is Astro's own, at the root (and in [lang]/).
    const routes = ['', '[...lang]'].flatMap((dir) => readdirSync(path.join(pagesDir, dir)).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, '')));
    const pages = routes.map((r) => (r === 'index' ? '/' : `/${r}/`)).sort();
    expect(FIXED_PAGES.map((p) => p.path).sort()).toEqual(pages);
  });
});

describe('RESERVED_PATHS', () => {
  it('keeps every route of src/pages/ and what a build writes beside pages from aliases and short links', () => {
    const routes = readdirSync(pagesDir).filter((f) => !f.startsWith('[') && f !== 'index.astro').map((f) => `/${f.replace(/\.(astro|ts)$/, '')}`);
    expect(routes).toContain('/robots.txt');
    for (const route of [...routes, '/pagefind', '/_astro', '/sitemap-index.xml']) expect(RESERVED_PATHS).toContain(route);
    // The home page is no alias's to take either, but it has no name to reserve.
    expect(RESERVED_PATHS).not.toContain('/');
  });
});

describe('isListedInSitemap', () => {
  it.each([['/', true], ['/errors/', true], ['/email/spf/', true], ['/search/', false], ['/search', false], ['/404/', false]])('%s → %s', (page, listed) => {
    expect(isListedInSitemap(page)).toBe(listed);
  });
});
