/**
 * The peer: Astro Starlight on the same engine and the same corpus. The benchmark installs it from the npm
 * registry into a scratch project (node_modules/.cache/bench-starlight, never committed), once; later runs
 * reuse it while the installed versions are the pinned ones. Its whole `astro build` includes Starlight's
 * own Pagefind index, as the site's build includes the site's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeStarlightDocs, type Corpus } from './generate-corpus.ts';
import { countWarnings, filesOf, removeAll, root, timedNode, type Warnings } from './timed-build.ts';

export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;
export const starlightDir = path.join(root, 'node_modules/.cache/bench-starlight');

export interface StarlightBuild { seconds: number; peakRssMb: number; pages: number; indexed: boolean; warnings: Warnings }

const installedVersion = (pkg: string) => {
  const file = path.join(starlightDir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

/** Installs the pinned Starlight once; does nothing when those versions are already installed. */
export function ensureStarlight(): void {
  if (Object.entries(STARLIGHT_VERSIONS).every(([pkg, v]) => installedVersion(pkg) === v)) return;
  mkdirSync(starlightDir, { recursive: true });
  writeFileSync(path.join(starlightDir, 'package.json'), `${JSON.stringify({
    name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS,
    // As in the site's package.json: esbuild's postinstall is not needed to build.
    allowScripts: { esbuild: false },
  }, null, 2)}\n`);
  console.log(`installing Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']} (astro ${STARLIGHT_VERSIONS.astro}) into ${path.relative(root, starlightDir)}…`);
  const install = spawnSync('npm', ['install', '--no-fund', '--no-audit', '--no-package-lock'], { cwd: starlightDir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install of Starlight failed:\n${install.stdout}\n${install.stderr}`);
  const wrong = Object.entries(STARLIGHT_VERSIONS).filter(([pkg, v]) => installedVersion(pkg) !== v);
  if (wrong.length > 0) throw new Error(`Starlight's scratch project has ${wrong.map(([p]) => `${p} ${installedVersion(p)}`).join(', ')}, not the pinned versions`);
}

/**
 * Writes the project for a corpus: config, content collection, the docs pages. The sidebar has one link
 * per topic (to the topic's page, which lists its articles), as the site's navigation does; Starlight's
 * `autogenerate` would put every article's link on every page and make its output grow with the square
 * of the corpus.
 */
export function writeStarlightProject(corpus: Corpus, locales: readonly string[] = []): void {
  const sidebar = corpus.topics.map((t) => ({ label: t.title, link: `/${t.slug}/` }));
  // The site's languages as Starlight's locales: English at the root, the others under /<lang>/.
  const i18n = locales.length === 0 ? '' : `, defaultLocale: 'root', locales: ${JSON.stringify({ root: { label: 'English', lang: 'en' }, ...Object.fromEntries(locales.map((l) => [l, { label: l, lang: l }])) })}`;
  writeFileSync(path.join(starlightDir, 'astro.config.mjs'), `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // As the site: an origin, so that Starlight's sitemap is built too.
  site: 'https://help.example.com',
  integrations: [starlight({ title: 'Help center', sidebar: ${JSON.stringify(sidebar)}${i18n} })],
});
`);
  mkdirSync(path.join(starlightDir, 'src'), { recursive: true });
  writeFileSync(path.join(starlightDir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  // Its own tsconfig, so that no tool looks up the site's (an ancestor folder).
  writeFileSync(path.join(starlightDir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n');
  writeStarlightDocs(corpus, path.join(starlightDir, 'src/content/docs'), locales);
}

/** A cold `astro build` of the Starlight project: no dist, no caches. */
export function buildStarlight(): StarlightBuild {
  const dist = path.join(starlightDir, 'dist');
  removeAll(dist, path.join(starlightDir, '.astro'), path.join(starlightDir, 'node_modules/.astro'), path.join(starlightDir, 'node_modules/.vite'));
  const run = timedNode('the Starlight build', [path.join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'], starlightDir);
  return {
    seconds: run.seconds, peakRssMb: run.peakRssMb,
    pages: filesOf(dist).filter((f) => f.endsWith('.html')).length,
    indexed: existsSync(path.join(dist, 'pagefind/pagefind.js')),
    warnings: countWarnings(run.log),
  };
}
