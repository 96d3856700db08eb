import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { quietLog } from './src/integrations/quiet-log.ts';
import { createBuildContext } from './src/integrations/build-context.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { phaseMemory } from './src/integrations/phase-memory.ts';
import { noPrebundleInBuild } from './src/integrations/no-prebundle-in-build.ts';
import { isListedInSitemap, withoutBase } from './src/lib/links/index.ts';
import { contentCacheDir } from './src/lib/render/render-cache.ts';
import { contentDir, site } from './src/site.config.ts';
import { SOURCE_LANG } from './src/i18n/languages.ts';
import { fallbackPagePaths } from './src/lib/content/fallback-pages.ts';
import { siteLanguages } from './src/lib/content/site-languages.ts';

const content = `${path.resolve(contentDir)}/`;
const OUTPUTS = /(^|\/)(dist(\.[\w-]+)?|\.fixtures-dist|test-results|playwright-report|bench\/(out|corpus))(\/|$)/;
/** Whether the dev server may leave `file` unwatched: under an output folder, and neither the content folder, in it, nor above it. */
const isBuildOutput = (file: string) => {
  const at = `${path.resolve(file)}/`;
  return OUTPUTS.test(path.relative(process.cwd(), file).split(path.sep).join('/')) && !at.startsWith(content) && !content.startsWith(at);
};

// What the integrations of one build share (the redirect plan), handed to each that needs it.
const build = createBuildContext();
// The fallback pages the content sync rendered, read when the sitemap is written (after the sync).
let fallbacks: Set<string> | undefined;

export default defineConfig({
  site: site.url,
  // The path the help center is served under (`/help/` when SITE_URL is https://example.com/help/).
  base: site.base,
  // Astro caches the content collections between builds; a cache per content folder keeps the
  // benchmark and fixture corpora (KB_CONTENT_DIR) from mixing with the real content.
  cacheDir: `${contentCacheDir(contentDir)}/`,
  output: 'static',
  trailingSlash: 'ignore',
  // One cacheable stylesheet. Inlining it ('always') was measured: LCP 1.52 -> 1.38 s on an article, but
  // 3x the output at 10,000 articles (72 kB of CSS in every page) and no caching across pages. Once the
  // scripts waited for the first paint (components/AfterFirstPaint.astro), neither the whole stylesheet
  // inline nor each page's used rules inline (beasties) lowered Lighthouse's LCP any more: the page then
  // outgrows one TCP round trip (docs/performance.md, "Speed on a phone").
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Two pages on one URL must fail the build, never silently replace each other.
  prerenderConflictBehavior: 'error',
  // Articles are rendered by the content loader (src/loaders/articles.ts), not by Astro's Markdown
  // pipeline; code blocks stay plain there (Shiki's inline styles would need 'unsafe-inline' in the CSP).
  integrations: [
    quietLog(),
    noPrebundleInBuild(),
    // Only pages worth finding: search results and the 404 page carry noindex. Redirect pages are not
    // Astro routes (see redirectPages), so the sitemap never sees them.
    // Fallback pages (an article not translated into a language) are not translations: out of the sitemap,
    // as they are out of hreflang. The alternates of each page are its real translations (i18n option).
    sitemap({
      filter: (page) => {
        const sitePath = withoutBase(new URL(page).pathname, site.base) ?? '';
        return isListedInSitemap(sitePath) && !(fallbacks ??= fallbackPagePaths(contentDir, site.base)).has(sitePath);
      },
      i18n: { defaultLocale: SOURCE_LANG, locales: Object.fromEntries(siteLanguages(contentDir).map((l) => [l, l])) },
      // As in the pages' head: the source-language page is also the x-default.
      serialize: (item) => {
        const source = item.links?.find((l) => l.lang === SOURCE_LANG);
        return source ? { ...item, links: [...item.links!, { lang: 'x-default', url: source.url }] } : item;
      },
    }),
    // Before anything reads the built pages: each language's 404 page where hosts look for it.
    notFoundPages(),
    searchIndex(),
    redirectPages(build),
    securityHeaders(build),
    // After the search index: the ledger is written only when everything else succeeded.
    publishedUrls(build),
    // The benchmark's memory of each phase (KB_PHASE_MEMORY=1 only): last, when everything else is done.
    phaseMemory(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The dev server watches the project for edits; built sites, test output and the benchmark's corpora
    // (tens of thousands of files) are not sources, and scanning them held `astro dev` up for seconds.
    // The content folder in use is always watched, even when it is a benchmark corpus.
    server: { watch: { ignored: (file: string) => isBuildOutput(file) } },
  },
  devToolbar: { enabled: false },
  // A rebuild reuses the pages whose data (their getStaticPaths cacheKey) and code did not change.
  experimental: { incrementalBuild: true },
});
