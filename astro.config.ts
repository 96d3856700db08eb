import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { authoring } from './src/integrations/authoring.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Two pages on one URL must fail the build, never silently replace each other.
  prerenderConflictBehavior: 'error',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; the unified one runs them.
    processor: unified({ remarkPlugins, rehypePlugins }),
    // Code blocks stay plain: Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    authoring(),
    mdx(),
    // Only pages worth finding: search results and the 404 page carry noindex.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    searchIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
