/**
 * `npm run build`: the production build, made safe for authors and deploys.
 * 1. A quick content check (frontmatter, topics, ids, cross-article rules) reports every problem at its
 *    line before Astro starts (Astro reports schema errors at `:0:0`, one entry at a time).
 * 2. Astro builds into a fresh folder; only when everything succeeded does it replace `dist/`, so a failed
 *    build never leaves a half-built site for `npm start` or a deploy.
 * 3. When the build fails, the full content lint (every article compiled) lists all problems, not just the
 *    first one Astro stopped at.
 *
 * 4. A rebuild reuses what did not change (the content layer's cache and Astro's incremental build, both
 *    in node_modules/.astro/); `--force` builds everything from scratch.
 *
 *   npm run build [-- --outDir <folder>] [-- --force]
 */
import { build } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/problems.ts';
import { contentDir } from '../site.config.ts';
import { lintContent } from './lint-content.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } });
const dist = path.resolve(values.outDir!);
const staging = `${dist}.staging-${process.pid}`;
const started = performance.now();

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}`);
  console.error(existsSync(dist) ? `  The last good build in ${path.relative(process.cwd(), dist) || dist} is untouched.` : '');
  process.exit(1);
}

const quick = await lintContent(contentDir, { compile: false });
if (quick.problems.length > 0) {
  console.error(quick.problems.map(formatProblem).join('\n'));
  fail(`${quick.problems.length} content problem${quick.problems.length === 1 ? '' : 's'}: fix them and build again`);
}

try {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  await build({ outDir: staging, force: values.force });
} catch (error) {
  // Astro stops at the first broken article: list every problem so the author fixes them in one round.
  const full = await lintContent(contentDir).catch(() => undefined);
  if (full && full.problems.length > 0) {
    console.error(`\nThe build failed. Every content problem:\n${full.problems.map(formatProblem).join('\n')}`);
    fail(`${full.problems.length} content problem${full.problems.length === 1 ? '' : 's'}: fix them and build again`);
  }
  fail(`the build failed: ${describeFailure(error)}`);
}

/** An error Astro stopped at, as `file:line:column: message` where it names a place (never a stack trace). */
function describeFailure(error: unknown): string {
  const { message = String(error), loc } = (error ?? {}) as { message?: string; loc?: { file?: string; line?: number; column?: number } };
  const first = message.split('\n')[0]!;
  if (!loc?.file) return first;
  const where = path.relative(process.cwd(), loc.file) + (loc.line ? `:${loc.line}:${loc.column ?? 1}` : '');
  return `${where}: ${first}`;
}

const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
console.log(`\n✓ built ${pages} pages into ${path.relative(process.cwd(), dist) || dist}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
