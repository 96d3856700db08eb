/**
 * A digest of the code that decides an article's HTML, so that a cached render is reused only while
 * that code is unchanged: the renderer's module and every module it imports, transitively (plugins,
 * components, the helpers they use), plus the version of each package they import (Sätteri,
 * hast-util-to-html…). Astro's own config hash cannot stand in for it: it stringifies the config, and
 * plugin functions fall out of a JSON string.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `import … from '…'`, `export … from '…'`, `import '…'`: the module specifiers of a TypeScript file
// (`import type` is erased at run time, so it decides nothing).
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/g;

/** The files `entry` imports, transitively (relative imports only), with the packages they name. */
export function moduleGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier!.startsWith('.')) visit(path.resolve(path.dirname(file), specifier!));
      else if (!specifier!.startsWith('node:')) packages.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!);
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The digest of `entry`'s code and its packages' versions. */
export function codeDigest(entry: string): string {
  const hash = createHash('sha256');
  const { files, packages } = moduleGraph(entry);
  const require = createRequire(entry);
  for (const file of files) hash.update(`${path.basename(file)}\0${readFileSync(file, 'utf8')}\0`);
  for (const name of packages) hash.update(`${name}@${packageVersion(require, name)}\0`);
  return hash.digest('base64url').slice(0, 22);
}

function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    try {
      // A package that does not export its package.json: its entry file stands for its version.
      return createHash('sha256').update(readFileSync(require.resolve(name))).digest('hex').slice(0, 12);
    } catch {
      return 'not installed'; // The renderer cannot run then: nothing it rendered is reused.
    }
  }
}

/** The digest of the article renderer (`src/plugins/render-article.ts`) as it is now. */
export function rendererDigest(): string {
  return codeDigest(fileURLToPath(new URL('../../plugins/render-article.ts', import.meta.url)));
}
