import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedNotFoundFile, notFoundFile } from '../lib/links/not-found-pages.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';
import { contentDir } from '../site.config.ts';

/**
 * Puts each language's 404 page where hosts look for it (`de/404/index.html` → `de/404.html`, see
 * lib/links/not-found-pages.ts), as soon as the pages are generated: everything that reads the built
 * pages afterwards (search index, headers, language gate) sees them where they are served from.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'kb:not-found-pages',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of siteLanguages(contentDir)) {
          const generated = path.join(out, generatedNotFoundFile(lang));
          const served = path.join(out, notFoundFile(lang));
          if (generated === served) continue;
          if (!existsSync(generated)) throw new Error(`the 404 page of "${lang}" was not generated at ${generatedNotFoundFile(lang)}`);
          renameSync(generated, served);
          rmdirSync(path.dirname(generated));
        }
      },
    },
  };
}
