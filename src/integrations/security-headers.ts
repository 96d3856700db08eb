import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillScriptHashes, inlineScriptHashes } from '../lib/csp.ts';

/**
 * Completes `_headers` (copied from public/) with the hashes of every inline script the built pages
 * contain, so that the shipped Content-Security-Policy allows exactly the site's own scripts.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kb:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (file.endsWith('.html')) for (const h of inlineScriptHashes(readFileSync(path.join(out, file), 'utf8'))) hashes.add(h);
        }
        const headers = path.join(out, '_headers');
        writeFileSync(headers, fillScriptHashes(readFileSync(headers, 'utf8'), hashes));
        logger.info(`Content-Security-Policy allows ${hashes.size} inline scripts by hash`);
      },
    },
  };
}
