/**
 * `npm run build`: the production build, made safe for authors and deploys.
 * 1. One build at a time per checkout: a second build waits for the first (named by pid and start
 *    time), and stops with that name if it does not finish in time. Folders left by killed builds are
 *    cleaned up (see src/lib/build/output.ts).
 * 2. A quick content check (frontmatter, topics, ids, cross-article rules) reports every problem at its
 *    line before Astro starts (Astro reports schema errors at `:0:0`, one entry at a time).
 * 3. Astro builds into a fresh folder; only when everything succeeded does it replace `dist/`, so a failed
 *    build never leaves a half-built site for `npm start` or a deploy. The build it replaces is left as
 *    `dist.trash-<pid>/`, which the next build deletes while it builds (see src/lib/build/output.ts).
 * 4. When the build fails, the full content lint (every article compiled) lists all problems, not just the
 *    first one Astro stopped at.
 * In CI (`CI=true`) or with `--frozen-ledger`, content/published.json is a lock file: a build that would add
 * to it fails (see ledgerMode in src/lib/ledger.ts).
 *
 * A rebuild reuses what did not change (the rendered articles, the content layer's cache and Astro's
 * incremental build, all in node_modules/.astro/); `--force` builds everything from scratch.
 *
 *   npm run build [-- --outDir <folder>] [-- --frozen-ledger] [-- --lock-timeout <seconds>] [-- --force]
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquireLock, clearTrash, describeFailure, type LockOwner, recoverOutput, swapIn } from '../lib/build/index.ts';
import { quickCheck } from '../lib/content/quick-check.ts';
import { formatProblem, problemsOf } from '../lib/problems.ts';
import { contentDir, site } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    'frozen-ledger': { type: 'boolean', default: false },
    'lock-timeout': { type: 'string', default: '600' },
    force: { type: 'boolean', default: false },
  },
});
if (values['frozen-ledger']) process.env['KB_LEDGER'] = 'frozen';
const dist = path.resolve(values.outDir!);
const staging = `${dist}.staging-${process.pid}`;
const shown = (file: string) => path.relative(process.cwd(), file) || file;
const started = performance.now();

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}`);
  console.error(existsSync(dist) ? `  The last good build in ${shown(dist)} is untouched.` : '');
  process.exit(1);
}

const describe = (o: LockOwner) => `pid ${o.pid}, started ${o.started} (${o.command})`;
const lockFile = path.resolve('.astro', 'build.lock');
const timeout = Number(values['lock-timeout']) * 1000;
const me: LockOwner = { pid: process.pid, started: new Date().toISOString(), command: process.argv.slice(1).map((a) => path.basename(a)).join(' ') };
const lock = await acquireLock(lockFile, me, timeout, (owner) =>
  console.log(`Another build is running in this checkout: ${describe(owner)}. Waiting for it to finish (up to ${values['lock-timeout']} s)…`),
);
if (!('release' in lock)) {
  fail(`another build is still running in this checkout: ${describe(lock)}.\n  Wait for it, or stop it (kill ${lock.pid}). If no build is running, delete ${shown(lockFile)}.`);
}
// A killed build (Ctrl+C, CI time-out) leaves its lock and staging folder; a clean stop should not.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
process.once('exit', () => lock.release());
for (const line of recoverOutput(dist)) console.log(line);
// The build the last one replaced is deleted beside this one (see clearTrash), before this one replaces dist.
const trashCleared = clearTrash(dist);
trashCleared.catch(() => {}); // awaited before the swap; not "unhandled" if it fails before then

// The quick check runs in a worker while this thread loads Astro and the rest (see quick-check.ts).
const checked = quickCheck(contentDir);
checked.catch(() => {}); // awaited below; not "unhandled" if it fails while the imports load
const [{ build }, { ledgerMode }, { renderCacheDir }, { lintContent }] = await Promise.all([
  import('astro'), import('../lib/links/index.ts'), import('../lib/render/render-cache.ts'), import('../lib/content/index.ts'),
]);
const quick = await checked;
if (quick.length > 0) {
  console.error(quick.map(formatProblem).join('\n'));
  fail(`${quick.length} content problem${quick.length === 1 ? '' : 's'}: fix them and build again`);
}

try {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  if (ledgerMode(process.env) === 'frozen') console.log(`The ledger (${shown(path.join(contentDir, 'published.json'))}) is frozen: this build fails rather than add to it.`);
  // Astro's --force clears its own caches; the rendered articles are the site's.
  if (values.force) rmSync(renderCacheDir(contentDir, site.base), { recursive: true, force: true });
  await build({ outDir: staging, force: values.force });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'FrozenLedgerError') fail(message);
  // Astro stops at the first broken article: list every problem so the author fixes them in one round,
  // those of the full content check and those only the build sees (the ledger's: a published article gone).
  const full = await lintContent(contentDir).catch(() => undefined);
  const problems = [...(full?.problems ?? [])];
  for (const p of problemsOf(error) ?? []) if (!problems.some((q) => formatProblem(q) === formatProblem(p))) problems.push(p);
  if (problems.length > 0) {
    console.error(`\nThe build failed. Every content problem:\n${problems.map(formatProblem).join('\n')}`);
    fail(`${problems.length} content problem${problems.length === 1 ? '' : 's'}: fix them and build again`);
  }
  fail(`the build failed: ${describeFailure(error, shown)}`);
}

await trashCleared;
swapIn(staging, dist);
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
console.log(`\n✓ built ${pages} pages into ${shown(dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
