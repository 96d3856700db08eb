import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPlaceholder, headersUnderBase, inlineScriptHashes, inlineStyleHashes, toNginxHeaders } from '../lib/security/index.ts';
import { redirectFilePath, withoutBase } from '../lib/links/index.ts';
import { languageProblems, pageLanguageFacts, type PageLanguageFacts } from '../lib/links/language-gate.ts';
import { siteLanguages } from '../lib/content/site-languages.ts';
import { contentDir, site } from '../site.config.ts';
import { plannedRedirects, type BuildContext } from './build-context.ts';

/**
 * Completes `_headers` (copied from public/) with the hashes of every inline script and stylesheet the
 * built pages contain, so that the shipped Content-Security-Policy allows exactly the site's own, and
 * writes its nginx form, `nginx-headers.conf`, from the completed file. The same one read of every built
 * page feeds the language gate (lib/links/language-gate.ts): a page whose lang or hreflang breaks the
 * rules fails the build, named.
 */
export function securityHeaders(context: BuildContext): AstroIntegration {
  return {
    name: 'kb:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        // Redirect pages (one per article and old URL) differ only in their target: their one inline
        // script is hashed from the first of them, instead of reading thousands of identical files.
        const redirectFiles = plannedRedirects(context).map((r) => redirectFilePath(r.from));
        const skipped = new Set(redirectFiles.slice(1));
        const redirecting = new Set(redirectFiles);
        const pages = new Map<string, PageLanguageFacts>();
        const toSitePath = (url: string) => withoutBase(new URL(url, site.url).pathname, site.base);
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html') || skipped.has(file.split(path.sep).join('/'))) continue;
          const html = readFileSync(path.join(out, file), 'utf8');
          for (const h of inlineScriptHashes(html)) scripts.add(h);
          for (const h of inlineStyleHashes(html)) styles.add(h);
          const relative = file.split(path.sep).join('/');
          if (!redirecting.has(relative)) pages.set(`/${relative}`.replace(/index\.html$/, ''), pageLanguageFacts(html, toSitePath));
        }
        const problems = languageProblems(pages, siteLanguages(contentDir));
        if (problems.length > 0) throw new Error(`The built pages break the language rules:\n${problems.slice(0, 20).map((p) => `  ${p}`).join('\n')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
        const headers = path.join(out, '_headers');
        const template = headersUnderBase(readFileSync(headers, 'utf8'), site.base);
        const filled = fillPlaceholder(fillPlaceholder(template, 'SCRIPT_HASHES', scripts), 'STYLE_HASHES', styles);
        writeFileSync(headers, filled);
        writeFileSync(path.join(out, 'nginx-headers.conf'), toNginxHeaders(filled, site.base));
        logger.info(`Content-Security-Policy allows ${scripts.size} inline scripts and ${styles.size} inline stylesheets by hash`);
      },
    },
  };
}
